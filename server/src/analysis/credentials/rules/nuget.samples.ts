// The synthetic samples of the rules in nuget.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of nuget.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'nuget-key': {
    positive: ['dotnet nuget push -k ' + 'oy2' + 'fk8pwq3vrztyl2bmj4xk9sd0g7nh5qcw1m6rbtvz8py'],
    negative: ['oy2' + 'short'],
  },
  'nuget-keyed-key': {
    positive: ['nuget apikey: ' + 'q44vahfzako258zyefk2' + 'k2t9tpdamu5z9ulie0ifvyau3r'],
    negative: ['nuget: ' + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  },
};
