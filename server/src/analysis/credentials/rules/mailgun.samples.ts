// The synthetic samples of the rules in mailgun.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of mailgun.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'mailgun-key': {
    positive: [
      'MAILGUN_API_KEY=' + 'key-' + 'd44d2c234adbcf7ce3ec02816cf9481a',
      'mailgun_key: ' + 'c266e0a7c26e962ae81dd6203f9ff477' + '-5a7685e3-4375267e',
    ],
    negative: ['key-' + 'value-pairs-of-the-map-and-more-words'],
  },
};
