// Mailchimp: API key.
// Format from: https://mailchimp.com/developer/marketing/guides/quick-start/; gitleaks mailchimp-api-key
import type { CredentialRule } from '../types';

export const mailchimpKey: CredentialRule = {
  id: 'mailchimp-key',
  provider: 'Mailchimp',
  kind: 'API key',
  secretName: 'MAILCHIMP_API_KEY',
  keywords: ['-us'],
  pattern: /(?<=(?<![A-Za-z0-9])(?<key>[0-9a-f]{32}))-us\d{1,2}(?![A-Za-z0-9])/g,
  source: 'https://mailchimp.com/developer/marketing/guides/quick-start/; gitleaks mailchimp-api-key',
};
