// Auth0: client secret.
// Format from: https://auth0.com/docs/get-started/applications/application-credentials; trufflehog auth0oauth
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const auth0ClientSecret: CredentialRule = {
  id: 'auth0-client-secret',
  provider: 'Auth0',
  kind: 'client secret',
  secretName: 'AUTH0_CLIENT_SECRET',
  keywords: ['auth0'],
  pattern: near('auth0[\\w.-]{0,20}?(?:client[_-]?)?secret', '[A-Za-z0-9_-]{64}', 20),
  minEntropy: 4,
  source: 'https://auth0.com/docs/get-started/applications/application-credentials; trufflehog auth0oauth',
};
