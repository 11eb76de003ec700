// The synthetic samples of the rules in jwt.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of jwt.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  jwt: {
    positive: [
      'Authorization: Bearer ' +
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' +
        'eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ.' +
        'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R4gWtWV5HgLq',
    ],
    negative: [
      'eyJ' + 'hbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl',
      'eyJ' + 'notjsonatall.eyJalsonotjson.abcdefghijklmnopqrstu',
    ],
  },
};
