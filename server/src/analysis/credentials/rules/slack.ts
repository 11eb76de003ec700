// Slack: bot, user, app-level, configuration and legacy tokens, and incoming-webhook and
// workflow URLs. Formats: Slack API documentation ("Token types"); secretlint-rule-slack (MIT), gitleaks slack-*.
import type { CredentialRule } from '../types';

export const slackToken: CredentialRule = {
  id: 'slack-token',
  provider: 'Slack',
  kind: 'token (xoxb-, xoxp-, xapp-, xoxe-, …)',
  secretName: 'SLACK_TOKEN',
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.', 'xapp-'],
  pattern: /(?<![A-Za-z0-9])(?:xox[baposre]|xoxe\.xox[bp]|xapp)-(?:\d-)?[0-9A-Za-z]{1,40}(?:-[0-9A-Za-z]{1,64}){1,4}(?![0-9A-Za-z-])/g,
  randomFrom: 5,
  samples: {
    positive: [
      'SLACK_BOT_TOKEN=' + 'xoxb-' + '7402813911-5540318923-CYkpv70M5sh4W8bV7s1nl5YQ',
      'xapp-' + '1-A7T4QZ29KD-5541278831920-d44d2c234adbcf7ce3ec02816cf9481a7f94b1f508b193118dafec4351314',
      'xoxp-' + '7402813911-7402813912-7402813913-c266e0a7c26e962ae81dd6203f9ff477',
    ],
    negative: ['xoxb-' + 'your-token-here', 'xoxb-' + 'xxxxxxxxxx-xxxxxxxxxxxx', 'xoxb-'],
  },
  source: 'https://api.slack.com/concepts/token-types; secretlint-rule-slack',
};

export const slackWebhook: CredentialRule = {
  id: 'slack-webhook',
  provider: 'Slack',
  kind: 'incoming webhook URL',
  secretName: 'SLACK_WEBHOOK_URL',
  keywords: ['hooks.slack.com'],
  pattern:
    /https:\/\/hooks\.slack\.com\/(?:services\/T[0-9A-Za-z_]{2,}\/B[0-9A-Za-z_]{2,}\/[0-9A-Za-z]{20,}|(?:workflows|triggers)\/T[0-9A-Za-z]{6,}\/A[0-9A-Za-z]{6,}\/\d+\/[0-9A-Za-z]{20,})/g,
  randomFrom: 33,
  samples: {
    positive: [
      'url: ' + 'https://hooks.slack.com/services/' + 'T4QZ29KD7/B5541278X/CYkpv70M5sh4W8bV7s1nl5YQ',
      'https://hooks.slack.com/workflows/' + 'T4QZ29KD7/A5541278X/4521/CYkpv70M5sh4W8bV7s1nl5YQ',
    ],
    negative: [
      'https://hooks.slack.com/services/' + 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/services/...',
    ],
  },
  source: 'https://api.slack.com/messaging/webhooks; secretlint-rule-slack (IncomingWebhook)',
};
