// 1Password: service account token.
// Format from:
import { decodeJsonSegment } from '../checks';
import { prefixed } from '../prefixed';

export const onePasswordToken = prefixed(
  '1password-token',
  '1Password',
  'service account token',
  'OP_SERVICE_ACCOUNT_TOKEN',
  ['ops_ey'],
  /(?<![A-Za-z0-9_])ops_(?<secret>ey[A-Za-z0-9+/=]{100,1280}fQ={0,2})(?![A-Za-z0-9+/=])/g,
  'https://developer.1password.com/docs/service-accounts/; secretlint-rule-1password',
  { validate: (s) => decodeJsonSegment(s.replace(/=+$/, '')) !== undefined },
);
