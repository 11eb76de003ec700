// Cohere: API key.
// Format from: gitleaks cohere-api-token; https://docs.cohere.com/reference/about
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const cohereKey: CredentialRule = {
  id: 'cohere-key',
  provider: 'Cohere',
  kind: 'API key',
  secretName: 'COHERE_API_KEY',
  keywords: ['cohere', 'co_api_key'],
  pattern: near('cohere|co_api_key', '[A-Za-z0-9]{40}'),
  minEntropy: 4,
  source: 'gitleaks cohere-api-token; https://docs.cohere.com/reference/about',
};
