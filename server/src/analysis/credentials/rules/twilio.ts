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
  samples: {
    positive: ['TWILIO_API_KEY=' + 'SK' + 'c266e0a7c26e962a' + 'e81dd6203f9ff477'],
    negative: ['SK' + '00000000000000000000000000000000', 'ASK' + 'c266e0a7c26e962ae81dd6203f9ff477'],
  },
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
  samples: {
    positive: ['TWILIO_AUTH_TOKEN=' + 'e4d9cfc5d77c9fb3' + '7727f2b074256cc4'],
    negative: ['TWILIO_AUTH_TOKEN=' + 'your_auth_token'],
  },
  source: 'https://www.twilio.com/docs/iam/access-tokens; trufflehog twilio',
};
