// Vercel: access token.
// Format from: secretlint-rule-vercel
import { prefixed } from '../prefixed';

export const vercelToken = prefixed(
  'vercel-token',
  'Vercel',
  'access token',
  'VERCEL_TOKEN',
  ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  /(?<![A-Za-z0-9_])vc[picrka]_[A-Za-z0-9]{20,60}(?![A-Za-z0-9_])/g,
  'secretlint-rule-vercel',
  { randomFrom: 4 },
);
