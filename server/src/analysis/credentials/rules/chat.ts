// Chat platforms beside Slack: Discord bot tokens (named beside "discord") and webhook URLs,
// Telegram bot tokens, Microsoft Teams incoming-webhook URLs. Formats: provider documentation;
// gitleaks discord-*, telegram-bot-api-token, microsoft-teams-webhook; trufflehog discordbottoken,
// discordwebhook, telegrambottoken, microsoftteamswebhook.
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
    positive: ['https://discord.com/api/webhooks/' + '1192837465019283746/' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1FzQ'],
    negative: ['https://discord.com/api/webhooks/' + '123/abc'],
  },
  source: 'https://discord.com/developers/docs/resources/webhook; trufflehog discordwebhook',
};

export const telegramBotToken: CredentialRule = {
  id: 'telegram-bot-token',
  provider: 'Telegram',
  kind: 'bot token',
  secretName: 'TELEGRAM_BOT_TOKEN',
  keywords: [':aa', 'telegram'],
  // Issued tokens have AA after the bot id; named beside "telegram", any 35 characters.
  pattern: /(?<![A-Za-z0-9_:-])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])|telegram[^\r\n]{0,40}?(?<![A-Za-z0-9_:-])(?<secret>\d{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/gi,
  randomFrom: 13,
  samples: {
    positive: ['TELEGRAM_BOT_TOKEN=' + '7402813911' + ':AA' + 'Fk35nt38WWDFktCwHZT4HS8R39GJnQcVJ'],
    negative: ['7402813911' + ':AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://core.telegram.org/bots/api#authorizing-your-bot; gitleaks telegram-bot-api-token',
};

export const teamsWebhook: CredentialRule = {
  id: 'teams-webhook',
  provider: 'Microsoft Teams',
  kind: 'incoming webhook URL',
  secretName: 'TEAMS_WEBHOOK_URL',
  keywords: ['webhook.office.com', '.logic.azure.com', '.powerplatform.com'],
  pattern: /https:\/\/(?:[A-Za-z0-9-]+\.webhook\.office\.com\/webhookb2\/[A-Za-z0-9-]{8,}@[A-Za-z0-9-]{8,}\/IncomingWebhook\/[A-Za-z0-9]{16,}\/[A-Za-z0-9-]{16,}(?:\/[A-Za-z0-9_-]{20,})?|(?:prod-\d+\.[a-z]+\.logic\.azure\.com|[A-Za-z0-9.-]+\.environment\.api\.powerplatform\.com)(?::443)?\/[A-Za-z0-9/_-]*workflows\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\?[^\s"'<>]*?sig=[A-Za-z0-9_%-]{20,}[^\s"'<>]*)/g,
  samples: {
    positive: ['https://corp.webhook.office.com/webhookb2/' + 'e4d9cfc5-d77c-4fb3-a727-f2b074256cc4@' + 'c266e0a7-c26e-462a-e81d-d6203f9ff477/IncomingWebhook/' + '5a7685e34375267e53a80faa3726c11d/' + '74256cc4-c8e9-4c69-9c02-1affec4bcdba'],
    negative: ['https://outlook.office.com/webhook/...'],
  },
  source: 'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook; gitleaks microsoft-teams-webhook',
};
