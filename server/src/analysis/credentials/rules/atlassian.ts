// Atlassian and Bitbucket: Atlassian API tokens (ATATT3…), Bitbucket app passwords (ATBB…) and
// repository/workspace access tokens (ATCTT3…). Formats: Atlassian documentation ("Manage API
// tokens"); gitleaks atlassian-api-token, bitbucket-*; trufflehog atlassian, bitbucketapppassword.
import type { CredentialRule } from '../types';

export const atlassianToken: CredentialRule = {
  id: 'atlassian-token',
  provider: 'Atlassian',
  kind: 'API or access token',
  secretName: 'ATLASSIAN_API_TOKEN',
  keywords: ['atatt3', 'atctt3', 'atbb'],
  pattern:
    /(?<![A-Za-z0-9_-])(?:ATATT3[A-Za-z0-9_=-]{180,200}|ATCTT3[A-Za-z0-9_=-]{180,200}|ATBB[A-Za-z0-9_=.-]{24,40})(?![A-Za-z0-9_=-])/g,
  randomFrom: 4,
  samples: {
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
  source:
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/; gitleaks atlassian-api-token',
};
