// Replicate: API token.
// Format from: https://replicate.com/docs/reference/http#authentication; trufflehog replicate
import type { CredentialRule } from '../types';

export const replicateToken: CredentialRule = {
  id: 'replicate-token',
  provider: 'Replicate',
  kind: 'API token',
  secretName: 'REPLICATE_API_TOKEN',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])/g,
  randomFrom: 3,
  source: 'https://replicate.com/docs/reference/http#authentication; trufflehog replicate',
};
