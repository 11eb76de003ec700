import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { childEnvironment, isInherited } from './childEnv';

// Values are made at run time: the repository holds no credential-shaped text.
const canary = (): string => `canary-${randomBytes(9).toString('hex')}`;

describe('integration child environment', () => {
  const parent: Record<string, string> = {
    PATH: '/usr/bin',
    HOME: '/home/ada',
    USER: 'ada',
    SHELL: '/bin/bash',
    TMPDIR: '/tmp',
    LANG: 'en_US.UTF-8',
    LC_ALL: 'en_US.UTF-8',
    TZ: 'Europe/Berlin',
    TERM: 'xterm-256color',
    HTTPS_PROXY: 'http://proxy.invalid:3128',
    no_proxy: 'localhost',
    // What an editor started from a CI job or a developer's shell carries, under names no
    // credential pattern catches.
    MYSQL_PWD: canary(),
    CI_JOB_JWT: canary(),
    DATABASE_URL: `postgres://app:${canary()}@db.invalid/app`,
    SENTRY_DSN: `https://${canary()}@o1.ingest.invalid/1`,
    SLACK_WEBHOOK_URL: `https://hooks.slack.invalid/services/${canary()}`,
    INTEGRATION_GITHUB_TOKEN: canary(),
    Integration_Mixed: canary(),
    NODE_OPTIONS: '--require ./inject.js',
    NODE_PATH: '/tmp/evil',
    VSCODE_IPC_HOOK: '/tmp/vscode.sock',
    ELECTRON_NO_ATTACH_CONSOLE: '1',
  };
  const env = childEnvironment(parent, {}, 'linux');

  it('keeps what ordinary programs need: PATH, HOME, user, shell, temp dir, locale, time zone, terminal, proxy', () => {
    for (const k of ['PATH', 'HOME', 'USER', 'SHELL', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'TERM', 'HTTPS_PROXY', 'no_proxy'])
      assert.equal(env[k], parent[k], k);
  });

  it('passes on no other variable of the editor: database passwords, CI tokens, DSNs and webhooks stay behind', () => {
    for (const k of [
      'MYSQL_PWD',
      'CI_JOB_JWT',
      'DATABASE_URL',
      'SENTRY_DSN',
      'SLACK_WEBHOOK_URL',
      'INTEGRATION_GITHUB_TOKEN',
      'Integration_Mixed',
    ])
      assert.equal(env[k], undefined, k);
    assert.ok(!Object.values(env).some((v) => v?.includes('canary-')), JSON.stringify(env));
  });

  it('drops what would change how Node starts or reach back into VS Code', () => {
    for (const k of ['NODE_OPTIONS', 'NODE_PATH', 'VSCODE_IPC_HOOK', 'ELECTRON_NO_ATTACH_CONSOLE']) assert.equal(env[k], undefined, k);
    assert.equal(isInherited('NODE_OPTIONS', 'win32'), false);
  });

  it('starts Electron as plain Node in desktop VS Code', () => {
    assert.equal(env.ELECTRON_RUN_AS_NODE, '1');
  });

  it('matches names case-insensitively on Windows only', () => {
    assert.equal(isInherited('Path', 'win32'), true);
    assert.equal(isInherited('Path', 'linux'), false);
    assert.equal(childEnvironment({ Path: 'C:\\Windows' }, {}, 'win32').Path, 'C:\\Windows');
  });

  it('adds what the launcher sets on purpose', () => {
    assert.equal(childEnvironment(parent, { FORCE_COLOR: '0' }, 'linux').FORCE_COLOR, '0');
  });
});
