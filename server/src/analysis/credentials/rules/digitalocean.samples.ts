// The synthetic samples of the rules in digitalocean.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of digitalocean.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'digitalocean-token': {
    positive: ['DIGITALOCEAN_TOKEN=' + 'dop_v1_' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'],
    negative: ['dop_v1_' + 'short'],
  },
};
