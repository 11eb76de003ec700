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
  source: 'https://api.slack.com/messaging/webhooks; secretlint-rule-slack (IncomingWebhook)',
};
