// The whole analysis on the platform fixtures, one workspace store for all: each file's diagnostics
// read like what the user sees in the Problems panel (line, code, message).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze';
import { StoreSnapshot } from './model/store';
import { DEFAULT_SETTINGS, type SecretInfo } from './model/types';
import { fixture } from '../../../test/util/fixture';
import { NOW } from '../../../test/util/diagnose';

// The store of Ductape's examples. NOW is 2026-06-15.
const secrets: SecretInfo[] = [
  { name: 'STRIPE_API_KEY', scope: ['stripe_app'], envs: ['prd'], hasValue: true },
  { name: 'STRIPE_KEY', scope: ['payment_app'], hasValue: true },
  { name: 'SENDGRID_API_KEY', scope: ['email_service'], expiresAt: '2026-06-20', hasValue: true },
  { name: 'CUSTOM_API_KEY', hasValue: true },
  { name: 'WEBHOOK_SIGNING_SECRET', expiresAt: '2026-05-01', hasValue: true },
  { name: 'PROD_DATABASE_URL', envs: ['prd'], hasValue: true },
  { name: 'GITHUB_WEBHOOK_SECRET', level: 'manifest' },
];
const store = new StoreSnapshot(secrets);

function problems(name: string): string[] {
  const doc = fixture(name);
  return analyzeDocument(doc, store, DEFAULT_SETTINGS, NOW).diagnostics.map(
    (d) => `${doc.positionAt(d.range.start).line + 1} ${d.code}: ${d.message}`,
  );
}

describe('analysis of the seed fixtures', () => {
  it('TypeScript: apps.add with scope and environments from access_tag and the env slugs', () => {
    assert.deepEqual(problems('ductape-apps.ts'), ["31 expiring-soon: Secret 'SENDGRID_API_KEY' expires in 5 days"]);
  });

  it('JavaScript: actions.run, the scope and environment errors of Ductape, a webhook', () => {
    assert.deepEqual(problems('ductape-actions.js'), [
      "11 expired: Secret 'WEBHOOK_SIGNING_SECRET' has expired",
      "21 out-of-scope: Secret 'STRIPE_KEY' is not accessible by app 'analytics_app'",
      "29 env-unavailable: Secret 'PROD_DATABASE_URL' is not available in environment 'dev'",
      "36 no-value: Secret 'GITHUB_WEBHOOK_SECRET' is declared but has no value here",
    ]);
  });

  it('JSON: the same app definition, with a template reference', () => {
    assert.deepEqual(problems('ductape-app.json'), [
      "12 env-unavailable: Secret 'PROD_DATABASE_URL' is not available in environment 'dev'",
      "15 no-value: Secret 'GITHUB_WEBHOOK_SECRET' is declared but has no value here",
    ]);
  });

  it('YAML: the same app definition; the case-insensitive template still checks scope', () => {
    assert.deepEqual(problems('ductape-app.yaml'), [
      "13 env-unavailable: Secret 'PROD_DATABASE_URL' is not available in environment 'dev'",
      "18 out-of-scope: Secret 'stripe_key' is not accessible by app 'analytics_app'",
    ]);
  });

  it('YAML with every template spelling: unknown names, and nothing for the GitHub expression', () => {
    assert.deepEqual(problems('api-store.yaml'), [
      "5 unknown-secret: Secret 'MySecret' not found",
      "6 unknown-secret: Secret 'mysecret' not found",
      "7 unknown-secret: Secret 'WeatherApiKey' not found",
    ]);
  });

  it('half-typed TypeScript: the complete reference is checked, the unfinished one is not', () => {
    assert.deepEqual(problems('half-typed.ts.txt'), []);
    const refs = analyzeDocument(fixture('half-typed.ts.txt'), store, DEFAULT_SETTINGS, NOW).references;
    assert.deepEqual(
      refs.map((r) => [r.name, r.context.app, r.context.env]),
      [['STRIPE_KEY', 'payment_app', 'prd']],
    );
  });

  it('a file without references: nothing', () => {
    assert.deepEqual(problems('no-references.ts'), []);
  });
});
