// The synthetic samples of the rules in slack.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of slack.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'slack-token': {
    positive: [
      'SLACK_BOT_TOKEN=' + 'xoxb-' + '7402813911-5540318923-CYkpv70M5sh4W8bV7s1nl5YQ',
      'xapp-' + '1-A7T4QZ29KD-5541278831920-d44d2c234adbcf7ce3ec02816cf9481a7f94b1f508b193118dafec4351314',
      'xoxp-' + '7402813911-7402813912-7402813913-c266e0a7c26e962ae81dd6203f9ff477',
    ],
    negative: ['xoxb-' + 'your-token-here', 'xoxb-' + 'xxxxxxxxxx-xxxxxxxxxxxx', 'xoxb-'],
  },
  'slack-webhook': {
    positive: [
      'url: ' + 'https://hooks.slack.com/services/' + 'T4QZ29KD7/B5541278X/CYkpv70M5sh4W8bV7s1nl5YQ',
      'https://hooks.slack.com/workflows/' + 'T4QZ29KD7/A5541278X/4521/CYkpv70M5sh4W8bV7s1nl5YQ',
    ],
    negative: [
      'https://hooks.slack.com/services/' + 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/services/...',
    ],
  },
};
