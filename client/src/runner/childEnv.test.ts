import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childEnvironment, excludedBecause } from './childEnv';

describe('integration child environment', () => {
  const parent = {
    PATH: '/usr/bin',
    HOME: '/home/ada',
    LANG: 'en_US.UTF-8',
    HTTPS_PROXY: 'http://proxy.invalid:3128',
    INTEGRATION_GITHUB_TOKEN: 'canary-1',
    Integration_Mixed: 'canary-2',
    GITHUB_TOKEN: 'canary-3',
    AWS_SECRET_ACCESS_KEY: 'canary-4',
    DB_PASSWORD: 'canary-5',
    STRIPE_API_KEY: 'canary-6',
    NODE_OPTIONS: '--require ./inject.js',
    VSCODE_IPC_HOOK: '/tmp/vscode.sock',
    ELECTRON_NO_ATTACH_CONSOLE: '1',
  };
  const env = childEnvironment(parent);

  it('keeps what ordinary programs need (PATH, HOME, locale, proxy)', () => {
    for (const k of ['PATH', 'HOME', 'LANG', 'HTTPS_PROXY']) assert.equal(env[k], parent[k as keyof typeof parent], k);
  });

  it('drops every INTEGRATION_* variable, whatever its case', () => {
    assert.deepEqual(Object.keys(env).filter((k) => /^integration_/i.test(k)), []);
    assert.equal(excludedBecause('INTEGRATION_GITHUB_TOKEN'), 'integration-secret');
  });

  it('drops variables named like credentials', () => {
    for (const k of ['GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD', 'STRIPE_API_KEY']) assert.equal(env[k], undefined, k);
  });

  it('drops what would change how Node starts or reach back into VS Code', () => {
    for (const k of ['NODE_OPTIONS', 'VSCODE_IPC_HOOK', 'ELECTRON_NO_ATTACH_CONSOLE']) assert.equal(env[k], undefined, k);
  });

  it('starts Electron as plain Node in desktop VS Code', () => {
    assert.equal(env.ELECTRON_RUN_AS_NODE, '1');
  });

  it('has no value of the parent that looks like a canary', () => {
    assert.ok(!Object.values(env).some((v) => v?.startsWith('canary-')));
  });
});
