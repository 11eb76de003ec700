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
  // The client id comes first and the secret (64+ characters) after it, often on the next line.
  pattern: near('auth0', '[A-Za-z0-9_-]{64,256}', 120, true),
  multiline: true,
  minEntropy: 4,
  source:
    'https://auth0.com/docs/get-started/applications/application-credentials; trufflehog auth0oauth (client id within 40 of "auth0", then the secret)',
};
