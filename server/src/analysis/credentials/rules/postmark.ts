// Postmark: server or account token.
// Format from: https://postmarkapp.com/developer/api/overview#authentication; trufflehog postmark
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const postmarkToken: CredentialRule = {
  id: 'postmark-token',
  provider: 'Postmark',
  kind: 'server or account token',
  secretName: 'POSTMARK_SERVER_TOKEN',
  keywords: ['postmark'],
  pattern: near('postmark', '[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}', 60),
  minEntropy: 3,
  samples: {
    positive: ['POSTMARK_SE' + 'RVER_TOKEN=' + 'e4d9cfc5-d77c-4fb3' + '-a727-f2b074256cc4'],
    negative: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
  source: 'https://postmarkapp.com/developer/api/overview#authentication; trufflehog postmark',
};
