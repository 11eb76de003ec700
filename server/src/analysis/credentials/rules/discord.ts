// Discord: bot token; webhook URL.
// Format from: https://discord.com/developers/docs/reference#authentication; gitleaks discord-*; trufflehog discordbottoken | https://discord.com/developers/docs/resources/webhook; trufflehog discordwebhook
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const discordBotToken: CredentialRule = {
  id: 'discord-bot-token',
  provider: 'Discord',
  kind: 'bot token',
  secretName: 'DISCORD_BOT_TOKEN',
  keywords: ['discord'],
  pattern: near('discord', '[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}', 60),
  minEntropy: 3.8,
  samples: {
    positive: ['DISCORD_TOKEN=' + 'MTA' + '3NDI4MTM5MTE1NTQwMzE4OTIz.GhT4kQ.' + 'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R'],
    negative: ['DISCORD_TOKEN=your.bot.token'],
  },
  source: 'https://discord.com/developers/docs/reference#authentication; gitleaks discord-*; trufflehog discordbottoken',
};

export const discordWebhook: CredentialRule = {
  id: 'discord-webhook',
  provider: 'Discord',
  kind: 'webhook URL',
  secretName: 'DISCORD_WEBHOOK_URL',
  keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
  pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,72}/g,
  randomFrom: 52,
  samples: {
    positive: [
      'https://discord.com/api/webhooks/' + '1192837465019283746/' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1FzQ',
    ],
    negative: ['https://discord.com/api/webhooks/' + '123/abc'],
  },
  source: 'https://discord.com/developers/docs/resources/webhook; trufflehog discordwebhook',
};
