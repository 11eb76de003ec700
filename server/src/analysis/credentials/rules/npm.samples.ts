// The synthetic samples of the rules in npm.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of npm.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'npm-token': {
    positive: ['//registry.npmjs.org/:_authToken=' + 'npm_' + 'jQL838bhPpYG0R7v81gmKPRyvsYmFR2ihTGu'],
    negative: ['npm_' + 'jQL838bhPpYG0R7v81gmKPRyvsYmFR2ihTGv', 'npm_' + 'config_registry_value_of_something'],
  },
  'npm-legacy-token': {
    positive: ['NPM_TOKEN=' + 'e4d9cfc5-d77c-4fb3' + '-a727-f2b074256cc4'],
    negative: ['NPM_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
  'npmrc-auth-token': {
    positive: ['//registry.example.org/:_authToken=' + 'e4d9cfc5-d77c-4fb3-7727-f2b074256cc4x9'],
    negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
  },
};
