// The synthetic samples of the rules in okta.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of okta.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'okta-token': {
    positive: ['OKTA_API_TOKEN=' + '00' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['OKTA_API_TOKEN=00' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
