// Atlassian and Bitbucket: Atlassian API tokens (ATATT3…), Bitbucket app passwords (ATBB…) and
// repository/workspace access tokens (ATCTT3…). Formats: Atlassian documentation ("Manage API
// tokens"); gitleaks atlassian-api-token, bitbucket-*; trufflehog atlassian, bitbucketapppassword.
import { mixedRandom, near } from '../checks';
import type { CredentialRule } from '../types';

export const atlassianToken: CredentialRule = {
  id: 'atlassian-token',
  provider: 'Atlassian',
  kind: 'API or access token',
  secretName: 'ATLASSIAN_API_TOKEN',
  keywords: ['atatt3', 'atctt3', 'atbb'],
  pattern:
    /(?<![A-Za-z0-9_-])(?:ATATT3[A-Za-z0-9_=-]{180,200}|ATCTT3[A-Za-z0-9_=-]{180,200}|ATCTT3xFfG[A-Za-z0-9+/=_-]+=[A-Za-z0-9]{8}|ATBB[A-Za-z0-9_=.-]{24,40})(?![A-Za-z0-9_=-])/g,
  randomFrom: 4,
  source:
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/; gitleaks atlassian-api-token',
};

export const atlassianKeyedToken: CredentialRule = {
  id: 'atlassian-keyed-token',
  provider: 'Atlassian',
  kind: 'API token (24 characters)',
  secretName: 'ATLASSIAN_API_TOKEN',
  keywords: ['atlassian'],
  pattern: near('atlassian', '[A-Za-z0-9]{24}', 40, true),
  multiline: true,
  minEntropy: 3.8,
  validate: mixedRandom,
  source: 'trufflehog atlassian v1 (24 characters within 40 of "atlassian") and v2 (ATCTT3xFfG…)',
};
