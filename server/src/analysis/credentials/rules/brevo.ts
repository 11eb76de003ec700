// Brevo: API key.
// Format from: https://developers.brevo.com/docs/getting-started; gitleaks sendinblue-api-token
import type { CredentialRule } from '../types';

export const brevoKey: CredentialRule = {
  id: 'brevo-key',
  provider: 'Brevo',
  kind: 'API key',
  secretName: 'BREVO_API_KEY',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /(?<![A-Za-z0-9_-])(?:xkeysib|xsmtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_-])/g,
  samples: {
    positive: ['BREVO_API_KEY=' + 'xkeysib-' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89-zQPPST2ML0GrBS7N'],
    negative: ['xkeysib-' + 'short'],
  },
  source: 'https://developers.brevo.com/docs/getting-started; gitleaks sendinblue-api-token',
};
