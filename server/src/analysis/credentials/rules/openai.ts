// OpenAI: project, service-account, admin and legacy user API keys. Formats: OpenAI platform
// documentation; secretlint-rule-openai (MIT), whose marker T3BlbkFJ ("OpenAI" in base64) is in
// every key issued since 2023.
import type { CredentialRule } from '../types';

export const openaiKey: CredentialRule = {
  id: 'openai-key',
  provider: 'OpenAI',
  kind: 'API key',
  secretName: 'OPENAI_API_KEY',
  keywords: ['t3blbkfj'],
  pattern:
    /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g,
  randomFrom: 3,
  samples: {
    positive: [
      'OPENAI_API_KEY=' + 'sk-proj-' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBk' + 'T3BlbkFJ' + 'MFFBj6YkDyzkbHny7Qp2xL9w',
      "apiKey: '" + 'sk-' + '6LLZjC2P7qszTdcBMLGL' + 'T3BlbkFJ' + "yS0YHpkHYcyHRts2Bk4p'",
    ],
    negative: [
      'sk-' + 'proj-...',
      'sk-' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFFBj6YkDyzkbHny',
      'sk-' + 'ant-api03-short',
      'sk-' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  source: 'https://platform.openai.com/docs/api-reference/authentication; secretlint-rule-openai',
};
