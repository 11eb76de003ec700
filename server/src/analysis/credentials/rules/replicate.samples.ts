// The synthetic samples of the rules in replicate.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of replicate.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'replicate-token': {
    positive: ['REPLICATE_API_TOKEN=' + 'r8_' + 'SnD2dMGhL18WT0scWtYw1qNH5DSKPCCcH3CMa'],
    negative: ['r8_' + 'short'],
  },
};
