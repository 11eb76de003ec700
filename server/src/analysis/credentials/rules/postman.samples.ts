// The synthetic samples of the rules in postman.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of postman.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'postman-key': {
    positive: [
      'POSTMAN_API_KEY=' + 'PMAK-' + 'e4d9cfc5d77c9fb37727f2b0-9481a7f94b1f508b193118dafec4351314',
      // The wider body trufflehog accepts: 59 mixed-case letters and digits, no dash.
      "postman token = '" + 'PMAK-' + 'kNtaU4i5GpIpatEJc2vP' + 'jjeJeRvtQRxFAoCRIsBhyIRPK2iyElwmrYEE8mB' + "'",
    ],
    negative: [
      'PMAK-' + 'short',
      // One character too many, and a typed filler of the right length.
      'PMAK-' + 'kNtaU4i5GpIpatEJc2vPjjeJeRvtQR' + 'xFAoCRIsBhyIRPK2iyElwmrYEE8mBA',
      'PMAK-' + 'abababababababababababababababababababababababababababababa',
    ],
  },
};
