// Package registries beside npm: PyPI upload tokens (macaroons for pypi.org), NuGet API keys,
// Docker Hub personal and organization access tokens, RubyGems API keys, and registry logins in a
// Docker config.json (`"auth": base64(user:password)`). Formats: PyPI "API tokens" documentation,
// Docker documentation (dckr_pat_), gitleaks pypi-upload-token, nuget-*, rubygems-api-token;
// secretlint-rule-docker (MIT).
import type { CredentialRule } from '../types';

export const pypiToken: CredentialRule = {
  id: 'pypi-token',
  provider: 'PyPI',
  kind: 'upload token',
  secretName: 'PYPI_TOKEN',
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-ageichlwas50zxn0'],
  pattern: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5(?:vcmc|0ZXN0)[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])/g,
  randomFrom: 20,
  samples: {
    positive: ['password = ' + 'pypi-AgEIcHlwaS5vcmc' + 'CJDYxNTk0ZjAtNzU4ZS00ZDk5LWEwYjMt' + 'PT3R4gWtWV5HgLql5scglT2rfpyWYznWmjS4c9pj3q'],
    negative: ['pypi-' + 'AgEIcHlwaS5vcmc'],
  },
  source: 'https://pypi.org/help/#apitoken; gitleaks pypi-upload-token',
};

export const nugetKey: CredentialRule = {
  id: 'nuget-key',
  provider: 'NuGet',
  kind: 'API key',
  secretName: 'NUGET_API_KEY',
  keywords: ['oy2'],
  pattern: /(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])/g,
  randomFrom: 3,
  samples: {
    positive: ['dotnet nuget push -k ' + 'oy2' + 'fk8pwq3vrztyl2bmj4xk9sd0g7nh5qcw1m6rbtvz8py'],
    negative: ['oy2' + 'short'],
  },
  source: 'https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys; trufflehog nugetapikey (oy2 prefix)',
};

export const dockerToken: CredentialRule = {
  id: 'docker-token',
  provider: 'Docker',
  kind: 'personal or organization access token',
  secretName: 'DOCKER_TOKEN',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  pattern: /(?<![A-Za-z0-9_-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}(?![A-Za-z0-9_-])/g,
  randomFrom: 9,
  samples: {
    positive: ['DOCKERHUB_TOKEN=' + 'dckr_pat_' + 'yWgnTW8LPk5kh353NW4S5GyYmy6'],
    negative: ['dckr_pat_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://docs.docker.com/security/for-developers/access-tokens/; secretlint-rule-docker',
};

export const dockerConfigAuth: CredentialRule = {
  id: 'docker-config-auth',
  provider: 'Docker',
  kind: 'registry login in config.json',
  secretName: 'DOCKER_AUTH',
  keywords: ['"auth"'],
  pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})"/g,
  validate: (s) => {
    const decoded = Buffer.from(s, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    return i > 0 && i < decoded.length - 3 && /^[\x20-\x7e]+$/.test(decoded) && !/:(?:password|pass|\$\{)/i.test(decoded);
  },
  samples: {
    positive: ['{ "auths": { "registry.corp.net": { "auth": "' + Buffer.from('deploy:Wm3qZ8rXp4').toString('base64') + '" } } }'],
    negative: ['{ "auth": "bearer" }', '{ "auth": "' + Buffer.from('user:password').toString('base64') + '" }'],
  },
  source: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores (config.json auths)',
};

export const rubygemsKey: CredentialRule = {
  id: 'rubygems-key',
  provider: 'RubyGems',
  kind: 'API key',
  secretName: 'GEM_HOST_API_KEY',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])/g,
  randomFrom: 9,
  samples: {
    positive: ['GEM_HOST_API_KEY=' + 'rubygems_' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f'],
    negative: ['rubygems_' + 'org'],
  },
  source: 'https://guides.rubygems.org/api-key-scopes/; gitleaks rubygems-api-token',
};
