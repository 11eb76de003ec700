// xAI: API key.
// Format from: https://docs.x.ai/docs/overview; trufflehog xai
import type { CredentialRule } from '../types';

export const xaiKey: CredentialRule = {
  id: 'xai-key',
  provider: 'xAI',
  kind: 'API key',
  secretName: 'XAI_API_KEY',
  keywords: ['xai-'],
  pattern: /(?<![A-Za-z0-9_-])xai-[0-9A-Za-z_]{80}(?![A-Za-z0-9_-])/g,
  randomFrom: 4,
  source: 'https://docs.x.ai/docs/overview; trufflehog xai',
};
