// Big runs split the files across worker threads (the bundle starts itself as a worker):
// the report must not depend on how the work was split.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
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
