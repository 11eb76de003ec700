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
  samples: {
    positive: ['SENDGRID_API_KEY=' + 'SG.' + 'yS0YHpkHYcyHRts2Bk4pZK.5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW'],
    negative: ['SG.' + 'xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SG.' + 'short.key'],
  },
  source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys; secretlint-rule-sendgrid',
};
