// The rule metadata (server/src/analysis/rules/ruleInfo.ts) is the one source of the README's
// diagnostics table, the docs/rules pages, SARIF's rules and --explain: these tests keep the
// generated files in step and the analysis's severities equal to the metadata's.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { ParsedDocument } from '../../server/src/analysis/document';
import { RULE_INFO } from '../../server/src/analysis/rules/ruleInfo';
import { StoreSnapshot } from '../../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/model/types';

const root = join(__dirname, '..', '..');

describe('rule metadata', () => {
  it('keeps the README diagnostics table and docs/rules/ in step with it', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'rule-docs.ts'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  });

  it('gives every page the four sections a user looks for', () => {
    for (const code of Object.keys(RULE_INFO)) {
      const page = readFileSync(join(root, 'docs', 'rules', `${code}.md`), 'utf8');
      for (const h of ['## What it means', '## Why it matters', '## How to fix it', '## How to suppress it'])
        assert.ok(page.includes(h), `${code}: ${h}`);
      assert.ok(page.includes(`secretref-disable-next-line ${code}`), code);
    }
  });

  it('is the severity the analysis reports, on every fixture', () => {
    const store = new StoreSnapshot(['CRM_TOKEN', 'GITHUB_TOKEN', 'SLACK_TOKEN', 'API_KEY'].map((name) => ({ name, hasValue: true })));
    const seen = new Set<string>();
    for (const dir of ['quickfix', 'analysis', 'integrations']) {
      for (const f of readdirSync(join(root, 'test', 'fixtures', dir))) {
        if (!/\.(ts|js|json|ya?ml)$/.test(f)) continue;
        const doc = new ParsedDocument({
          uri: `file:///fixtures/${dir}/${f}`,
          text: readFileSync(join(root, 'test', 'fixtures', dir, f), 'utf8'),
        });
        for (const d of analyzeDocument(doc, store, DEFAULT_SETTINGS).diagnostics) {
          seen.add(d.code);
          const info = RULE_INFO[d.code];
          assert.ok([info.severity, info.alsoSeverity?.severity].includes(d.severity), `${d.code} in ${dir}/${f}: ${d.severity}`);
        }
      }
    }
    assert.ok(seen.size >= 6, `the fixtures exercise only ${[...seen].join(', ')}`);
  });
});
