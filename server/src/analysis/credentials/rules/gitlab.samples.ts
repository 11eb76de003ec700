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
    ],
    negative: ['glpat-' + 'xxxxxxxxxxxxxxxxxxxx', 'glpat-' + 'short', 'glpat-' + 'your_gitlab_token_0123'],
  },
  'gitlab-legacy-token': {
    positive: ['GITLAB_TOKEN=' + 'k7Qm2xZp9L' + 'w4Rt8Vn3Yb', '"gitlab_secret": "' + 'oXCt4JT2wf' + '1_WlZl2OVG"'],
    negative: ['GITLAB_TOKEN=' + 'abcdefghijklmnopqrst', 'gitlab_token = ' + '${GITLAB_TOKEN}'],
  },
};
