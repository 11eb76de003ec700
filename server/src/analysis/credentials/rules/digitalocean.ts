// DigitalOcean: personal access, OAuth or refresh token.
// Format from: https://docs.digitalocean.com/reference/api/create-personal-access-token/; gitleaks digitalocean-*
import { prefixed } from '../prefixed';

export const digitaloceanToken = prefixed(
  'digitalocean-token',
  'DigitalOcean',
  'personal access, OAuth or refresh token',
  'DIGITALOCEAN_TOKEN',
  ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  /(?<![A-Za-z0-9_])do[por]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g,
  ['DIGITALOCEAN_TOKEN=' + 'dop_v1_' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'],
  ['dop_v1_' + 'short'],
  'https://docs.digitalocean.com/reference/api/create-personal-access-token/; gitleaks digitalocean-*',
);
