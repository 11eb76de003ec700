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
  source: 'https://discord.com/developers/docs/resources/webhook; trufflehog discordwebhook',
};
