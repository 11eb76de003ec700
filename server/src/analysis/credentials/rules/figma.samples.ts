// The synthetic samples of the rules in figma.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of figma.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'figma-token': {
    positive: ['FIGMA_TOKEN=' + 'figd_' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['figd_' + 'short'],
  },
};
