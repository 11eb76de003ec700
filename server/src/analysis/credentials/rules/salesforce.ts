// Salesforce: access token.
// Format from: https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm; trufflehog salesforce
import type { CredentialRule } from '../types';

export const salesforceToken: CredentialRule = {
  id: 'salesforce-token',
  provider: 'Salesforce',
  kind: 'access token',
  secretName: 'SALESFORCE_ACCESS_TOKEN',
  keywords: ['00d', 'salesforce'],
  pattern:
    /(?<![A-Za-z0-9_])00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{80,120}(?![A-Za-z0-9._])|salesforce[^\r\n]{0,40}?(?<![A-Za-z0-9_])(?<secret>00[0-9A-Za-z]{13}![0-9A-Za-z._]{80,120})(?![A-Za-z0-9._])/gi,
  randomFrom: 19,
  source: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm; trufflehog salesforce',
};
