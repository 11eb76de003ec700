// Postman: API key.
// Format from: https://learning.postman.com/docs/developer/postman-api/authentication/; gitleaks postman-api-token
import { prefixed } from '../prefixed';

export const postmanKey = prefixed(
  'postman-key',
  'Postman',
  'API key',
  'POSTMAN_API_KEY',
  ['pmak-'],
  /(?<![A-Za-z0-9_-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9_-])/gi,
  'https://learning.postman.com/docs/developer/postman-api/authentication/; gitleaks postman-api-token',
);
