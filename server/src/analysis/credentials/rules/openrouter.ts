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
  samples: {
    positive: ['OPENROUTER_API_KEY=' + 'sk-or-v1-' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'],
    negative: ['sk-or-v1-' + '0000000000000000000000000000000000000000000000000000000000000000'],
  },
  source: 'https://openrouter.ai/docs/api-reference/authentication; trufflehog openrouter',
};
