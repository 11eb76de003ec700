// The synthetic samples of the rules in cohere.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of cohere.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'cohere-key': {
    positive: ['COHERE_API_KEY=' + 'DDJLRsNSlSYWFgJ2mF8J' + 'sCK7lgHBmd7N61gY78TR'],
    negative: ['COHERE_API_KEY=your-cohere-api-key'],
  },
};
