// The README's test command on a fresh clone: no node_modules, no dist, nothing run before it.
// A copy of the checkout's files (as git lists them) stands in for the clone.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './cliHarness';

/** The checkout's files, tracked or new (not ignored), copied into a new folder. */
export function copyCheckout(): string {
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

test('npm test on a fresh clone installs the dependencies itself, then builds', { timeout: 300_000 }, () => {
  const dir = copyCheckout();
  try {
    assert.ok(!existsSync(join(dir, 'node_modules')));
    // `none`: no test layer, only what runs before every layer (dependencies, build).
    const r = spawnSync(process.execPath, ['scripts/test-all.mjs', 'none'], { cwd: dir, encoding: 'utf8', timeout: 280_000 });
    const out = r.stdout + r.stderr;
    assert.equal(r.status, 0, out);
    assert.match(out, /node_modules is missing: installing the pinned dependencies first \(npm ci/);
    assert.doesNotMatch(out, /Cannot find module/);
    assert.ok(existsSync(join(dir, 'dist', 'cli.js')), 'the build ran');
    assert.match(out, /^0 passed, 0 failed$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
