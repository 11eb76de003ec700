// Anthropic: API and admin keys (sk-ant-api03-…, sk-ant-admin01-…). Format: Anthropic console
// documentation; secretlint-rule-anthropic (MIT), which also expects the trailing AA of issued keys.
import type { CredentialRule } from '../types';

export const anthropicKey: CredentialRule = {
  id: 'anthropic-key',
  provider: 'Anthropic',
  kind: 'API key',
  secretName: 'ANTHROPIC_API_KEY',
  keywords: ['sk-ant-'],
  pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]+\d*-[0-9A-Za-z_-]{32,200}(?![0-9A-Za-z_-])/g,
  randomFrom: 14,
  samples: {
    positive: ['ANTHROPIC_API_KEY=' + 'sk-ant-api03-' + 'nKwLBnS74lWWK6J7PJdMwF554Qv3DY7WDz5W3gdRBWZ0NWm9MRGyGP41z2hlt3Cp'],
    negative: ['sk-ant-' + 'api03-...', 'sk-ant-' + 'api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'secretlint-rule-anthropic; https://docs.anthropic.com/en/api/getting-started',
};
