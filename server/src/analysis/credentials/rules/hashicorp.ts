// HashiCorp: Vault service, batch or recovery token, or Terraform Cloud token.
// Format from: https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; secretlint-rule-hashicorp-vault; gitleaks hashicorp-tf-api-token
import { prefixed } from '../prefixed';
import type { CredentialRule } from '../types';

export const vaultToken = prefixed(
  'vault-token',
  'HashiCorp',
  'Vault service, batch or recovery token, or Terraform Cloud token',
  'VAULT_TOKEN',
  ['hvs.', 'hvb.', 'hvr.', '.atlasv1.'],
  /(?<![A-Za-z0-9_-])(?:hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_.-]{50,300}|hvr\.[A-Za-z0-9_-]{90,120}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_-])/g,
  'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; secretlint-rule-hashicorp-vault; gitleaks hashicorp-tf-api-token; trufflehog hashicorpvault (batch tokens of 50 to 300 characters)',
);

export const vaultLegacyToken: CredentialRule = {
  id: 'vault-legacy-token',
  provider: 'HashiCorp',
  kind: 'Vault token (s.…, before the hvs. prefix)',
  secretName: 'VAULT_TOKEN',
  namedByKey: false,
  // `s.` opens too much text to be a shape alone: it counts within 100 characters before the
  // HCP Vault address it is used with (as trufflehog pairs them).
  keywords: ['.hashicorp.cloud'],
  pattern: /(?<=(?<![A-Za-z0-9_.-])(?<secret>s\.[A-Za-z0-9_-]{18,40})(?![A-Za-z0-9_-])[^]{1,100}?https?:\/\/[^\s/]*)\.hashicorp\.cloud/g,
  multiline: true,
  randomFrom: 2,
  source: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; trufflehog hashicorpvault (vaulttoken)',
};
