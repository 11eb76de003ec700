// OpenRouter: API key.
// Format from: https://openrouter.ai/docs/api-reference/authentication; trufflehog openrouter
import type { CredentialRule } from '../types';

export const openrouterKey: CredentialRule = {
  id: 'openrouter-key',
  provider: 'OpenRouter',
  kind: 'API key',
  secretName: 'OPENROUTER_API_KEY',
  keywords: ['sk-or-'],
  pattern: /(?<![A-Za-z0-9_-])sk-or-v\d-[0-9a-f]{64}(?![A-Za-z0-9_-])/g,
  randomFrom: 9,
  source: 'https://openrouter.ai/docs/api-reference/authentication; trufflehog openrouter',
};
