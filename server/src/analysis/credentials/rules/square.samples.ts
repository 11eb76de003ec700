// The synthetic samples of the rules in square.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of square.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'square-token': {
    positive: [
      'sandbox-' + 'sq0csb-' + 'o6cs8xQ2kxEgIDGbzn2hW7LZPbzhe713QkLnfbY3',
      'sq0csp-' + '5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW',
      // "fake" after a `-` of the random alphabet is random letters, not a word (trufflehog's samples).
      'sandbox-' + 'sq0csb-' + 'o6cs8xQ2kxEgIDGbzn2hW7LZPbzhe713Q-fakefbY',
    ],
    negative: ['sq0atp-' + 'xxxxxxxxxxxxxxxxxxxxxx', 'sq0csp-' + '5KMn4LnR5LqW6RjFg63lkg14-fake-qnCr2QH2v9BMVtVsCsW'],
  },
  'square-eaaa-token': {
    positive: [
      'SQUARE_ACCESS_TOKEN=' + 'EAAA' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F',
      'square: { token: ' + 'EAAA' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F' + ' }',
    ],
    negative: ['FACEBOOK_TOKEN=' + 'EAAA' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F'],
  },
};
