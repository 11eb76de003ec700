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
  source: 'https://developers.brevo.com/docs/getting-started; gitleaks sendinblue-api-token',
};
