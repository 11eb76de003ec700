// The synthetic samples of the rules in postman.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of postman.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'postman-key': {
    positive: ['POSTMAN_API_KEY=' + 'PMAK-' + 'e4d9cfc5d77c9fb37727f2b0-9481a7f94b1f508b193118dafec4351314'],
    negative: ['PMAK-' + 'short'],
  },
};
