// Square: access token or OAuth secret.
// Format from: https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token
import type { CredentialRule } from '../types';

export const squareToken: CredentialRule = {
  id: 'square-token',
  provider: 'Square',
  kind: 'access token or OAuth secret',
  secretName: 'SQUARE_ACCESS_TOKEN',
  keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
  pattern: /(?<![A-Za-z0-9_-])(?:sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_+=-]{60})(?![A-Za-z0-9_-])/g,
  randomFrom: 4,
  samples: {
    positive: [
      'SQUARE_ACCESS_TOKEN=' + 'EAAA' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F',
      'sq0csp-' + '5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW',
    ],
    negative: ['sq0atp-' + 'xxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token',
};
