// The synthetic samples of the rules in hashicorp.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of hashicorp.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'vault-token': {
    positive: [
      'VAULT_TOKEN=' + 'hvs.' + 'CAESI' + 'wJfSCq65Vl9PpYRQQPr6K6qkvzqqM3Kj6D5g3nK4kNj18mgn1DvqmrSMCYWp1qc05dTKwS8yCYs8JkW0dGglW2lJfkR',
      'token = "' + 'zQPPST2ML0GrBS' + '.atlasv1.' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F"',
    ],
    negative: ['hvs.' + 'short'],
  },
  'vault-legacy-token': {
    positive: ['s.' + 'Kq7Zp2Xw9Lm4Rt8Vn3Yb' + '\nVAULT_ADDR=https://vault-cluster-demo.hashicorp.cloud:8200'],
    negative: ['s.' + 'Kq7Zp2Xw9Lm4Rt8Vn3Yb' + '\nhttps://example.com'],
  },
};
