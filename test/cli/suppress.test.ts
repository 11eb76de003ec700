// What a repository that silences, baselines or nests its configuration gets from
// `secretref check`, run as a process: inline suppressions counted in every format, a CI
// baseline that survives edits and holds no credential, the nearest manifest and the
// nearest `.vscode/settings.json` up from the checked files.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, makeRepo, manifest, runCli, type Repo } from './cliHarness';
import { fakeCredential } from '../util/credentials';

before(ensureBuilt);

interface JsonReport {
  summary: { errors: number; warnings: number; notes: number; suppressed: number; baselined?: number };
  files: Array<{
    path: string;
    findings: Array<{ code: string; line: number; secret?: string }>;
    suppressed?: Array<{ code: string; line: number }>;
  }>;
}

describe('inline suppressions', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { MAIL_KEY: {} } }),
      'src/a.js': [
        '// secretref-disable-next-line unknown-secret -- a name from the vendor docs',
        'const a = "$Token{MAIL_KY}";',
        'const b = "$Token{MAIL_KY}";',
        'const c = 1; // secretref-disable-line',
      ].join('\n'),
      'config/task.yaml': 'key: $Token{MAIL_KY} # secretref-disable-line unknown-secret\n',
    });
  });
  after(() => repo.remove());

  it('JSON: silenced findings are left out, listed under `suppressed` and counted', () => {
    const r = runCli(repo.dir, ['check', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.summary.suppressed, 2);
    assert.equal(report.summary.errors, 1);
    const a = report.files.find((f) => f.path === 'src/a.js')!;
    assert.deepEqual(
      a.findings.map((f) => `${f.line}:${f.code}`),
      ['3:unknown-secret', '4:unused-suppression'],
    );
    assert.deepEqual(
      a.suppressed?.map((f) => `${f.line}:${f.code}`),
      ['2:unknown-secret'],
    );
    assert.deepEqual(
      report.files.find((f) => f.path === 'config/task.yaml')!.suppressed?.map((f) => f.code),
      ['unknown-secret'],
    );
  });

  it('SARIF: silenced findings are results with an inSource suppression', () => {
    const r = runCli(repo.dir, ['check', '--format', 'sarif']);
    const results = (
      JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string }> }> }> }
    ).runs[0].results;
    const silenced = results.filter((x) => x.suppressions);
    assert.equal(silenced.length, 2);
    for (const x of silenced) assert.deepEqual(x.suppressions, [{ kind: 'inSource' }]);
    assert.equal(results.filter((x) => !x.suppressions && x.ruleId === 'unknown-secret').length, 1);
  });

  it('text: the summary says how many were suppressed, and the stale suppression is a hint', () => {
    const r = runCli(repo.dir, ['check', '--no-color']);
    assert.match(r.stdout, /src\/a\.js:4:\d+\s+hint\s+'secretref-disable-line' silences nothing here: remove it\s+unused-suppression/);
    assert.match(r.stdout, /not reported: 2 suppressed inline/);
  });
});

describe('inline suppressions in MDX', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { MAIL_KEY: {} } }),
      'docs/mail.mdx': [
        "import { Note } from './note';",
        '',
        '{/* secretref-disable-next-line unknown-secret -- the old name, kept for readers of v1 */}',
        'Before 2.0 the key was `$Token{MAIL_KY}`.',
        'Plain prose. {/* secretref-disable-line */}',
        '`{/* secretref-disable-line */}` in a code span is text: `$Token{MAIL_KYE}`.',
        '',
        '```js',
        'const key = "$Token{MAIL_KY}"; // secretref-disable-line unknown-secret',
        '```',
        '',
      ].join('\n'),
    });
  });
  after(() => repo.remove());

  it('{/* */} in prose and the fence language comment in a fence silence findings; a stale one is a hint', () => {
    const r = runCli(repo.dir, ['check', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    const f = report.files.find((x) => x.path === 'docs/mail.mdx')!;
    assert.deepEqual(
      f.suppressed?.map((x) => `${x.line}:${x.code}`),
      ['4:unknown-secret', '9:unknown-secret'],
    );
    assert.deepEqual(
      f.findings.map((x) => `${x.line}:${x.code}`),
      ['5:unused-suppression', '6:unknown-secret'],
    );
    assert.equal(report.summary.suppressed, 2);
  });
});

describe('--write-baseline and --baseline', () => {
  let repo: Repo;
  const credential = fakeCredential('Stripe');
  before(() => {
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { MAIL_KEY: {} } }),
      'src/pay.js': [`const stripe = require('stripe')('${credential}');`, 'const mail = "$Token{MAIL_KY}";', ''].join('\n'),
    });
  });
  after(() => repo.remove());

  it('gives each finding of a JSON report the fingerprint the baseline records for it', () => {
    // Outside the repository, so that the second run does not check the file.
    const file = join(tmpdir(), `secretref-fingerprints-${process.pid}.json`);
    const w = runCli(repo.dir, ['check', '--write-baseline', file]);
    assert.equal(w.code, 0, w.stderr);
    const recorded = (JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ fingerprint: string }> }).findings
      .map((f) => f.fingerprint)
      .sort();
    const r = runCli(repo.dir, ['check', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ fingerprint?: string }> }> };
    const reported = report.files.flatMap((f) => f.findings.map((x) => x.fingerprint ?? 'none')).sort();
    assert.equal(reported.length, 2);
    for (const f of reported) assert.match(f, /^[0-9a-f]{32}$/);
    assert.deepEqual(reported, recorded);
    rmSync(file);
  });

  it("records today's findings, then reports only new ones, surviving edits elsewhere in the file", () => {
    const w = runCli(repo.dir, ['check', '--write-baseline', '.secretref-baseline.json']);
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stderr, /recorded 2 finding\(s\) in \.secretref-baseline\.json/);
    const baselineText = readFileSync(join(repo.dir, '.secretref-baseline.json'), 'utf8');
    // Nothing in the file gives the credential away: not the value, nor a hash of it.
    assert.ok(!baselineText.includes(credential));
    const b = JSON.parse(baselineText) as { version: number; findings: Array<{ path: string; code: string; fingerprint: string }> };
    assert.deepEqual(b.findings.map((f) => `${f.path}:${f.code}`).sort(), ['src/pay.js:hardcoded-secret', 'src/pay.js:unknown-secret']);

    // Lines added above move every finding; a new finding is added.
    repo.write(
      'src/pay.js',
      [
        '// Payments.',
        "'use strict';",
        `const stripe = require('stripe')('${credential}');`,
        '  const mail = "$Token{MAIL_KY}";',
        'const other = "$Token{MAIL_KYE}";',
        '',
      ].join('\n'),
    );
    const r = runCli(repo.dir, ['check', '--baseline', '.secretref-baseline.json', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.files.flatMap((f) => f.findings.map((x) => `${x.line}:${x.code}:${x.secret ?? ''}`)),
      ['5:unknown-secret:MAIL_KYE'],
    );
    assert.equal(report.summary.baselined, 2);

    const text = runCli(repo.dir, ['check', '--baseline', '.secretref-baseline.json', '--no-color']);
    assert.match(text.stdout, /not reported: 2 in the baseline/);
    // The baseline itself is not one of the files checked.
    assert.match(text.stdout, /in 1 file \(2 checked;/);
  });

  it('an edit of the line itself makes its finding new again', () => {
    repo.write('src/pay.js', `const stripe = require('stripe')('${credential}');\nconst mail = "$Token{MAIL_KY}";\n`);
    runCli(repo.dir, ['check', '--write-baseline', 'b.json']);
    repo.write('src/pay.js', `const client = require('stripe')('${credential}');\nconst mail = "$Token{MAIL_KY}";\n`);
    const report = JSON.parse(runCli(repo.dir, ['check', '--baseline', 'b.json', '--format', 'json']).stdout) as JsonReport;
    assert.equal(report.summary.baselined, 1);
    assert.deepEqual(
      report.files.flatMap((f) => f.findings.map((x) => x.code)),
      ['hardcoded-secret'],
    );
  });

  it('a missing baseline file is a configuration error that says how to write one', () => {
    const r = runCli(repo.dir, ['check', '--baseline', 'nope.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot read the baseline 'nope\.json'.*--write-baseline nope\.json/);
  });
});

describe('the nearest manifest and settings up from the checked files', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { GITHUB_TOKEN: {} } }),
      'src/deep/hook.js': 'const t = "$Token{GITHUB_TOKEN}";\n',
      'packages/billing/secretref.json': manifest({ secrets: { STRIPE_KEY: {} } }),
      'packages/billing/src/pay.js': 'const k = "$Token{STRIPE_KEY}";\nconst t = "$Token{GITHUB_TOKEN}";\n',
      'examples/.vscode/settings.json':
        '{\n  // what the editor opened on examples/ skips\n  "secretref.files.exclude": ["README.md"]\n}\n',
      'examples/README.md': 'Use $Token{NOT_THERE}.\n',
      'examples/task.yaml': 'key: $Token{GITHUB_TOKN}\n',
    });
  });
  after(() => repo.remove());

  it('a file in a subfolder (what a pre-commit hook passes) is checked against the root manifest', () => {
    const r = runCli(repo.dir, ['check', 'src/deep/hook.js']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const fromInside = runCli(join(repo.dir, 'src', 'deep'), ['check', 'hook.js']);
    assert.equal(fromInside.code, 0, fromInside.stdout + fromInside.stderr);
    // A package's file alone: its package's manifest is found, not only the root's.
    const pkg = JSON.parse(runCli(repo.dir, ['check', 'packages/billing/src/pay.js', '--format', 'json']).stdout) as JsonReport;
    assert.deepEqual(
      pkg.files.flatMap((f) => f.findings.map((x) => `${x.line}:${x.secret ?? ''}`)),
      ['2:GITHUB_TOKEN'],
    );
  });

  it('a nested manifest governs its subtree: only its own secrets are known there', () => {
    const r = runCli(repo.dir, ['check', 'packages', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line}:${x.code}`)),
      ['packages/billing/src/pay.js:2:unknown-secret'],
    );
  });

  it("honours the checked folder's .vscode/settings.json, as the editor opened on it does", () => {
    const r = runCli(repo.dir, ['check', 'examples', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['examples/task.yaml'],
    );
  });
});
