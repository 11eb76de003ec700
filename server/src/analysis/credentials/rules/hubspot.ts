// HubSpot: private app access token.
// Format from: https://developers.hubspot.com/docs/api/private-apps; gitleaks hubspot-api-key
import type { CredentialRule } from '../types';

export const hubspotToken: CredentialRule = {
  id: 'hubspot-token',
  provider: 'HubSpot',
  kind: 'private app access token',
  secretName: 'HUBSPOT_ACCESS_TOKEN',
  keywords: ['pat-na1-', 'pat-eu1-', 'pat-na2-', 'pat-ap1-'],
  pattern: /(?<![A-Za-z0-9_-])pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_-])/g,
  randomFrom: 8,
  source: 'https://developers.hubspot.com/docs/api/private-apps; gitleaks hubspot-api-key',
};
