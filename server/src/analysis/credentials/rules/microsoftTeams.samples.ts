// The synthetic samples of the rules in microsoftTeams.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of microsoftTeams.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'teams-webhook': {
    positive: [
      'https://corp.webhook.office.com/webhookb2/' +
        'e4d9cfc5-d77c-4fb3-a727-f2b074256cc4@' +
        'c266e0a7-c26e-462a-e81d-d6203f9ff477/IncomingWebhook/' +
        '5a7685e34375267e53a80faa3726c11d/' +
        '74256cc4-c8e9-4c69-9c02-1affec4bcdba',
    ],
    negative: ['https://outlook.office.com/webhook/...'],
  },
};
