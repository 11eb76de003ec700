// The synthetic samples of the rules in linear.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of linear.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'linear-key': {
    positive: ['LINEAR_API_KEY=' + 'lin_api_' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['lin_api_' + 'short'],
  },
};
