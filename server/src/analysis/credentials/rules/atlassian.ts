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
  source:
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/; gitleaks atlassian-api-token',
};
