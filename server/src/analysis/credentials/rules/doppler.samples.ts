// The synthetic samples of the rules in doppler.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of doppler.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'doppler-token': {
    positive: ['DOPPLER_TOKEN=' + 'dp.st.' + 'prd.' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['dp.st.' + 'x'],
  },
};
