// Atlassian and Bitbucket: Atlassian API tokens (ATATT3…), Bitbucket app passwords (ATBB…) and
// repository/workspace access tokens (ATCTT3…); Data Center personal access tokens of Jira,
// Confluence and Bitbucket (BBDC-…). Formats: Atlassian documentation ("Manage API tokens",
// "Using personal access tokens"); gitleaks atlassian-api-token, bitbucket-*; trufflehog
// atlassian, bitbucketapppassword, atlassiandatacenter.
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

/**
 * Whether 44 base64 characters decode to `<12-digit id>:<20 random bytes>`, the structure of Jira
 * and Confluence Data Center tokens (trufflehog atlassiandatacenter, from generated tokens: 33
 * bytes, so no padding, and a first character of M, N or O, the id's first digit).
 */
function isDataCenterPat(s: string): boolean {
  const raw = Buffer.from(s, 'base64');
  if (raw.length !== 33 || raw[12] !== 0x3a) return false;
  for (let i = 0; i < 12; i++) if (raw[i] < 0x30 || raw[i] > 0x39) return false;
  // 20 random bytes have 15 or more distinct values nearly always; a made-up tail repeats.
  return new Set(raw.subarray(13)).size >= 12;
}

export const atlassianDataCenterPat: CredentialRule = {
  id: 'atlassian-data-center-pat',
  provider: 'Atlassian',
  kind: 'Jira or Confluence Data Center personal access token',
  secretName: 'ATLASSIAN_API_TOKEN',
  // No prefix of its own: named on its line (`jira_token:`, `# confluence bearer token:`).
  keywords: ['jira', 'confluence', 'atlassian'],
  pattern: near('jira|confluence|atlassian', '[MNO][A-Za-z0-9+/]{43}', 40),
  validate: isDataCenterPat,
  source:
    'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html; trufflehog atlassiandatacenter (jiradatacenterpat, confluencedatacenter)',
};

export const bitbucketDataCenterToken: CredentialRule = {
  id: 'bitbucket-data-center-token',
  provider: 'Atlassian',
  kind: 'Bitbucket Data Center HTTP access token',
  secretName: 'BITBUCKET_TOKEN',
  keywords: ['bbdc-'],
  pattern: /(?<![A-Za-z0-9+/@_-])BBDC-[A-Za-z0-9+/@_-]{40,50}(?![A-Za-z0-9+/=@_-])/g,
  randomFrom: 5,
  minEntropy: 4,
  source:
    'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html; trufflehog atlassiandatacenter/bitbucketdatacenter (BBDC- + 40–50)',
};
