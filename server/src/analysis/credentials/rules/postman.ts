// Postman: API key.
// Format from: https://learning.postman.com/docs/developer/postman-api/authentication/; gitleaks postman-api-token;
// trufflehog's postman detector.
// Postman issues PMAK- + 24 hex + - + 34 hex. The body accepted is trufflehog's, any 59 letters,
// digits and dashes: PMAK- names Postman alone, so a wider body costs no false finding on real code,
// and a key of a shape Postman's docs do not show is still found. The entropy floor drops a typed filler.
import { prefixed } from '../prefixed';

export const postmanKey = prefixed(
  'postman-key',
  'Postman',
  'API key',
  'POSTMAN_API_KEY',
  ['pmak-'],
  /(?<![A-Za-z0-9_-])PMAK-[A-Za-z0-9-]{59}(?![A-Za-z0-9_-])/gi,
  "https://learning.postman.com/docs/developer/postman-api/authentication/; gitleaks postman-api-token; trufflehog's postman detector",
  { randomFrom: 5, minEntropy: 3 },
);
