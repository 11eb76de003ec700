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
  samples: {
    positive: ['XAI_API_KEY=' + 'xai-' + '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcHH'],
    negative: ['xai-' + 'grok-2-latest'],
  },
  source: 'https://docs.x.ai/docs/overview; trufflehog xai',
};
