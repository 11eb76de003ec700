// The synthetic samples of the rules in atlassian.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of atlassian.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'atlassian-token': {
    positive: [
      'JIRA_TOKEN=' +
        'ATATT3' +
        'xFfGF0' +
        'wJfSCq65Vl9PpYRQQPr6K6qkvzqqM3Kj6D5g3nK4kNj18mgn1DvqmrSMCYWp1qc05dTKwS8yCYs8JkW0dGglW2lJfkRg9wYlMHFw' +
        '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCG=1A2B3C4D',
      'BITBUCKET_APP_PASSWORD=' + 'ATBB' + '37MSB2qQcqKswrs6TqWQFYVhKDWmP0qG',
    ],
    negative: ['ATBB' + 'short', 'ATATT3' + 'xxxxxxxx'],
  },
  'atlassian-keyed-token': {
    positive: ['<id>{atlassian}</id>\n<secret>{' + 'r6RkiQao3Pgq' + 'Y9MOKtonpJdU}</secret>'],
    negative: ['atlassian: ' + 'aaaaaaaaaaaaaaaaaaaaaaaa'],
  },
};
