// The synthetic samples of the rules in vercel.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of vercel.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'vercel-token': {
    positive: [
      'VERCEL_TOKEN=' + 'vcp_' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFF',
      'AI_GATEWAY_API_KEY=' + 'vck_' + 'Tq8vzP2mwK4nX7bR1cL9dF3h',
    ],
    // No Vercel token kind is `vcc_`.
    negative: ['vcp_' + 'xxxxxxxxxxxxxxxxxxxxxxxx', 'VERCEL_TOKEN=' + 'vcc_' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFF'],
  },
  'vercel-keyed-token': {
    positive: ['VERCEL_TOKEN=' + 'gGP4GJRR3TOp' + 'U7wzTY9UiSTQ'],
    negative: ['vercel: ' + 'aaaaaaaaaaaaaaaaaaaaaaaa', 'vercel: ' + 'deploymentConfiguration1'],
  },
};
