// Zendesk: API token.
// Format from: https://developer.zendesk.com/api-reference/introduction/security-and-auth/; trufflehog zendeskapi
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const zendeskToken: CredentialRule = {
  id: 'zendesk-token',
  provider: 'Zendesk',
  kind: 'API token',
  secretName: 'ZENDESK_API_TOKEN',
  keywords: ['zendesk'],
  pattern: near('zendesk', '[A-Za-z0-9]{40}', 60),
  minEntropy: 4,
  source: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/; trufflehog zendeskapi',
};
