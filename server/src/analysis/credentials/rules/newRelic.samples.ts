// The synthetic samples of the rules in newRelic.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of newRelic.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'new-relic-key': {
    positive: [
      'NEW_RELIC_API_KEY=' + 'NRAK-' + 'QG2G2VRPRH4MSL3NYWGNTW8LPK5',
      'license_key: ' + 'b6b8d216118a2341e23a0fe1e09a29e30389' + 'NRAL',
      'NEW_RELIC_LICENSE_KEY=' + '4f1c0a9e7d2b8c3e6a5f0d1b9e8c7a2d' + 'FFFFNRAL',
      "license_key: '" + 'eu01xx' + '9c3e6a5f0d1b9e8c7a2d4f1c0a' + "FFFFNRAL'",
    ],
    negative: ['NRAK-' + 'XXXXXXXXXXXXXXXXXXXXXXXXXXX', 'license_key: ' + '4f1c0a9e7d2b8c3e6a5f0d1b9e8c7a' + 'FFFFNRAL'],
  },
  'new-relic-keyed-key': {
    positive: ['newrelic_api_key = "' + 'b1v9-ajgfarW4xqtUwh6' + 'QLkCMZVg4SB0YAx8r6xgguroSu4' + '"'],
    negative: ['newrelic_api_key = "' + 'ABCD-' + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' + '"'],
  },
};
