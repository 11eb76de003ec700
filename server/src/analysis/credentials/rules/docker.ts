// Docker: personal or organization access token; registry login in config.json.
// Format from: https://docs.docker.com/security/for-developers/access-tokens/; secretlint-rule-docker | https://docs.docker.com/reference/cli/docker/login/#credential-stores (config.json auths);
// https://docs.gitlab.com/ci/docker/using_docker_images/#determine-your-docker_auth_config-data (escaped in a variable);
// https://cloud.google.com/artifact-registry/docs/docker/authentication#json-key (`_json_key` logins); trufflehog docker
import type { CredentialRule } from '../types';

export const dockerToken: CredentialRule = {
  id: 'docker-token',
  provider: 'Docker',
  kind: 'personal or organization access token',
  secretName: 'DOCKER_TOKEN',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  pattern: /(?<![A-Za-z0-9_-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}(?![A-Za-z0-9_-])/g,
  randomFrom: 9,
  source: 'https://docs.docker.com/security/for-developers/access-tokens/; secretlint-rule-docker',
};

export const dockerConfigAuth: CredentialRule = {
  id: 'docker-config-auth',
  provider: 'Docker',
  kind: 'registry login in config.json',
  secretName: 'DOCKER_AUTH',
  // Also JSON inside a string, its quotes escaped once or more (GitLab runners' `DOCKER_AUTH_CONFIG={\"auths\":…}`,
  // a config.json in a YAML string): `auth\` is in every escaped form.
  keywords: ['"auth"', 'auth\\'],
  pattern: /\\*"auth\\*"\s*:\s*\\*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})\\*"/g,
  validate: (s) => {
    const decoded = Buffer.from(s, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    // `user:password`, printable; the password may span lines (Google's `_json_key:{…}` for gcr.io).
    return i > 0 && i < decoded.length - 3 && /^[\x20-\x7e\t\r\n]+$/.test(decoded) && !/:(?:password|pass|\$\{)/i.test(decoded);
  },
  source:
    'https://docs.docker.com/reference/cli/docker/login/#credential-stores (config.json auths); https://docs.gitlab.com/ci/docker/using_docker_images/#determine-your-docker_auth_config-data; trufflehog docker',
};
