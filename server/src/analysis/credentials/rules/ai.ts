// AI platforms beside OpenAI and Anthropic: Hugging Face, Groq, OpenRouter, xAI, Cohere,
// Replicate, Perplexity. Formats: each provider's documentation; secretlint-rule-huggingface and
// secretlint-rule-groq (MIT); gitleaks huggingface-*, cohere-api-token; trufflehog openrouter.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const huggingfaceToken: CredentialRule = {
  id: 'huggingface-token',
  provider: 'Hugging Face',
  kind: 'user or organization access token',
  secretName: 'HF_TOKEN',
  keywords: ['hf_', 'api_org_'],
  pattern: /(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z]{34}(?![A-Za-z0-9_])/g,
  randomFrom: 3,
  samples: {
    positive: ['HF_TOKEN=' + 'hf_' + 'rtYnfyhTRMCYmFDWZwWBWSbVFGmDFkqLMs'],
    negative: ['hf_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'hf_' + 'hub_download_function_name_long_enough'],
  },
  source: 'https://huggingface.co/docs/hub/security-tokens; secretlint-rule-huggingface',
};

export const groqKey: CredentialRule = {
  id: 'groq-key',
  provider: 'Groq',
  kind: 'API key',
  secretName: 'GROQ_API_KEY',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])/g,
  randomFrom: 4,
  samples: {
    positive: ['GROQ_API_KEY=' + 'gsk_' + 'PT3R4gWtWV5HgLql5scglT2rfpyWYznWmjS4c9pj3ql9wZRgRPGw'],
    negative: ['gsk_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://console.groq.com/docs/api-keys; secretlint-rule-groq',
};

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

export const cohereKey: CredentialRule = {
  id: 'cohere-key',
  provider: 'Cohere',
  kind: 'API key',
  secretName: 'COHERE_API_KEY',
  keywords: ['cohere', 'co_api_key'],
  pattern: near('cohere|co_api_key', '[A-Za-z0-9]{40}'),
  minEntropy: 4,
  samples: {
    positive: ['COHERE_API_KEY=' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['COHERE_API_KEY=your-cohere-api-key'],
  },
  source: 'gitleaks cohere-api-token; https://docs.cohere.com/reference/about',
};

export const replicateToken: CredentialRule = {
  id: 'replicate-token',
  provider: 'Replicate',
  kind: 'API token',
  secretName: 'REPLICATE_API_TOKEN',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])/g,
  randomFrom: 3,
  samples: {
    positive: ['REPLICATE_API_TOKEN=' + 'r8_' + 'SnD2dMGhL18WT0scWtYw1qNH5DSKPCCcH3CMa'],
    negative: ['r8_' + 'short'],
  },
  source: 'https://replicate.com/docs/reference/http#authentication; trufflehog replicate',
};

export const perplexityKey: CredentialRule = {
  id: 'perplexity-key',
  provider: 'Perplexity',
  kind: 'API key',
  secretName: 'PERPLEXITY_API_KEY',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])/g,
  randomFrom: 5,
  samples: {
    positive: ['PPLX_KEY=' + 'pplx-' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFFBj6YkDyzkbHny'],
    negative: ['pplx-' + '7b-online'],
  },
  source: 'https://docs.perplexity.ai/guides/getting-started; gitleaks perplexity-api-key',
};
