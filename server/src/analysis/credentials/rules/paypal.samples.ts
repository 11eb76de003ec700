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
    positive: ['PAYPAL_CLIENT_SECRET=' + 'E' + '3qr4DZl58P271KgKQGggD7QHDdFWkLLw' + 'Wdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcH'],
    negative: ['PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}'],
  },
  'paypal-keyed-credential': {
    positive: ['paypal_client_secret: ' + 'EJq8vT2mZ_k4RxW9pLc7Nf3Hd6' + 'Ys1Gb5Qa0Vu-e8Ko2Ti4Mw7Xn9Zr3Pl6Ch1Sd5Fj0Ab8Ey2U'],
    negative: [
      'paypal: ' + 'https://www.paypal.com/cgi-bin/webscr?cmd=_s-xclick',
      '<script src="https://www.paypal.com/sdk/js?client-id=' +
        'AZDxjDScFpQtjWTOUtWKbyN_' +
        'bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R">',
    ],
  },
  'braintree-key': {
    positive: ['braintreeKey := "' + 'f7b3cb83a7fdb9' + '15a71ce17ab8a903cc"'],
    negative: ['braintree: ' + '00000000000000000000000000000000'],
  },
};
