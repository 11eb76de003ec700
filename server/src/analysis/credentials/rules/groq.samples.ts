// The synthetic samples of the rules in groq.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of groq.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'groq-key': {
    positive: ['GROQ_API_KEY=' + 'gsk_' + 'PT3R4gWtWV5HgLql5scglT2rfpyWYznWmjS4c9pj3ql9wZRgRPGw'],
    negative: ['gsk_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
