// The synthetic samples of the rules in auth0.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of auth0.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'auth0-client-secret': {
    positive: [
      'AUTH0_CLIE' + 'NT_SECRET=' + 'nKwLBnS74lWWK6J7PJdMwF554Qv3DY7W' + 'Dz5W3gdRBWZ0NWm9MRGyGP41z2hlt3Cp',
      // A credentials file: the client id, then a longer secret on the next line.
      'auth0_clientID: ' +
        'kYWr7tL4eYBtqIIvKfSf2' +
        'e4T9Cw1CtwE\nsecret: ' +
        'GTd7FguoV8FWnFbB0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMa' +
        'RiNTN9Ox98whGcTZc1UWb5fxzpF7STG7nVLe3lARUsRJlNONwk' +
        'tN9ugkZeESG61she-QAqq0nv3Vth1Ls6v6_O9JL8ZsoWw-Rxl_',
    ],
    negative: ['AUTH0_CLIENT_SECRET=<client-secret>'],
  },
};
