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
      // The wider body trufflehog accepts: 41 letters, digits and underscores, the _ anywhere.
      '"token": "' + 'glsa_' + '4BOClH5_3mAueyN14AQz' + 'GehKs5qjnVeAcECkbgoEY' + '"',
    ],
    negative: [
      'glsa_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000',
      // 42 characters: longer than any service-account token.
      'glsa_' + '4BOClH5_3mAueyN14AQz' + 'GehKs5qjnVeAcECkbgoEYQ',
    ],
  },
};
