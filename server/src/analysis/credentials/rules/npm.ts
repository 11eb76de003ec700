// npm: granular and automation access tokens (npm_ + 36, the last 6 a CRC-32 checksum, as
// GitHub's) and `_authToken=` lines of an .npmrc. Formats: github.blog "Announcing npm's new
// access token format" (2021); secretlint-rule-npm (MIT).
import { hasBase62Crc32, near } from '../checks';
import type { CredentialRule } from '../types';

export const npmToken: CredentialRule = {
  id: 'npm-token',
  provider: 'npm',
  kind: 'access token',
  secretName: 'NPM_TOKEN',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
  randomFrom: 4,
  validate: (s) => hasBase62Crc32(s.slice(4)),
  source: 'https://github.blog/security/announcing-npms-new-access-token-format/; secretlint-rule-npm',
};

/** The tokens npm issued before 2021: a UUID, named beside "npm". */
export const npmLegacyToken: CredentialRule = {
  id: 'npm-legacy-token',
  provider: 'npm',
  kind: 'legacy access token (UUID)',
  secretName: 'NPM_TOKEN',
  keywords: ['npm'],
  pattern: near('npm[_-]?(?:auth[_-]?)?token|npm_auth|npmtoken', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 40),
  minEntropy: 3,
  source: 'https://docs.npmjs.com/about-access-tokens; trufflehog npmtoken',
};

export const npmrcAuthToken: CredentialRule = {
  id: 'npmrc-auth-token',
  provider: 'npm',
  kind: '.npmrc auth token',
  secretName: 'NPM_TOKEN',
  keywords: ['_authtoken=', '_auth='],
  pattern: /:_auth(?:Token)?=(?<secret>[A-Za-z0-9+/=_.-]{20,})(?![A-Za-z0-9+/=_.-])/g,
  minEntropy: 3.5,
  source: 'https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration; secretlint-rule-npm',
};
