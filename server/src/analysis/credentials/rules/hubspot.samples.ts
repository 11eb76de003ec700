// The synthetic samples of the rules in hubspot.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of hubspot.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'hubspot-token': {
    positive: [
      'HUBSPOT_TOKEN=' + 'pat-na1-' + 'e4d9cfc5-d77c-4fb3-a727-f2b074256cc4',
      'hubspot: ' + 'pat-eu2-' + '7b1c0e4a-93d2-4f6e-b8a5-2c9d1e7f3a60',
    ],
    negative: [
      'pat-na1-' + '00000000-0000-0000-0000-000000000000',
      'pat-us1-' + '7b1c0e4a-93d2-4f6e-b8a5-2c9d1e7f3a60',
      'pat-eu-' + '7b1c0e4a-93d2-4f6e-b8a5-2c9d1e7f3a60',
    ],
  },
};
