// Mailgun: API or webhook signing key.
// Format from: https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/; trufflehog mailgun
import type { CredentialRule } from '../types';

export const mailgunKey: CredentialRule = {
  id: 'mailgun-key',
  provider: 'Mailgun',
  kind: 'API or webhook signing key',
  secretName: 'MAILGUN_API_KEY',
  keywords: ['key-', 'mailgun'],
  pattern:
    /(?<![A-Za-z0-9_-])key-[0-9a-z]{32}(?![A-Za-z0-9_-])|mailgun[^\r\n]{0,40}?(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}|[A-Za-z0-9]{72})(?![A-Za-z0-9_-])/gi,
  randomFrom: 0,
  minEntropy: 3.5,
  source: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/; trufflehog mailgun',
};
