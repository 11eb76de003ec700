// The synthetic samples of the rules in tailscale.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of tailscale.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'tailscale-key': {
    positive: ['TS_AUTHKEY=' + 'tskey-auth-' + 'kQ7zP2xY3CNTRL-' + 'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R'],
    negative: ['tskey-auth-' + 'XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXX'],
  },
};
