// Okta: API token.
// Format from: https://developer.okta.com/docs/guides/create-an-api-token/; gitleaks okta-access-token; trufflehog okta
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const oktaToken: CredentialRule = {
  id: 'okta-token',
  provider: 'Okta',
  kind: 'API token',
  secretName: 'OKTA_API_TOKEN',
  keywords: ['okta'],
  pattern: near('okta', '00[A-Za-z0-9_-]{40}', 60),
  minEntropy: 3.8,
  source: 'https://developer.okta.com/docs/guides/create-an-api-token/; gitleaks okta-access-token; trufflehog okta',
};
