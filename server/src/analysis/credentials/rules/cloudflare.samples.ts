// The synthetic samples of the rules in cloudflare.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of cloudflare.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'cloudflare-token': {
    positive: ['CLOUDFLARE_API_TOKEN=' + 'cfut_' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR' + '632fc91e'],
    negative: ['cfut_' + 'short'],
  },
};
