// The synthetic samples of the rules in xai.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of xai.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'xai-key': {
    positive: ['XAI_API_KEY=' + 'xai-' + '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcHH'],
    negative: ['xai-' + 'grok-2-latest'],
  },
};
