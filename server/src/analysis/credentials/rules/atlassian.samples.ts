// The synthetic samples of the rules in atlassian.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of atlassian.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

/** A synthetic Data Center token: base64 of `<12-digit id>:` and 20 fixed bytes that look random. */
function dataCenterPat(id: string): string {
  return Buffer.concat([Buffer.from(id + ':'), Buffer.from('9f3ac17be20d48c65a1f' + '73e9b04d2c86f15ae7b3', 'hex')]).toString('base64');
}

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
  'atlassian-data-center-pat': {
    positive: [
      'jira_token: ' + dataCenterPat('481516234200'),
      '# confluence bearer token: ' + dataCenterPat('597243922500'),
      'CONFLUENCE_PAT=' + dataCenterPat('902217364411'),
    ],
    negative: [
      // No id before the colon, a made-up tail, a longer base64 run, padding after it.
      'jira_token: ' + Buffer.from('0a:' + 'x'.repeat(30)).toString('base64'),
      'jira_token: ' + Buffer.from('481516234200:' + 'a'.repeat(20)).toString('base64'),
      'jira_token: ' + dataCenterPat('481516234200') + 'AAAA',
      'jira_token: ' + dataCenterPat('481516234200') + '=',
      'confluence key: ' + 'M' + 'A'.repeat(43),
    ],
  },
  'bitbucket-data-center-token': {
    positive: ['BITBUCKET_TOKEN=' + 'BBDC-' + dataCenterPat('139493427183')],
    negative: ['BBDC-' + '1'.repeat(44), 'BBDC-' + 'A'.repeat(43), 'BBDC-1234'],
  },
  'atlassian-keyed-token': {
    positive: ['<id>{atlassian}</id>\n<secret>{' + 'r6RkiQao3Pgq' + 'Y9MOKtonpJdU}</secret>'],
    negative: ['atlassian: ' + 'aaaaaaaaaaaaaaaaaaaaaaaa'],
  },
};
