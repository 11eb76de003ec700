// The synthetic samples of the rules in vercel.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of vercel.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'vercel-token': {
    positive: ['VERCEL_TOKEN=' + 'vcp_' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFF'],
    negative: ['vcp_' + 'xxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'vercel-keyed-token': {
    positive: ['VERCEL_TOKEN=' + 'gGP4GJRR3TOp' + 'U7wzTY9UiSTQ'],
    negative: ['vercel: ' + 'aaaaaaaaaaaaaaaaaaaaaaaa', 'vercel: ' + 'deploymentConfiguration1'],
  },
};
