import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envAdapterAt, isManifestUri, parseManifest } from './manifest';

const at = (text: string, d: { range: { start: number; end: number } }) => text.slice(d.range.start, d.range.end);

describe('parseManifest (secretref.json)', () => {
  it('validates with what the shipped schema compiles to (the validator is built from it)', () => {
    const script = join(__dirname, '..', '..', '..', '..', 'scripts', 'build-manifest-validator.mjs');
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('reads the example manifest without errors into manifest-level secrets, apps and environments', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'secretref.json'), 'utf8');
    const m = parseManifest(text);
    assert.deepEqual(m.diagnostics, []);
    assert.deepEqual(m.apps, ['stripe_app', 'email_service', 'analytics_app']);
    assert.deepEqual(m.environments, ['dev', 'stg', 'prd']);
    const stripe = m.secrets.find((s) => s.name === 'STRIPE_API_KEY');
    assert.deepEqual(stripe, {
      name: 'STRIPE_API_KEY',
      level: 'manifest',
      description: 'Stripe secret key for charging cards',
      scope: ['stripe_app'],
      envs: ['stg', 'prd'],
      metadata: { owner: 'payments-team', rotation: '90 days' },
    });
  });

  it('reads "secretsAdapter": "env" and reports any other adapter where it is written', () => {
    assert.equal(parseManifest('{ "secretsAdapter": "env", "secrets": {} }').secretsAdapter, 'env');
    assert.equal(parseManifest('{ "secrets": {} }').secretsAdapter, undefined);
    const text = '{ "secretsAdapter": "vault", "secrets": {} }';
    const m = parseManifest(text);
    assert.equal(m.secretsAdapter, undefined);
    assert.equal(m.diagnostics.length, 1);
    assert.equal(at(text, m.diagnostics[0]), '"vault"');
  });

  it('reports JSON syntax errors where they are, and keeps what it could read', () => {
    const text = '{\n  "secrets": {\n    "A": { "description": "x" }\n    "B": {}\n  }\n}';
    const m = parseManifest(text);
    assert.equal(m.diagnostics.length, 1);
    assert.equal(m.diagnostics[0].code, 'manifest-error');
    assert.equal(m.diagnostics[0].message, 'secretref.json is not valid JSON: a comma is expected');
    assert.equal(at(text, m.diagnostics[0]), '"B"');
    assert.deepEqual(
      m.secrets.map((s) => s.name),
      ['A', 'B'],
    );
  });

  it('reports an invalid secret name on the name', () => {
    const text = '{ "secrets": { "my key": {}, "OK": {} } }';
    const m = parseManifest(text);
    assert.deepEqual(
      m.diagnostics.map((d) => [d.message, at(text, d)]),
      [["'my key' is not a valid secret name: use letters, digits and underscores, starting with a letter or underscore", '"my key"']],
    );
    assert.deepEqual(
      m.secrets.map((s) => s.name),
      ['OK'],
    );
  });

  it('refuses a value in the manifest without repeating it', () => {
    const value = 'fake-' + Date.now();
    const text = `{ "secrets": { "STRIPE_KEY": { "value": "${value}" } } }`;
    const [d] = parseManifest(text).diagnostics;
    assert.equal(
      d.message,
      "secretref.json must never hold a secret value: remove 'value' from 'STRIPE_KEY' and set the value with \"Secrets: Set Value\"",
    );
    assert.equal(at(text, d), '"value"');
    assert.ok(!d.message.includes(value));
  });

  it('reports wrong types, unknown properties, bad dates and duplicates in plain words', () => {
    const text = JSON.stringify(
      {
        apps: ['a', 'a'],
        secrets: { K: { scope: 'a', envs: [1], expiresAt: 'soon', colour: 'red' } },
        extra: true,
      },
      null,
      1,
    );
    const messages = parseManifest(text).diagnostics.map((d) => [d.message, at(text, d)]);
    assert.deepEqual(messages, [
      ["Apps lists 'a' twice", '"a"'],
      ["Scope of 'K' must be an array", '"a"'],
      ["Item 1 of envs of 'K' must be a string", '1'],
      ["expiresAt of 'K' must be an ISO 8601 date such as 2026-12-31 or 2026-12-31T18:00:00Z", '"soon"'],
      ["Unknown property 'colour' in the entry of 'K' (allowed: description, scope, envs, expiresAt, metadata)", '"colour"'],
      ["Unknown property 'extra' in secretref.json (allowed: apps, environments, secrets)", '"extra"'],
    ]);
  });

  it('warns about apps and environments the manifest does not list, and impossible dates', () => {
    const text =
      '{ "apps": ["pay"], "environments": ["prd"], "secrets": { "K": { "scope": ["pay", "pya"], "envs": ["dev"], "expiresAt": "2026-02-30x" } } }';
    const ds = parseManifest(text).diagnostics;
    assert.deepEqual(
      ds.filter((d) => d.severity === 'warning').map((d) => [d.message, at(text, d)]),
      [
        ["App 'pya' in scope of 'K' is not listed in \"apps\" of secretref.json: add it there or fix the spelling", '"pya"'],
        ["Environment 'dev' in envs of 'K' is not listed in \"environments\" of secretref.json: add it there or fix the spelling", '"dev"'],
      ],
    );
  });

  it('reports a duplicated secret once, at the second entry', () => {
    const text = '{ "secrets": { "K": {}, "K": { "description": "again" } } }';
    const m = parseManifest(text);
    assert.deepEqual(
      m.diagnostics.map((d) => [d.message, d.range.start]),
      [["Secret 'K' is listed twice in secretref.json: keep one entry", text.lastIndexOf('"K"')]],
    );
    assert.equal(m.secrets.length, 1);
  });

  it('reports an empty file and survives absurd nesting', () => {
    assert.match(parseManifest('').diagnostics[0].message, /empty/);
    const deep = parseManifest('{"secrets":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}');
    assert.ok(deep.diagnostics.length > 0);
    assert.deepEqual(deep.secrets, []);
  });

  it('recognises manifest files by name', () => {
    assert.equal(isManifestUri('file:///w/secretref.json'), true);
    assert.equal(isManifestUri('file:///w/other.json'), false);
    assert.equal(isManifestUri('file:///w/not-secretref.json'), false);
  });
});

describe('envAdapterAt: the nearest manifest up decides whether INTEGRATION_ variables are secrets everywhere', () => {
  const envAdapterScopes = [
    { folder: 'file:///repo/', env: true },
    { folder: 'file:///repo/packages/web/', env: false },
  ];
  it("follows the manifest of the document's subtree, also for a Markdown fence's document", () => {
    assert.equal(envAdapterAt({ envAdapterScopes }, 'file:///repo/src/a.ts'), true);
    assert.equal(envAdapterAt({ envAdapterScopes }, 'file:///repo/packages/web/src/a.ts'), false);
    assert.equal(envAdapterAt({ envAdapterScopes }, 'file:///repo/packages/webhooks/a.ts'), true);
    assert.equal(envAdapterAt({ envAdapterScopes }, 'file:///repo/docs/a.md#L4.js'), true);
    assert.equal(envAdapterAt({ envAdapterScopes }, 'file:///elsewhere/a.ts'), false);
    assert.equal(envAdapterAt({ envAdapter: true }, 'file:///elsewhere/a.ts'), true);
  });
});
