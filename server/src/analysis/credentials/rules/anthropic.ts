// Anthropic: API and admin keys (sk-ant-api03-…, sk-ant-admin01-…). Format: Anthropic console
// documentation; secretlint-rule-anthropic (MIT) and trufflehog: 80-128 characters, then the AA
// every issued key ends with.
import type { CredentialRule } from '../types';

export const anthropicKey: CredentialRule = {
  id: 'anthropic-key',
  provider: 'Anthropic',
  kind: 'API key',
  secretName: 'ANTHROPIC_API_KEY',
  keywords: ['sk-ant-'],
  pattern: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\d{2}-[0-9A-Za-z_-]{80,128}AA(?![0-9A-Za-z_-])/g,
  randomFrom: 14,
  source: 'secretlint-rule-anthropic; https://docs.anthropic.com/en/api/getting-started',
};
