// GitHub: personal access tokens (classic and fine-grained), OAuth, user-to-server,
// server-to-server and refresh tokens, app installation tokens, and x-oauth-basic URLs. Formats:
// github.blog "Behind GitHub's new authentication token formats" (2021), whose 6-character CRC-32
// checksum is checked here; secretlint-rule-github (MIT) for fine-grained and installation tokens.
import { hasBase62Crc32 } from '../checks';
import type { CredentialRule } from '../types';

export const githubToken: CredentialRule = {
  id: 'github-token',
  provider: 'GitHub',
  kind: 'token (ghp_, gho_, ghu_, ghs_, ghr_)',
  secretName: 'GITHUB_TOKEN',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
  randomFrom: 4,
  validate: (s) => hasBase62Crc32(s.slice(4)),
  source: 'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/',
};

export const githubFineGrainedToken: CredentialRule = {
  id: 'github-fine-grained-token',
  provider: 'GitHub',
  kind: 'fine-grained personal access token',
  secretName: 'GITHUB_TOKEN',
  keywords: ['github_pat_'],
  pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
  randomFrom: 11,
  source: 'secretlint-rule-github (FINE_GRAINED_GITHUB_TOKEN); GitHub documentation',
};

export const githubAppInstallationToken: CredentialRule = {
  id: 'github-app-installation-token',
  provider: 'GitHub',
  kind: 'app installation token',
  secretName: 'GITHUB_TOKEN',
  keywords: ['ghs_'],
  pattern: /(?<![A-Za-z0-9_])ghs_[0-9]{1,20}_[A-Za-z0-9_-]{10,1000}\.[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{10,1000}(?![A-Za-z0-9_-])/g,
  randomFrom: 4,
  source: 'secretlint-rule-github (GITHUB_APP_INSTALLATION_TOKEN)',
};

export const githubLegacyToken: CredentialRule = {
  id: 'github-legacy-token',
  provider: 'GitHub',
  kind: 'OAuth or personal access token (40-hex, before 2021)',
  secretName: 'GITHUB_TOKEN',
  // Hex alone is a commit id: only a value assigned to a GitHub-token name counts.
  keywords: ['github'],
  pattern: /github[\w.-]{0,20}?(?:token|secret|pat|key|auth)["']?\s*(?::=|=>|:|=)\s*["']?(?<secret>[0-9a-f]{40})(?![A-Za-z0-9_])/gi,
  minEntropy: 3,
  source: 'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ (the old 40-hex format); trufflehog github v1',
};

export const githubLongToken: CredentialRule = {
  id: 'github-long-token',
  provider: 'GitHub',
  kind: 'token longer than 40 characters (ghs_ installation tokens and later formats)',
  secretName: 'GITHUB_TOKEN',
  // GitHub's tokens may grow up to 255 characters; the 36-character kind (with its checksum) is githubToken.
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9_]{37,251}(?![A-Za-z0-9_])/g,
  randomFrom: 4,
  minEntropy: 4.5,
  source:
    'https://docs.github.com/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats; trufflehog github v2 (`_[a-zA-Z0-9_]{36,255}`)',
};
