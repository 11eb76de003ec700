// `secretref-language-server` run by hand: --version, --help and no argument answer in a few
// lines (an editor starts it with --stdio or --node-ipc; the protocol tests cover that).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ensureBuilt, ROOT } from './cliHarness';

const SERVER = join(ROOT, 'dist', 'server.js');
const { version } = require('../../package.json') as { version: string };

function server(args: string[]) {
  ensureBuilt();
  const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', timeout: 30_000, input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--version prints the name and version, nothing else', () => {
  const r = server(['--version']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, `secretref-language-server ${version}\n`);
  assert.equal(r.stderr, '');
});

test('--help prints a short usage naming the transports and the CLI', () => {
  const r = server(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage: secretref-language-server --stdio/);
  assert.match(r.stdout, /--node-ipc/);
  assert.match(r.stdout, /secretref check/);
  assert.ok(r.stdout.split('\n').length < 20, r.stdout);
});

test('no argument: the usage on stderr, exit 2, no stack or bundled source', () => {
  for (const args of [[], ['--verbose']]) {
    const r = server(args);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^secretref-language-server: no transport/);
    assert.match(r.stderr, /Usage: secretref-language-server --stdio/);
    assert.doesNotMatch(r.stderr, /Connection input stream|at Object\.|\n\s+at /);
    assert.ok(r.stderr.length < 1500, `${r.stderr.length} characters`);
  }
});
