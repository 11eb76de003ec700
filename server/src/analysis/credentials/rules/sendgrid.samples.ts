// The synthetic samples of the rules in sendgrid.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of sendgrid.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'sendgrid-key': {
    positive: ['SENDGRID_API_KEY=' + 'SG.' + 'yS0YHpkHYcyHRts2Bk4pZK.5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW'],
    negative: ['SG.' + 'xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SG.' + 'short.key'],
  },
};
