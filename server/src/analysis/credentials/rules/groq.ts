// Groq: API key.
// Format from: https://console.groq.com/docs/api-keys; secretlint-rule-groq
import type { CredentialRule } from '../types';

export const groqKey: CredentialRule = {
  id: 'groq-key',
  provider: 'Groq',
  kind: 'API key',
  secretName: 'GROQ_API_KEY',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])/g,
  randomFrom: 4,
  source: 'https://console.groq.com/docs/api-keys; secretlint-rule-groq',
};
