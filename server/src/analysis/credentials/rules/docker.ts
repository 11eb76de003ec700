// Docker: personal or organization access token; registry login in config.json.
// Format from: https://docs.docker.com/security/for-developers/access-tokens/; secretlint-rule-docker | https://docs.docker.com/reference/cli/docker/login/#credential-stores (config.json auths)
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
  keywords: ['"auth"'],
  pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})"/g,
  validate: (s) => {
    const decoded = Buffer.from(s, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    return i > 0 && i < decoded.length - 3 && /^[\x20-\x7e]+$/.test(decoded) && !/:(?:password|pass|\$\{)/i.test(decoded);
  },
  source: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores (config.json auths)',
};
