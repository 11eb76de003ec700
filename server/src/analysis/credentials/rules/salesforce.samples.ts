// The synthetic samples of the rules in salesforce.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of salesforce.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'salesforce-token': {
    positive: [
      'SF_TOKEN=' +
        '00D5g000004XyZq' +
        '!' +
        'AQ4AQ' +
        '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcHH.x',
    ],
    negative: ['00D5g000004XyZq' + '!short'],
  },
};
