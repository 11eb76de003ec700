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
  [
    'VAULT_TOKEN=' + 'hvs.' + 'CAESI' + 'wJfSCq65Vl9PpYRQQPr6K6qkvzqqM3Kj6D5g3nK4kNj18mgn1DvqmrSMCYWp1qc05dTKwS8yCYs8JkW0dGglW2lJfkR',
    'token = "' + 'zQPPST2ML0GrBS' + '.atlasv1.' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F"',
  ],
  ['hvs.' + 'short'],
  'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; secretlint-rule-hashicorp-vault; gitleaks hashicorp-tf-api-token',
);
