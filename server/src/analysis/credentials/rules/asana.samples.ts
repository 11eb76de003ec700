// The synthetic samples of the rules in asana.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of asana.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'asana-token': {
    positive: ['ASANA_TOKEN=' + '2/1204829017395378/1209876543810987:' + 'c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['2/1204829017395378/1209876543810987:' + '00000000000000000000000000000000'],
  },
  'asana-keyed-token': {
    positive: ['ASANA_KEY=' + '5947/17249081070026162' + ':Yv3DoiSFhtsgUwN3AcnXWjK8zabQHKSH'],
    negative: ['asana: 5947/1724:short'],
  },
};
