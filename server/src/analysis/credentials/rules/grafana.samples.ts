// The synthetic samples of the rules in grafana.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of grafana.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'grafana-token': {
    positive: [
      'GRAFANA_TOKEN=' + 'glsa_' + '37MSB2qQcqKswrs6TqWQFYVhKDWmP0qG_632fc91e',
      'glc_' + 'eyJvIjoiMTIzNCIsIm4iOiJzdGFjayIsImsiOiJ' + '3qr4DZl58P271KgKQGggD7QHDdFWk',
    ],
    negative: ['glsa_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000'],
  },
};
