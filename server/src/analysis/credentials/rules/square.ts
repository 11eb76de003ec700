// Square: access token or OAuth secret.
// Format from: https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token
import type { CredentialRule } from '../types';

export const squareToken: CredentialRule = {
  id: 'square-token',
  provider: 'Square',
  kind: 'access token or OAuth secret',
  secretName: 'SQUARE_ACCESS_TOKEN',
  keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
  pattern: /(?<![A-Za-z0-9_-])(?:sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_+=-]{60})(?![A-Za-z0-9_-])/g,
  randomFrom: 4,
  source: 'https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token',
};
