// The synthetic samples of the rules in google.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of google.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'google-api-key': {
    positive: ['key=' + 'AIza' + 'Sy35nt38WWDFktCwHZT4HS8R39GJnQcVJCq', "apiKey: '" + 'AIza' + "SyB5KMn4LnR5LqW6RjFg63lkg14qnCr2QHz'"],
    negative: ['AIza' + 'SyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AIza' + 'Sy35nt38WWDFktCwHZT4HS8R39GJnQ'],
  },
  'google-client-secret': {
    positive: ['"client_secret": "' + 'GOCSPX-' + 'yWgnTW8LPk5kh353NW4S5GyYmy6Q"'],
    negative: ['GOCSPX-' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GOCSPX-' + 'short'],
  },
  'google-oauth-access-token': {
    positive: ['Authorization: Bearer ' + 'ya29.' + 'a0AfH6SM' + 'PT3R4gWtWV5HgLql5scglT2rfpyWYznWmjS4c9pj3q'],
    negative: ['ya29.' + 'xxxxxxxx', 'ya29.' + '...'],
  },
  'gcp-service-account-key': {
    positive: [
      '{\n  "type": "service_' +
        'account",\n  "project_id": "demo-4711",\n  "private_key_id": "' +
        'c94029c9f4da58dd141e' +
        '",\n  "private_key": "-----BEGIN PRIVATE' +
        ' KEY-----\\n' +
        '1np/wUtJWQNVTQ6j' +
        'wZAPUSsLRQYfQjmG' +
        'u+lNv4DKiDyzJpBx' +
        '9N6q9Y47XUIzE+RT' +
        '\\n-----END PRIVATE KEY-----\\n"\n}',
    ],
    negative: [
      '{"type": "service_' + 'account", "private_key": "<your-key>"}',
      '{"type": "authorized_user", "private_key": "-----BEGIN PRIVATE' + ' KEY-----\\n' + 'x' + '\\n-----END PRIVATE KEY-----"}',
    ],
  },
};
