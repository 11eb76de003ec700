// Big runs split the files across worker threads (the bundle starts itself as a worker):
// the report must not depend on how the work was split.
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fakeCredential } from '../util/credentials';
import { ensureBuilt, makeRepo, manifest, runCli, type Repo } from './cliHarness';

before(ensureBuilt);

describe('secretref check across worker threads', () => {
  let repo: Repo;
  before(() => {
    const files: Record<string, string> = { 'secretref.json': manifest({ secrets: { API_KEY: {}, DB_PASSWORD: { scope: ['db'] } } }) };
    for (let i = 0; i < 40; i++) {
      files[`svc${i}/config.yaml`] =
        i % 3 === 0
          ? `key: "$Token{API_KY}"\n`
          : i % 3 === 1
            ? `app: web\npassword: "$Token{DB_PASSWORD}"\n`
            : `key: "{{Secrets.API_KEY}}"\n`;
    }
    repo = makeRepo(files);
  });
  after(() => repo.remove());

  it('reports the same findings, in the same order, with 3 threads as with one', () => {
    const one = runCli(repo.dir, ['check', '--format', 'json'], { SECRETREF_SCAN_WORKERS: '0' });
    const three = runCli(repo.dir, ['check', '--format', 'json'], { SECRETREF_SCAN_WORKERS: '3' });
    assert.equal(one.code, 1, one.stdout.slice(0, 500) + one.stderr);
    assert.equal(three.code, 1, three.stdout.slice(0, 500) + three.stderr);
    assert.ok(three.stdout.startsWith('{'), `no JSON report: ${three.stderr}`);
    const a = JSON.parse(one.stdout) as { summary: { errors: number }; files: Array<{ path: string }> };
    const b = JSON.parse(three.stdout) as typeof a;
    assert.equal(a.summary.errors, 27); // 14 misspelt keys + 13 out-of-scope passwords
    assert.deepEqual(b, a);
  });
});

// Where threads are not split across files, a reader thread reads the files and runs the keyword
// pass while the main thread analyses what it hands over through a ring in shared memory. A small
// size limit makes the ring small: the files here go round it several times, and one whose
// keyword hits make it too large for the ring is read by the main thread instead.
describe('secretref check with a reader thread', () => {
  let repo: Repo;
  let outside: Repo;
  before(() => {
    const padding = '# a comment line that makes the file longer, as real configuration files are\n'.repeat(200);
    const files: Record<string, string> = {
      '.vscode/settings.json': JSON.stringify({ 'secretref.maxFileSize': 200_000 }),
      'secretref.json': manifest({ secrets: { API_KEY: {}, DB_PASSWORD: { scope: ['db'] } } }),
      // Not all ASCII: the pass's offsets are converted to the text's UTF-16 ones.
      'svc/café.yaml': `# réglages — ünïcode ✓\nkey: "$Token{API_KY}"\napp: web\npassword: "$Token{DB_PASSWORD}"\nstripe_key: "${fakeCredential('Stripe')}"\n`,
      'svc/many-keywords.env': 'PASSWORD_HINT=see the wiki\n'.repeat(7000) + 'TOKEN=$Token{API_KY}\n',
    };
    for (let i = 0; i < 60; i++)
      files[`svc${i}/config.yaml`] =
        padding + (i % 2 === 0 ? `key: "$Token{API_KY}"\n` : `app: web\npassword: "$Token{DB_PASSWORD}"\n`) + padding;
    repo = makeRepo(files);
    outside = makeRepo({ 'elsewhere.env': 'A=$Token{FROM_OUTSIDE}\n' });
    symlinkSync('/proc/self/environ', join(repo.dir, 'svc', 'leak.env'));
    symlinkSync(join(outside.dir, 'elsewhere.env'), join(repo.dir, 'svc', 'other.env'));
  });
  after(() => {
    repo.remove();
    outside.remove();
  });

  it('reports the same findings, in the same order, and the same unreadable files as one thread', () => {
    // Named, the links reach the scan (a walk leaves them out).
    const args = ['check', '.', 'svc/leak.env', 'svc/other.env', '--format', 'json'];
    const one = runCli(repo.dir, args, { SECRETREF_SCAN_WORKERS: '0' });
    assert.equal(one.code, 1, one.stdout.slice(0, 500) + one.stderr);
    const a = JSON.parse(one.stdout) as { summary: { errors: number }; files: Array<{ path: string }> };
    assert.deepEqual(
      a.files.slice(0, 2).map((f) => f.path),
      ['svc/café.yaml', 'svc/many-keywords.env'],
    );
    assert.equal(a.files.length, 62);
    // The credential's line is found from where the pass saw its keyword.
    assert.ok(JSON.stringify(a.files[0]).includes('"line":5,'), JSON.stringify(a.files[0]));
    assert.match(one.stderr, /skipped svc\/leak\.env: it leads out of .* through a symbolic link, which is never followed/);
    assert.match(one.stderr, /skipped svc\/other\.env: it leads out of/);
    // Every file through the reader, and the mix of a run (the main thread reads until the reader has started).
    for (const mode of ['all', '1']) {
      const piped = runCli(repo.dir, args, { SECRETREF_SCAN_PIPELINE: mode });
      assert.equal(piped.code, 1, piped.stdout.slice(0, 500) + piped.stderr);
      assert.ok(piped.stdout.startsWith('{'), `no JSON report: ${piped.stderr}`);
      assert.deepEqual(JSON.parse(piped.stdout), a, mode);
      assert.equal(piped.stderr, one.stderr, mode);
    }
  });
});
