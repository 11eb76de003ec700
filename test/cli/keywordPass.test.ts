// The CLI reads each file straight into the keyword pass's WebAssembly memory. A pass over a long
// non-ASCII text with many keyword hits grows that memory (to convert the hits' offsets to UTF-16),
// which detaches the view the file was read into: the file must still be analysed whole.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, makeRepo, runCli, type Repo } from './cliHarness';

before(ensureBuilt);

describe('secretref check on a long non-ASCII file full of credential keywords', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({ 'a.env': '# café\n' + 'PASSWORD_HINT=see the wiki\n'.repeat(50_000) + 'TOKEN=$Token{NOT_DECLARED}\n' });
  });
  after(() => repo.remove());

  for (const [name, env] of [
    ['in one thread', { SECRETREF_SCAN_WORKERS: '0' }],
    ['through the reader thread', { SECRETREF_SCAN_PIPELINE: 'all' }],
  ] as const) {
    it(`reports the reference on its last line ${name}`, () => {
      const r = runCli(repo.dir, ['check', '--format', 'json'], env);
      assert.equal(r.code, 1, r.stdout.slice(0, 500) + r.stderr);
      const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ secret?: string; line: number }> }> };
      assert.deepEqual(
        report.files.flatMap((f) => f.findings.map((x) => [f.path, x.secret, x.line])),
        [['a.env', 'NOT_DECLARED', 50_002]],
      );
    });
  }
});
