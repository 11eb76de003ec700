// Mail services beside SendGrid: Mailgun (key-…, named private keys and webhook signing keys),
// Mailchimp (…-us12), Postmark server/account tokens (named beside "postmark"), Brevo/Sendinblue
// (xkeysib-) and Mandrill. Formats: provider documentation; gitleaks mailgun-*, mailchimp-api-key,
// sendinblue-api-token; trufflehog mailgun, mailchimp, postmark.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const mailgunKey: CredentialRule = {
  id: 'mailgun-key',
  provider: 'Mailgun',
  kind: 'API or webhook signing key',
  secretName: 'MAILGUN_API_KEY',
  keywords: ['key-', 'mailgun'],
  pattern: /(?<![A-Za-z0-9_-])key-[0-9a-z]{32}(?![A-Za-z0-9_-])|mailgun[^\r\n]{0,40}?(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}|[A-Za-z0-9]{72})(?![A-Za-z0-9_-])/gi,
  randomFrom: 0,
  minEntropy: 3.5,
  samples: {
    positive: ['MAILGUN_API_KEY=' + 'key-' + 'd44d2c234adbcf7ce3ec02816cf9481a', 'mailgun_key: ' + 'c266e0a7c26e962ae81dd6203f9ff477' + '-5a7685e3-4375267e'],
    negative: ['key-' + 'value-pairs-of-the-map-and-more-words'],
  },
  source: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/; trufflehog mailgun',
};

export const mailchimpKey: CredentialRule = {
  id: 'mailchimp-key',
  provider: 'Mailchimp',
  kind: 'API key',
  secretName: 'MAILCHIMP_API_KEY',
  keywords: ['-us'],
  pattern: /(?<=(?<![A-Za-z0-9])(?<key>[0-9a-f]{32}))-us\d{1,2}(?![A-Za-z0-9])/g,
  samples: {
    positive: ['MAILCHIMP_API_KEY=' + 'e4d9cfc5d77c9fb37727f2b074256cc4' + '-us12'],
    negative: ['00000000000000000000000000000000' + '-us1'],
  },
  source: 'https://mailchimp.com/developer/marketing/guides/quick-start/; gitleaks mailchimp-api-key',
};

export const postmarkToken: CredentialRule = {
  id: 'postmark-token',
  provider: 'Postmark',
  kind: 'server or account token',
  secretName: 'POSTMARK_SERVER_TOKEN',
  keywords: ['postmark'],
  pattern: near('postmark', '[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}', 60),
  minEntropy: 3,
  samples: {
    positive: ['POSTMARK_SERVER_TOKEN=' + 'e4d9cfc5-d77c-4fb3-a727-f2b074256cc4'],
    negative: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
  source: 'https://postmarkapp.com/developer/api/overview#authentication; trufflehog postmark',
};

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
