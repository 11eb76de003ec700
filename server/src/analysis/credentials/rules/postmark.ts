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
  source: 'https://postmarkapp.com/developer/api/overview#authentication; trufflehog postmark',
};
