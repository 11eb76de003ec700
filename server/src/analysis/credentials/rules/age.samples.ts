// The synthetic samples of the rules in age.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of age.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'age-secret-key': {
    positive: ['AGE-SECRET-KEY-1' + 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE'],
    negative: ['AGE-SECRET-KEY-1' + 'SHORT'],
  },
};
