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
  source: 'https://platform.openai.com/docs/api-reference/authentication; secretlint-rule-openai',
};
