// Identity providers: Okta API tokens (00 + 40, named beside "okta") and Auth0 client secrets and
// management tokens named beside "auth0". Formats: Okta developer documentation ("Create an API
// token"); gitleaks okta-access-token; trufflehog okta, auth0oauth.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const oktaToken: CredentialRule = {
  id: 'okta-token',
  provider: 'Okta',
  kind: 'API token',
  secretName: 'OKTA_API_TOKEN',
  keywords: ['okta'],
  pattern: near('okta', '00[A-Za-z0-9_-]{40}', 60),
  minEntropy: 3.8,
  samples: {
    positive: ['OKTA_API_TOKEN=' + '00' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'],
    negative: ['OKTA_API_TOKEN=00' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://developer.okta.com/docs/guides/create-an-api-token/; gitleaks okta-access-token; trufflehog okta',
};

export const auth0ClientSecret: CredentialRule = {
  id: 'auth0-client-secret',
  provider: 'Auth0',
  kind: 'client secret',
  secretName: 'AUTH0_CLIENT_SECRET',
  keywords: ['auth0'],
  pattern: near('auth0[\\w.-]{0,20}?(?:client[_-]?)?secret', '[A-Za-z0-9_-]{64}', 20),
  minEntropy: 4,
  samples: {
    positive: ['AUTH0_CLIENT_SECRET=' + 'nKwLBnS74lWWK6J7PJdMwF554Qv3DY7WDz5W3gdRBWZ0NWm9MRGyGP41z2hlt3Cp'],
    negative: ['AUTH0_CLIENT_SECRET=<client-secret>'],
  },
  source: 'https://auth0.com/docs/get-started/applications/application-credentials; trufflehog auth0oauth',
};
