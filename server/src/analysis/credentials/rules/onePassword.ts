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
  [
    'OP_SERVICE_ACCOUNT_TOKEN=' +
      'ops_' +
      Buffer.from(
        JSON.stringify({
          signInAddress: 'my.1password.com',
          userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: 'yWgnTW8LPk5kh353NW4S5G' },
          email: 'svc@corp.net',
          srpX: 'c266e0a7c26e962ae81dd6203f9ff477',
          muk: { kty: 'oct', k: 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR' },
          deviceUuid: 't4qz29kd7p',
        }),
      ).toString('base64'),
  ],
  ['ops_' + 'eyJub3QiOiJqc29uIn0'],
  'https://developer.1password.com/docs/service-accounts/; secretlint-rule-1password',
  { validate: (s) => decodeJsonSegment(s.replace(/=+$/, '')) !== undefined },
);
