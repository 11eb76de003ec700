// Telegram: bot token.
// Format from: https://core.telegram.org/bots/api#authorizing-your-bot; gitleaks telegram-bot-api-token
import type { CredentialRule } from '../types';

export const telegramBotToken: CredentialRule = {
  id: 'telegram-bot-token',
  provider: 'Telegram',
  kind: 'bot token',
  secretName: 'TELEGRAM_BOT_TOKEN',
  keywords: [':aa', 'telegram'],
  // Issued tokens have AA after the bot id; named beside "telegram", any 35 characters.
  pattern:
    /(?<![A-Za-z0-9_:-])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])|telegram[^\r\n]{0,40}?(?<![A-Za-z0-9_:-])(?<secret>\d{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/gi,
  randomFrom: 13,
  source: 'https://core.telegram.org/bots/api#authorizing-your-bot; gitleaks telegram-bot-api-token',
};
