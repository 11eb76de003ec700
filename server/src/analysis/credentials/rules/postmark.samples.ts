// The synthetic samples of the rules in postmark.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of postmark.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'postmark-token': {
    positive: ['POSTMARK_SE' + 'RVER_TOKEN=' + 'e4d9cfc5-d77c-4fb3' + '-a727-f2b074256cc4'],
    negative: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
};
