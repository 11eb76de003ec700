// The synthetic samples of the rules in shopify.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of shopify.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'shopify-token': {
    positive: ['SHOPIFY_TOKEN=' + 'shpat_' + 'c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['shpat_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
