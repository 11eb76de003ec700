// HubSpot: private app access token.
// Format from: https://developers.hubspot.com/docs/api/private-apps; gitleaks hubspot-api-key
import type { CredentialRule } from '../types';

export const hubspotToken: CredentialRule = {
  id: 'hubspot-token',
  provider: 'HubSpot',
  kind: 'private app access token',
  secretName: 'HUBSPOT_ACCESS_TOKEN',
  // The token names its data centre (`na1`, `na2`, `eu1`, `ap1`, …): the keywords stop before the
  // digit, so a data centre opened later is found as the pattern allows.
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: /(?<![A-Za-z0-9_-])pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_-])/g,
  randomFrom: 8,
  source: 'https://developers.hubspot.com/docs/api/private-apps; gitleaks hubspot-api-key',
};
