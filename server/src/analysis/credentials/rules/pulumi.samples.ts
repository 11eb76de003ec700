// The synthetic samples of the rules in pulumi.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of pulumi.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'pulumi-token': {
    positive: [
      'PULUMI_ACCESS_TOKEN=' + 'pul-' + '5a7685e34375267e53a80faa3726c11d99319eb6',
      // The wider body trufflehog accepts: lower-case letters and digits, not only hex.
      "pulumi token = '" + 'pul-' + 'vofgrr1wy3rq3jr3azm3' + 'tly8hhe8uk89e2pozvfi' + "'",
    ],
    negative: [
      'pul-' + 'short',
      // Upper case is not a Pulumi token's, nor a typed filler.
      'pul-' + 'VOFGRR1WY3RQ3JR3AZM3' + 'TLY8HHE8UK89E2POZVFI',
      'pul-' + 'abababababababababababababababababababab',
    ],
  },
};
