// `secretref check`'s reader thread runs the integration pre-check (`integrationPrecheck`) of the
// files it reads and hands its answer over with their bytes: the analysing thread must then find
// what it finds when it checks the file itself. The fixture holds one file for each answer: an
// integration module (parsed), a class with `metadata` and `run` members that reads
// `event.secrets` (scanned, the secrets form decides for the parse) and one line too long to parse.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, makeRepo, manifest, runCli, type Repo } from './cliHarness';

before(ensureBuilt);

const files = {
  'integrations/pay.js':
    "module.exports = {\n  metadata: { name: 'pay', requiredSecrets: ['STRIPE_KEY'] },\n" +
    "  async run(event) {\n    return event.secrets('STRIPE_KEY');\n  },\n};\n",
  'vendor/editor.js':
    "class Action {\n  metadata = { label: 'run' };\n  run(event) { return event.secrets('NOT_DECLARED'); }\n}\nmodule.exports = { Action };\n",
  'vendor/minified.js':
    "module.exports = { metadata: { requiredSecrets: ['LONG_ONE'] }, run(e) { return e.secrets('LONG_ONE'); } };" +
    ' '.repeat(40_000) +
    '// end\n',
};

type Report = { files: Array<{ path: string; findings: Array<{ code: string; secret?: string; line: number }> }> };

describe('secretref check: the pre-check handed over by the reader thread', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({ ...files, 'secretref.json': manifest({ secrets: { DECLARED: {} } }) });
  });
  after(() => repo.remove());

  const findings = (env: Record<string, string>) => {
    const r = runCli(repo.dir, ['check', '--format', 'json'], env);
    assert.equal(r.code, 1, r.stdout.slice(0, 500) + r.stderr);
    return (JSON.parse(r.stdout) as Report).files.flatMap((f) => f.findings.map((x) => [f.path, x.code, x.secret, x.line]));
  };

  it('finds the same through the reader thread as in one thread', () => {
    const alone = findings({ SECRETREF_SCAN_PIPELINE: '0', SECRETREF_SCAN_WORKERS: '0' });
    assert.deepEqual(alone, [
      ['integrations/pay.js', 'unused-declaration', 'STRIPE_KEY', 2],
      ['integrations/pay.js', 'missing-required', 'STRIPE_KEY', 2],
      ['integrations/pay.js', 'unknown-secret', 'STRIPE_KEY', 4],
      ['vendor/editor.js', 'unknown-secret', 'NOT_DECLARED', 3],
    ]);
    assert.deepEqual(findings({ SECRETREF_SCAN_PIPELINE: 'all' }), alone);
  });
});
