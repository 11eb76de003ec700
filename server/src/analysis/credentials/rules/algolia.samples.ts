// The synthetic samples of the rules in algolia.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of algolia.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'algolia-admin-key': {
    positive: ['ALGOLIA_ADMIN_KEY=' + 'e4d9cfc5d77c9fb3' + '7727f2b074256cc4'],
    negative: ['ALGOLIA_ADMIN_KEY=<admin-key>'],
  },
};
