// `secretref check --explain CODE`, and the links from findings to the same pages: SARIF's
// helpUri and security-severity per rule (GitHub grades and links alerts with them).
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensureBuilt, makeRepo, runCli } from './cliHarness';

test('--explain prints what a code means, why it matters, how to fix and suppress it', () => {
  ensureBuilt();
  const r = runCli(process.cwd(), ['check', '--explain', 'out-of-scope']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# `out-of-scope`: Secret used by an app outside its scope/);
  for (const h of ['## What it means', '## Why it matters', '## How to fix it', '## How to suppress it'])
    assert.ok(r.stdout.includes(h), h);
  assert.match(r.stdout, /secretref-disable-next-line out-of-scope/);
  assert.match(r.stdout, /^Online: https:\/\/github\.com\/secretref\/secretref\/blob\/main\/docs\/rules\/out-of-scope\.md$/m);
});

test('--explain of an unknown code is a usage error that lists the codes', () => {
  const r = runCli(process.cwd(), ['check', '--explain', 'out-of-scop']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--explain 'out-of-scop' is not a diagnostic code\. The codes: unknown-secret, out-of-scope,/);
});

test('SARIF rules carry helpUri and security-severity', () => {
  const repo = makeRepo({ 'config.yaml': 'key: $Token{NOPE}\n' });
  try {
    const r = runCli(repo.dir, ['check', '--format', 'sarif']);
    const rules = (
      JSON.parse(r.stdout) as {
        runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string; properties: Record<string, string> }> } } }>;
      }
    ).runs[0].tool.driver.rules;
    for (const rule of rules) {
      assert.equal(rule.helpUri, `https://github.com/secretref/secretref/blob/main/docs/rules/${rule.id}.md`);
      const s = Number(rule.properties['security-severity']);
      assert.ok(s > 0 && s <= 10, `${rule.id}: ${rule.properties['security-severity']}`);
    }
    assert.ok(
      Number(rules.find((x) => x.id === 'hardcoded-secret')!.properties['security-severity']) >= 7,
      'a hardcoded credential grades high',
    );
  } finally {
    repo.remove();
  }
});
