// Cloudflare: API token.
// Format from: secretlint-rule-cloudflare
import { prefixed } from '../prefixed';

export const cloudflareToken = prefixed(
  'cloudflare-token',
  'Cloudflare',
  'API token',
  'CLOUDFLARE_API_TOKEN',
  ['cfk_', 'cfut_', 'cfat_'],
  /(?<![A-Za-z0-9_])(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9_])/g,
  'secretlint-rule-cloudflare',
  { randomFrom: 5 },
);
