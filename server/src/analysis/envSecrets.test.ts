import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { envSecrets } from './envSecrets';

describe('envSecrets', () => {
  it('turns INTEGRATION_NAME variables into env-level secret NAME, without the value', () => {
    const value = 'fake-' + Math.random();
    const out = envSecrets({
      INTEGRATION_GITHUB_TOKEN: value,
      INTEGRATION_EMPTY: '',
      PATH: '/bin',
      INTEGRATION_: 'x',
      'INTEGRATION_BAD-NAME': 'x',
    });
    assert.deepEqual(out, [
      { name: 'EMPTY', level: 'env', hasValue: false, description: 'From the environment variable INTEGRATION_EMPTY' },
      { name: 'GITHUB_TOKEN', level: 'env', hasValue: true, description: 'From the environment variable INTEGRATION_GITHUB_TOKEN' },
    ]);
    assert.ok(!JSON.stringify(out).includes(value));
  });
});
