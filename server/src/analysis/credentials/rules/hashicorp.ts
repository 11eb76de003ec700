// HashiCorp: Vault service, batch or recovery token, or Terraform Cloud token.
// Format from: https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; secretlint-rule-hashicorp-vault; gitleaks hashicorp-tf-api-token
import { prefixed } from '../prefixed';

export const vaultToken = prefixed(
  'vault-token',
  'HashiCorp',
  'Vault service, batch or recovery token, or Terraform Cloud token',
  'VAULT_TOKEN',
  ['hvs.', 'hvb.', 'hvr.', '.atlasv1.'],
  /(?<![A-Za-z0-9_-])(?:hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300}|hvr\.[A-Za-z0-9_-]{90,120}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_-])/g,
  'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; secretlint-rule-hashicorp-vault; gitleaks hashicorp-tf-api-token',
);
