// The synthetic samples of the rules in onePassword.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of onePassword.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  '1password-token': {
    positive: [
      'OP_SERVICE_ACCOUNT_TOKEN=' +
        'ops_' +
        Buffer.from(
          JSON.stringify({
            signInAddress: 'my.1password.com',
            userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: 'yWgnTW8LPk5kh353NW4S5G' },
            email: 'svc@corp.net',
            srpX: 'c266e0a7c26e962ae81dd6203f9ff477',
            muk: { kty: 'oct', k: 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR' },
            deviceUuid: 't4qz29kd7p',
          }),
        ).toString('base64'),
    ],
    negative: ['ops_' + 'eyJub3QiOiJqc29uIn0'],
  },
};
