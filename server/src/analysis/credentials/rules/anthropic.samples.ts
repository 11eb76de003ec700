// The synthetic samples of the rules in anthropic.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of anthropic.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'anthropic-key': {
    positive: [
      'ANTHROPIC_API_KEY=' +
        'sk-ant-api03-' +
        'nKwLBnS74lWWK6J7PJdMwF554Qv3DY7WDz5W3gdRBWZ0NWm9MRGyGP41z2hlt3Cp' +
        '3qr4DZl58P271KgKQGggD7QHDdFWkLLw' +
        'AA',
    ],
    negative: ['sk-ant-' + 'api03-...', 'sk-ant-' + 'api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
