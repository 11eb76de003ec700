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
  samples: {
    positive: ['REPLICATE_API_TOKEN=' + 'r8_' + 'SnD2dMGhL18WT0scWtYw1qNH5DSKPCCcH3CMa'],
    negative: ['r8_' + 'short'],
  },
  source: 'https://replicate.com/docs/reference/http#authentication; trufflehog replicate',
};
