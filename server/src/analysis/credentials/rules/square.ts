// Square: access token or OAuth secret.
// Format from: https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const squareToken: CredentialRule = {
  id: 'square-token',
  provider: 'Square',
  kind: 'access token or OAuth secret',
  secretName: 'SQUARE_ACCESS_TOKEN',
  keywords: ['sq0atp-', 'sq0c'],
  pattern: /(?<![A-Za-z0-9_-])(?:sq0atp-[0-9A-Za-z_-]{22}|(?:sandbox-)?sq0c[a-z]{2}-[0-9A-Za-z_-]{40,50})(?![A-Za-z0-9_-])/g,
  randomFrom: 7,
  source:
    'https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token; trufflehog squareapp (sq0c… secrets)',
};

export const squareAccessToken: CredentialRule = {
  id: 'square-eaaa-token',
  provider: 'Square',
  kind: 'access token (EAAA…)',
  secretName: 'SQUARE_ACCESS_TOKEN',
  // Facebook's tokens start with EAA as well: an EAAA token is Square's when the word is near
  // (within 40 characters before it on its line; trufflehog's detector also looks across lines).
  keywords: ['square'],
  pattern: near('square', 'EAAA[A-Za-z0-9_+=-]{60}', 40),
  randomFrom: 4,
  source: 'https://developer.squareup.com/docs/build-basics/access-tokens; trufflehog square',
};
