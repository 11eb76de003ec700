// The synthetic samples of the rules in gitlab.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of gitlab.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'gitlab-token': {
    positive: [
      'GITLAB_TOKEN=' + 'glpat-' + '6LLZjC2P7qszTdcBMLGL',
      'token: ' + 'glrt-' + 'CYkpv70M5sh4W8bV7s1nl5YQ',
      'glpat-' + 'rtYnfyhTRMCYmF8DWZwWBWS8bVF7Gm8DF6.01.' + '0w1k2h3j4',
      'GR1348941' + 'zQPPST2ML0GrBS7NpQ4k',
      'client_secret: ' + 'gloas-' + '3b9e07c4d1a2f65e8c0b7d4a' + '19f2e6c58d3a0b7e4f1c9a6d2e8b5f03c7a1d4e9',
    ],
    negative: [
      'glpat-' + 'xxxxxxxxxxxxxxxxxxxx',
      'glpat-' + 'short',
      'glpat-' + 'your_gitlab_token_0123',
      // An OAuth application secret is 64 hex digits: neither shorter, nor of other letters.
      'client_secret: ' + 'gloas-' + '3b9e07c4d1a2f65e8c0b7d4a19f2e6c5',
      'client_secret: ' + 'gloas-' + 'Qm7xT2pLw9Zr4Kv8Yn3Bc6Hd' + '1Fg5Js0Ua7Ve2Wi9Xo4Pq8Rt3Sk6Lm1Nb5Cz0Dy7',
    ],
  },
  'gitlab-legacy-token': {
    positive: ['GITLAB_TOKEN=' + 'k7Qm2xZp9L' + 'w4Rt8Vn3Yb', '"gitlab_secret": "' + 'oXCt4JT2wf' + '1_WlZl2OVG"'],
    negative: ['GITLAB_TOKEN=' + 'abcdefghijklmnopqrst', 'gitlab_token = ' + '${GITLAB_TOKEN}'],
  },
};
