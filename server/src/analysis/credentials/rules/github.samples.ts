// The synthetic samples of the rules in github.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of github.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'github-token': {
    positive: [
      'token: ' + 'ghp_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZWw0Ilbhb',
      'git remote set-url origin https://x:' + 'gho_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZWw0Ilbhb@github.com/o/r',
    ],
    // The second has a wrong checksum: a made-up token, not one GitHub issued.
    negative: [
      'ghp_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ghp_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZWw0Ilbhc',
      'ghp_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZ',
    ],
  },
  'github-fine-grained-token': {
    positive: ['GH_TOKEN=' + 'github_pat_' + 'yS0YHpkHYcyHRts2Bk4pZK_MvgkyFly0nghQ1CtGn9Y44WDrzNrP4z3MPYG1qrf2jzN7b6KPBD22WQJ84z'],
    negative: [
      'github_pat_' + 'XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'github_pat_' + '11ABC',
    ],
  },
  'github-app-installation-token': {
    positive: ['ghs_' + '12345_eyJhbGciOiJSUzI1NiJ9.' + 'eyJpc3MiOiIxMjM0NSJ9.' + 'MvgkyFly0nghQ1CtGn9Y44WDrzNrP4z3MPYG1qrf2jzN7'],
    negative: ['ghs_' + '12345_abc.def.ghi'],
  },
  'github-legacy-token': {
    positive: [
      'GITHUB_TOKEN=' + '397563cf92647c8b6463' + '781e3f51d90fcbc22ec0',
      '"github_secret": "' + 'bd40a28979d8c219b9b2' + '313424455b7c049eea58' + '"',
    ],
    negative: [
      'https://github.com/o/r/commit/' + '09dd650bb93fbdba1909' + 'a41a763225da81d7baa1',
      'github_sha = ' + 'af6723ff56eca645fe436d6582afe2',
    ],
  },
  'github-long-token': {
    positive: [
      'token: ' +
        'ghs' +
        '_' +
        'coEU2FV4ik6f28DMSJJoj7__FY6_j5' +
        'rHJMpH3OqqfzkJr68I4KQbBMcC1Hi9' +
        'mOBX3JlRdR6bahUIjztJnfCP6T11I0' +
        'fGlYseYk6z',
    ],
    negative: ['ghs' + '_' + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  },
};
