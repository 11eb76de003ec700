// The README's test command on a fresh clone (no node_modules, no dist, nothing run before it),
// then the npm package packed from that clone and installed into an empty prefix, as a user
// installs the CLI. A copy of the checkout's files (as git lists them) stands in for the clone.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './cliHarness';

/** The checkout's files, tracked or new (not ignored), copied into a new folder. */
function copyCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secretref-clone-'));
  const ls = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(ls.status, 0, ls.stderr);
  for (const rel of ls.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, rel))) continue; // deleted in the work tree, not yet committed
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    copyFileSync(join(ROOT, rel), join(dir, rel));
  }
  return dir;
}

/** npm as the test's own node runs it (npm_execpath under `npm test`), else the PATH's. */
function npm(args: string[], cwd: string) {
  const cli = process.env.npm_execpath;
  const [cmd, pre] = cli && /\.c?js$/.test(cli) ? [process.execPath, [cli]] : ['npm', []];
  return spawnSync(cmd, [...pre, ...args], { cwd, encoding: 'utf8', timeout: 240_000 });
}

describe('a fresh clone', { timeout: 600_000 }, () => {
  let dir = '';
  before(() => {
    dir = copyCheckout();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('npm test installs the dependencies itself, then builds', () => {
    assert.ok(!existsSync(join(dir, 'node_modules')));
    // `none`: no test layer, only what runs before every layer (dependencies, build).
    const r = spawnSync(process.execPath, ['scripts/test-all.mjs', 'none'], { cwd: dir, encoding: 'utf8', timeout: 280_000 });
    const out = r.stdout + r.stderr;
    assert.equal(r.status, 0, out);
    assert.match(out, /node_modules is missing: installing the pinned dependencies first \(npm ci/);
    assert.doesNotMatch(out, /Cannot find module/);
    assert.ok(existsSync(join(dir, 'dist', 'cli.js')), 'the build ran');
    assert.match(out, /^0 passed, 0 failed$/m);
  });

  it('npm pack gives the CLI and the server only, and npm install -g of it works in an empty prefix', () => {
    const packed = npm(['pack', '--json', '--silent'], dir);
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    assert.deepEqual(info.files.map((f) => f.path).sort(), [
      'LICENSE',
      'README.md',
      'dist/cli-main.js',
      'dist/cli.js',
      'dist/server-main.js',
      'dist/server.js',
      'dist/typescript.js',
      'package.json',
    ]);
    const prefix = mkdtempSync(join(tmpdir(), 'secretref-prefix-'));
    try {
      const inst = npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(dir, info.filename)], dir);
      assert.equal(inst.status, 0, inst.stderr);
      const { version } = require('../../package.json') as { version: string };
      const bin = (name: string, ...args: string[]) =>
        spawnSync(join(prefix, 'bin', name), args, { cwd: prefix, encoding: 'utf8', timeout: 30_000 });
      assert.equal(bin('secretref', '--version').stdout, `secretref ${version}\n`);
      assert.equal(bin('secretref-language-server', '--version').stdout, `secretref-language-server ${version}\n`);
      // The packed CLI checks a project on its own (its bundles need nothing else).
      const check = bin('secretref', 'check', '--help');
      assert.equal(check.status, 0, check.stderr);
      assert.ok(!readdirSync(join(prefix, 'lib', 'node_modules', 'secretref', 'dist')).some((f) => f.endsWith('.map')), 'no source maps');
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
