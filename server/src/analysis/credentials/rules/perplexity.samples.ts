// The synthetic samples of the rules in perplexity.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of perplexity.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'perplexity-key': {
    positive: ['PPLX_KEY=' + 'pplx-' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFFBj6YkDyzkbHny'],
    negative: ['pplx-' + '7b-online'],
  },
};
