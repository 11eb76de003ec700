// The synthetic samples of the rules in docker.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of docker.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'docker-token': {
    positive: ['DOCKERHUB_TOKEN=' + 'dckr_pat_' + 'yWgnTW8LPk5kh353NW4S5GyYmy6'],
    negative: ['dckr_pat_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'docker-config-auth': {
    positive: ['{ "auths": { "registry.corp.net": { "auth": "' + Buffer.from('deploy:Wm3qZ8rXp4').toString('base64') + '" } } }'],
    negative: ['{ "auth": "bearer" }', '{ "auth": "' + Buffer.from('user:password').toString('base64') + '" }'],
  },
};
