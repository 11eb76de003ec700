// Business SaaS APIs: Airtable personal access tokens, Asana personal access tokens, Algolia admin
// keys (named beside "algolia"), Salesforce access tokens (00D…!…), Zendesk API tokens (named
// beside "zendesk"), HubSpot private-app tokens. Formats: provider documentation; gitleaks
// airtable-api-key, asana-*, algolia-api-key, hubspot-*; trufflehog airtablepersonalaccesstoken,
// asanapersonalaccesstoken, algoliaadminkey, salesforce, zendeskapi.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const airtableToken: CredentialRule = {
  id: 'airtable-token',
  provider: 'Airtable',
  kind: 'personal access token',
  secretName: 'AIRTABLE_TOKEN',
  keywords: ['pat'],
  pattern: /(?<![A-Za-z0-9_])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_])/g,
  randomFrom: 3,
  samples: {
    positive: ['AIRTABLE_TOKEN=' + 'pat' + 'zQPPST2ML0GrBS.' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'],
    negative: ['pattern.' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'],
  },
  source: 'https://airtable.com/developers/web/guides/personal-access-tokens; trufflehog airtablepersonalaccesstoken',
};

export const asanaToken: CredentialRule = {
  id: 'asana-token',
  provider: 'Asana',
  kind: 'personal access token',
  secretName: 'ASANA_TOKEN',
  keywords: ['asana', '2/1'],
  pattern: /(?<![A-Za-z0-9_/])2\/1\d{9,19}\/1\d{9,19}:[a-f0-9]{32}(?![A-Za-z0-9_])|asana[^\r\n]{0,40}?(?<![A-Za-z0-9_/])(?<secret>[0-9]\/[0-9]{16}:[A-Za-z0-9]{32})(?![A-Za-z0-9_])/gi,
  samples: {
    positive: ['ASANA_TOKEN=' + '2/1204829017395378/1209876543810987:' + 'c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['2/1204829017395378/1209876543810987:' + '00000000000000000000000000000000'],
  },
  source: 'https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken',
};

export const algoliaKey: CredentialRule = {
  id: 'algolia-admin-key',
  provider: 'Algolia',
  kind: 'admin API key',
  secretName: 'ALGOLIA_ADMIN_KEY',
  keywords: ['algolia'],
  pattern: near('algolia', '[A-Za-z0-9]{32}', 40),
  minEntropy: 3,
  samples: {
    positive: ['ALGOLIA_ADMIN_KEY=' + 'e4d9cfc5d77c9fb37727f2b074256cc4'],
    negative: ['ALGOLIA_ADMIN_KEY=<admin-key>'],
  },
  source: 'https://www.algolia.com/doc/guides/security/api-keys/; trufflehog algoliaadminkey',
};

export const salesforceToken: CredentialRule = {
  id: 'salesforce-token',
  provider: 'Salesforce',
  kind: 'access token',
  secretName: 'SALESFORCE_ACCESS_TOKEN',
  keywords: ['00d', 'salesforce'],
  pattern: /(?<![A-Za-z0-9_])00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{80,120}(?![A-Za-z0-9._])|salesforce[^\r\n]{0,40}?(?<![A-Za-z0-9_])(?<secret>00[0-9A-Za-z]{13}![0-9A-Za-z._]{80,120})(?![A-Za-z0-9._])/gi,
  randomFrom: 19,
  samples: {
    positive: ['SF_TOKEN=' + '00D5g000004XyZq' + '!' + 'AQ4AQ' + '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcHH.x'],
    negative: ['00D5g000004XyZq' + '!short'],
  },
  source: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm; trufflehog salesforce',
};

export const zendeskToken: CredentialRule = {
  id: 'zendesk-token',
  provider: 'Zendesk',
  kind: 'API token',
  secretName: 'ZENDESK_API_TOKEN',
  keywords: ['zendesk'],
  pattern: near('zendesk', '[A-Za-z0-9]{40}', 60),
  minEntropy: 4,
  samples: {
    positive: ['ZENDESK_API_TOKEN=' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['ZENDESK_API_TOKEN=' + 'placeholder_for_the_zendesk_api_token_x'],
  },
  source: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/; trufflehog zendeskapi',
};

export const hubspotToken: CredentialRule = {
  id: 'hubspot-token',
  provider: 'HubSpot',
  kind: 'private app access token',
  secretName: 'HUBSPOT_ACCESS_TOKEN',
  keywords: ['pat-na1-', 'pat-eu1-', 'pat-na2-', 'pat-ap1-'],
  pattern: /(?<![A-Za-z0-9_-])pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_-])/g,
  randomFrom: 8,
  samples: {
    positive: ['HUBSPOT_TOKEN=' + 'pat-na1-' + 'e4d9cfc5-d77c-4fb3-a727-f2b074256cc4'],
    negative: ['pat-na1-' + '00000000-0000-0000-0000-000000000000'],
  },
  source: 'https://developers.hubspot.com/docs/api/private-apps; gitleaks hubspot-api-key',
};
