// Algolia: admin API key.
// Format from: https://www.algolia.com/doc/guides/security/api-keys/; trufflehog algoliaadminkey
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const algoliaKey: CredentialRule = {
  id: 'algolia-admin-key',
  provider: 'Algolia',
  kind: 'admin API key',
  secretName: 'ALGOLIA_ADMIN_KEY',
  keywords: ['algolia'],
  pattern: near('algolia', '[A-Za-z0-9]{32}', 40),
  minEntropy: 3,
  source: 'https://www.algolia.com/doc/guides/security/api-keys/; trufflehog algoliaadminkey',
};
