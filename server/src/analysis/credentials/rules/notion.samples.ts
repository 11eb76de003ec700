// The synthetic samples of the rules in notion.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of notion.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'notion-token': {
    positive: [
      'NOTION_TOKEN=' + 'ntn_' + '74028139112' + '35nt38WWDFktCwHZT4HS8R39GJnQcVJCCHJ',
      'NOTION_KEY=' + 'secret_' + '5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW',
    ],
    negative: ['ntn_' + 'short', 'secret_' + 'key_name_of_the_setting_in_the_config_x'],
  },
};
