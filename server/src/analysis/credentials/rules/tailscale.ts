// Tailscale: auth, API, OAuth client, SCIM or webhook key.
// Format from: https://tailscale.com/kb/1085/auth-keys; secretlint-rule-tailscale
import { prefixed } from '../prefixed';

export const tailscaleKey = prefixed(
  'tailscale-key',
  'Tailscale',
  'auth, API, OAuth client, SCIM or webhook key',
  'TAILSCALE_AUTHKEY',
  ['tskey-'],
  /(?<![A-Za-z])tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}(?![0-9A-Za-z_-])/g,
  'https://tailscale.com/kb/1085/auth-keys; secretlint-rule-tailscale',
);
