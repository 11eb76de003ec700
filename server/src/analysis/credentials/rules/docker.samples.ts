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
    positive: [
      '{ "auths": { "registry.corp.net": { "auth": "' + Buffer.from('deploy:Wm3qZ8rXp4').toString('base64') + '" } } }',
      // Escaped in a GitLab runner's variable, once and twice.
      'environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.corp.net\\":{\\"auth\\":\\"' +
        Buffer.from('deploy:Wm3qZ8rXp4').toString('base64') +
        '\\"}}}"]',
      '"{\\\\\\"auths\\\\\\":{\\\\\\"r.corp.net\\\\\\":{\\\\\\"auth\\\\\\":\\\\\\"' +
        Buffer.from('deploy:Wm3qZ8rXp4').toString('base64') +
        '\\\\\\"}}}"',
      // A gcr.io login with a service-account key file: the password is JSON over several lines.
      '{ "auths": { "https://gcr.io": { "auth": "' +
        Buffer.from('_json_key:{\n  "type": "service_account",\n  "project_id": "p-7Qx2"\n}').toString('base64') +
        '" } } }',
    ],
    negative: [
      '{ "auth": "bearer" }',
      '{ "auth": "' + Buffer.from('user:password').toString('base64') + '" }',
      '{\\"auth\\": \\"' + Buffer.from('user:password').toString('base64') + '\\"}',
      // Base64 of something that is no login (binary).
      '{ "auth": "' + Buffer.from([0, 1, 2, 250, 58, 251, 3, 4, 5]).toString('base64') + '" }',
    ],
  },
};
