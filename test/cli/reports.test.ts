// The machine-readable reports: JSON for scripts, and SARIF 2.1.0 as GitHub code
// scanning takes it, validated against the official schema (shipped by @microsoft/jest-sarif).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { ensureBuilt, makeRepo, manifest, runCli, ROOT, type Repo } from './cliHarness';

before(ensureBuilt);

let repo: Repo;
before(() => {
  repo = makeRepo({
    'secretref.json': manifest({ apps: ['payments', 'web'], secrets: { STRIPE_KEY: { scope: ['payments'] }, MAIL_KEY: {} } }),
    'config/web app.json': JSON.stringify({ app: 'web', auth: { key: '$Token{STRIPE_KEY}' } }, null, 2),
    'config/typo.yaml': 'mail:\n  key: "$Token{MAIL_KY}"\n  again: "$Token{MAIL_KY}"\n',
    'config/fine.yaml': 'mail: "$Token{MAIL_KEY}"\n',
  });
});
after(() => repo.remove());

/** The official schema is draft-04 (`id`, draft-04 meta): the keywords it uses mean the same in ajv's draft-07. */
function sarifValidator() {
  const schemaPath = join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only unicode mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

interface SarifShape {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        rules: Array<{
          id: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
          defaultConfiguration: { level: string };
        }>;
      };
    };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 with one rule per diagnostic code and repo-relative locations', () => {
    const r = runCli(repo.dir, ['check', '--format', 'sarif']);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as SarifShape;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'secretref');
    const ruleIds = run.tool.driver.rules.map((x) => x.id);
    for (const code of ['unknown-secret', 'out-of-scope', 'logged-secret', 'hardcoded-secret', 'undeclared-secret'])
      assert.ok(ruleIds.includes(code), code);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }

    assert.equal(run.results.length, 3);
    const scope = run.results.find((x) => x.ruleId === 'out-of-scope')!;
    assert.equal(scope.level, 'error');
    assert.equal(scope.message.text, "Secret 'STRIPE_KEY' is not accessible by app 'web'");
    const loc = scope.locations[0].physicalLocation;
    // A space in the path is percent-encoded; the path is relative to the repository root.
    assert.deepEqual(loc.artifactLocation, { uri: 'config/web%20app.json', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(loc.region, { startLine: 4, startColumn: 20, endLine: 4, endColumn: 30 });
    assert.equal(run.tool.driver.rules[scope.ruleIndex].id, 'out-of-scope');

    // Two identical findings in one file keep distinct fingerprints (code scanning would merge them otherwise).
    const typos = run.results.filter((x) => x.ruleId === 'unknown-secret');
    assert.equal(typos.length, 2);
    assert.notEqual(Object.values(typos[0].partialFingerprints)[0], Object.values(typos[1].partialFingerprints)[0]);
    assert.deepEqual(
      typos.map((t) => t.locations[0].physicalLocation.region.startLine),
      [2, 3],
    );
  });

  it('a clean run is still a valid log, with no results, and exits 0', () => {
    const r = runCli(repo.dir, ['check', 'config/fine.yaml', '--format', 'sarif']);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout) as SarifShape;
    assert.ok(sarifValidator()(log));
    assert.deepEqual(log.runs[0].results, []);
  });
});

describe('--format json', () => {
  it('lists findings per file with 1-based positions and the summary', () => {
    const r = runCli(repo.dir, ['check', '--format', 'json']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as {
      version: number;
      summary: { files: number; filesWithFindings: number; errors: number; warnings: number };
      files: Array<{
        path: string;
        findings: Array<{ code: string; severity: string; line: number; column: number; secret?: string; message: string }>;
      }>;
    };
    assert.equal(report.version, 1);
    assert.deepEqual(report.summary, { files: 4, filesWithFindings: 2, errors: 3, warnings: 0, notes: 0, suppressed: 0 });
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['config/typo.yaml', 'config/web app.json'],
    );
    const first = report.files[0].findings[0];
    assert.deepEqual(
      { code: first.code, severity: first.severity, line: first.line, column: first.column },
      { code: 'unknown-secret', severity: 'error', line: 2, column: 16 },
    );
    assert.match(first.message, /Secret 'MAIL_KY' not found \(did you mean 'MAIL_KEY'\?\)/);
  });
});
