// Perplexity: API key.
// Format from: https://docs.perplexity.ai/guides/getting-started; gitleaks perplexity-api-key
import type { CredentialRule } from '../types';

export const perplexityKey: CredentialRule = {
  id: 'perplexity-key',
  provider: 'Perplexity',
  kind: 'API key',
  secretName: 'PERPLEXITY_API_KEY',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])/g,
  randomFrom: 5,
  source: 'https://docs.perplexity.ai/guides/getting-started; gitleaks perplexity-api-key',
};
