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
  'https://docs.digitalocean.com/reference/api/create-personal-access-token/; gitleaks digitalocean-*',
);
