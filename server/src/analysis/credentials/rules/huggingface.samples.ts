// The synthetic samples of the rules in huggingface.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of huggingface.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'huggingface-token': {
    positive: ['HF_TOKEN=' + 'hf_' + 'rtYnfyhTRMCYmFDWZwWBWSbVFGmDFkqLMs'],
    negative: ['hf_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'hf_' + 'hub_download_function_name_long_enough'],
  },
};
