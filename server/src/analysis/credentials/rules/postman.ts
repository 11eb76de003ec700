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
  ['POSTMAN_API_KEY=' + 'PMAK-' + 'e4d9cfc5d77c9fb37727f2b0-9481a7f94b1f508b193118dafec4351314'],
  ['PMAK-' + 'short'],
  'https://learning.postman.com/docs/developer/postman-api/authentication/; gitleaks postman-api-token',
);
