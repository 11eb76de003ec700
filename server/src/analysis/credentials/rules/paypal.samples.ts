// The synthetic samples of the rules in paypal.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of paypal.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'braintree-token': {
    positive: ['BT_TOKEN=' + 'access_token$production$' + '7c021affec4bcdba$c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['access_token$production$' + 'xxxxxxxxxxxxxxxx$00000000000000000000000000000000'],
  },
  'paypal-client-secret': {
    positive: ['PAYPAL_CLIENT_SECRET=' + 'E' + '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcH'],
    negative: ['PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}'],
  },
};
