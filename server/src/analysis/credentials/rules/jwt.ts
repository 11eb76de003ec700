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
  samples: {
    positive: [
      'Authorization: Bearer ' +
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' +
        'eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ.' +
        'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R4gWtWV5HgLq',
    ],
    negative: [
      'eyJ' + 'hbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl',
      'eyJ' + 'notjsonatall.eyJalsonotjson.abcdefghijklmnopqrstu',
    ],
  },
  source: 'RFC 7519; gitleaks jwt',
};
