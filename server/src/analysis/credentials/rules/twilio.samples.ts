// The synthetic samples of the rules in twilio.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of twilio.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'twilio-api-key': {
    positive: ['TWILIO_API_KEY=' + 'SK' + 'c266e0a7c26e962a' + 'e81dd6203f9ff477'],
    negative: ['SK' + '00000000000000000000000000000000', 'ASK' + 'c266e0a7c26e962ae81dd6203f9ff477'],
  },
  'twilio-auth-token': {
    positive: ['TWILIO_AUTH_TOKEN=' + 'e4d9cfc5d77c9fb3' + '7727f2b074256cc4'],
    negative: ['TWILIO_AUTH_TOKEN=' + 'your_auth_token'],
  },
};
