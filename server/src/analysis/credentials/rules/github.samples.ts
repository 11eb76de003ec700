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
};
