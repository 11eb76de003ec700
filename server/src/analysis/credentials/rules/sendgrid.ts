// SendGrid (Twilio SendGrid): API keys, SG.<22>.<43>. Format: SendGrid documentation ("API
// keys"); secretlint-rule-sendgrid (MIT).
import type { CredentialRule } from '../types';

export const sendgridKey: CredentialRule = {
  id: 'sendgrid-key',
  provider: 'SendGrid',
  kind: 'API key',
  secretName: 'SENDGRID_API_KEY',
  keywords: ['sg.'],
  pattern: /(?<![A-Za-z0-9_-])SG\.[0-9A-Za-z_-]{16,32}\.[0-9A-Za-z_-]{16,64}(?![0-9A-Za-z_-])/g,
  randomFrom: 3,
  source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys; secretlint-rule-sendgrid',
};
