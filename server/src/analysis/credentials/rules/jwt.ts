// JSON Web Tokens: three base64url parts whose first two decode to a JSON header (with `alg`)
// and a JSON claims object. A JWT is a bearer credential for as long as it is valid. Format:
// RFC 7519; gitleaks jwt.
import { decodeJsonSegment } from '../checks';
import type { CredentialRule } from '../types';

export const jwt: CredentialRule = {
  id: 'jwt',
  provider: 'JWT',
  kind: 'JSON Web Token',
  secretName: 'JWT',
  keywords: ['eyj'],
  pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g,
  validate: (s) => {
    const [header, claims] = s.split('.');
    const h = decodeJsonSegment(header);
    return typeof h?.alg === 'string' && h.alg.toLowerCase() !== 'none' && decodeJsonSegment(claims) !== undefined;
  },
  source: 'RFC 7519; gitleaks jwt',
};
