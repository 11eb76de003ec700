// Google Cloud and Google APIs: API keys, OAuth client secrets and OAuth access tokens. A
// service-account JSON key is found by its private key (privateKey.ts). Formats: Google Cloud
// documentation ("API keys", "OAuth 2.0 client secrets"), gitleaks gcp-api-key and secretlint-rule-gcp (MIT).
import type { CredentialRule } from '../types';

export const googleApiKey: CredentialRule = {
  id: 'google-api-key',
  provider: 'Google',
  kind: 'API key',
  secretName: 'GOOGLE_API_KEY',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
  randomFrom: 4,
  source: 'https://cloud.google.com/docs/authentication/api-keys; gitleaks gcp-api-key',
};

export const googleClientSecret: CredentialRule = {
  id: 'google-client-secret',
  provider: 'Google',
  kind: 'OAuth client secret',
  secretName: 'GOOGLE_CLIENT_SECRET',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])GOCSPX-[0-9A-Za-z_-]{28}(?![0-9A-Za-z_-])/g,
  randomFrom: 7,
  source: 'gitleaks gcp-client-secret (GOCSPX- prefix of Google OAuth client secrets since 2021)',
};

export const googleOAuthToken: CredentialRule = {
  id: 'google-oauth-access-token',
  provider: 'Google',
  kind: 'OAuth access token',
  secretName: 'GOOGLE_ACCESS_TOKEN',
  keywords: ['ya29.'],
  pattern: /(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{30,}(?![0-9A-Za-z_-])/g,
  randomFrom: 5,
  source: 'Google Identity documentation (OAuth 2.0 access tokens begin with ya29.); gitleaks',
};

export const gcpServiceAccountKey: CredentialRule = {
  id: 'gcp-service-account-key',
  provider: 'Google',
  kind: 'Cloud service account key (JSON)',
  secretName: 'GOOGLE_APPLICATION_CREDENTIALS_JSON',
  namedByKey: false,
  // A key file's `"type": "service_account"`, then (within its few fields) the private key: the
  // finding is the key, escaped newlines and all, also in a JSON string inside JSON.
  keywords: ['service_account'],
  pattern:
    /(?<="type\\?"\s*:\s*\\?")service_account\\?"[^]{0,600}?"private_key\\?"\s*:\s*\\?"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\\\?n|[A-Za-z0-9+/=\s])+?-----END (?:RSA )?PRIVATE KEY-----)/g,
  multiline: true,
  source: 'https://cloud.google.com/iam/docs/keys-create-delete (key file format); trufflehog gcp; secretlint-rule-gcp',
};
