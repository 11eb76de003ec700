import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildSarif, relativeUri } from './sarif';
import { RULE_HELP } from '../ruleHelp';

describe('SARIF', () => {
  it('relative URIs are percent-encoded per segment, slashes kept', () => {
    assert.equal(relativeUri('config/web app.json'), 'config/web%20app.json');
    assert.equal(relativeUri('a/#b/c?.yaml'), 'a/%23b/c%3F.yaml');
  });

  it('maps severities to SARIF levels and points ruleIndex at the rule', () => {
    const log = buildSarif(
      [
        {
          path: '/repo/a.ts',
          rel: 'a.ts',
          findings: [
            {
              code: 'unused-declaration',
              severity: 'hint',
              message: "Secret 'X' is declared in requiredSecrets but never used",
              line: 1,
              column: 2,
              endLine: 1,
              endColumn: 3,
              secret: 'X',
              fingerprint: 'a1',
            },
            {
              code: 'logged-secret',
              severity: 'warning',
              message: "Secret 'Y' is written to a log by console.log",
              line: 3,
              column: 1,
              endLine: 3,
              endColumn: 9,
              secret: 'Y',
              fingerprint: 'a2',
            },
          ],
          suppressed: [
            {
              code: 'hardcoded-secret',
              severity: 'warning',
              message: 'Hardcoded Stripe credential: store it as a secret',
              line: 5,
              column: 1,
              endLine: 5,
              endColumn: 9,
              fingerprint: 'a3',
            },
          ],
        },
      ],
      '/repo',
      '1.2.3',
    );
    const run = log.runs[0];
    assert.deepEqual(
      run.results.map((r) => r.level),
      ['note', 'warning', 'warning'],
    );
    // A finding silenced in the code is listed as suppressed in source, so code scanning shows it dismissed.
    assert.deepEqual(
      run.results.map((r) => r.suppressions),
      [undefined, undefined, [{ kind: 'inSource' }]],
    );
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.equal(run.tool.driver.rules.length, Object.keys(RULE_HELP).length);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
  });
});
