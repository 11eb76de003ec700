// Twilio: API key SIDs with their secret beside them are credentials; an account SID alone is
// an identifier, its auth token a secret when named as one. Formats: Twilio documentation
// ("API keys": SK + 32 hex); trufflehog's twilio and twilioapikey detectors.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const twilioApiKey: CredentialRule = {
  id: 'twilio-api-key',
  provider: 'Twilio',
  kind: 'API key',
  secretName: 'TWILIO_API_KEY',
  keywords: ['sk'],
  pattern: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/g,
  randomFrom: 2,
  source: 'https://www.twilio.com/docs/iam/api-keys; trufflehog twilioapikey',
};

export const twilioAuthToken: CredentialRule = {
  id: 'twilio-auth-token',
  provider: 'Twilio',
  kind: 'auth token',
  secretName: 'TWILIO_AUTH_TOKEN',
  keywords: ['twilio'],
  pattern: near('twilio', '[0-9a-f]{32}'),
  minEntropy: 3,
  source: 'https://www.twilio.com/docs/iam/access-tokens; trufflehog twilio',
};
