// Vercel: access token.
// Format from: secretlint-rule-vercel (its prefixes: vcp_ personal access token, vci_ integration
// token, vca_ app access token, vcr_ app refresh token, vck_ AI Gateway API key)
import { mixedRandom, near } from '../checks';
import { prefixed } from '../prefixed';
import type { CredentialRule } from '../types';

export const vercelToken = prefixed(
  'vercel-token',
  'Vercel',
  'access token',
  'VERCEL_TOKEN',
  ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  /(?<![A-Za-z0-9_])vc[piark]_[A-Za-z0-9]{20,60}(?![A-Za-z0-9_])/g,
  'secretlint-rule-vercel',
  { randomFrom: 4 },
);

export const vercelKeyedToken: CredentialRule = {
  id: 'vercel-keyed-token',
  provider: 'Vercel',
  kind: 'access token (24 characters, before the vc*_ prefixes)',
  secretName: 'VERCEL_TOKEN',
  keywords: ['vercel'],
  pattern: near('vercel', '[A-Za-z0-9]{24}', 40),
  minEntropy: 3.8,
  validate: mixedRandom,
  source: 'trufflehog vercel (24 characters within 40 of "vercel")',
};
