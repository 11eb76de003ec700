import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as jsoncParser from 'jsonc-parser';
import { updateManifestText } from './manifestUpdate';
import type { StoredSecret } from './types';

function secret(name: string, extra: Partial<StoredSecret> = {}): StoredSecret {
  return { name, level: 'workspace', hasValue: true, hasDefaultValue: true, valueEnvs: [], createdAt: 't', updatedAt: 't', ...extra };
}

test('creates a value-free manifest when there is none', () => {
  const r = updateManifestText(undefined, [secret('STRIPE_KEY', { description: 'Stripe', scope: ['pay'], envs: ['prd'] })]);
  const m: unknown = JSON.parse(r.text);
  assert.deepEqual(m, {
    apps: ['pay'],
    environments: ['prd'],
    secrets: { STRIPE_KEY: { description: 'Stripe', scope: ['pay'], envs: ['prd'] } },
  });
  assert.deepEqual(r.added, ['STRIPE_KEY']);
  assert.ok(!/hasValue|createdAt|level/.test(r.text), 'store bookkeeping stays out of the manifest');
});

test('updates in place: comments, unknown fields, other entries, apps and environments survive', () => {
  const before = `{
  // the team's manifest
  "apps": ["a1"],
  "environments": ["dev", "prd"],
  "x-owner": "platform",
  "secrets": {
    "KEEP": { "description": "not in the store" },
    "K": { "description": "old", "x-ticket": "SEC-1", "envs": ["dev"] }
  }
}
`;
  const r = updateManifestText(before, [secret('K', { description: 'new' }), secret('ADDED', { envs: ['stg'] })]);
  assert.match(r.text, /\/\/ the team's manifest/);
  const m = jsonc(r.text);
  assert.equal(m['x-owner'], 'platform');
  assert.deepEqual(m.secrets.KEEP, { description: 'not in the store' });
  assert.deepEqual(m.secrets.K, { description: 'new', 'x-ticket': 'SEC-1', envs: ['dev'] });
  assert.deepEqual(m.secrets.ADDED, { envs: ['stg'] });
  assert.deepEqual(m.environments, ['dev', 'prd', 'stg']);
  assert.deepEqual(m.apps, ['a1']);
  assert.deepEqual([r.added, r.updated], [['ADDED'], ['K']]);
});

test('refuses a manifest it cannot edit safely, saying what to fix', () => {
  assert.throws(() => updateManifestText('{ "secrets": [] }', [secret('K')]), /not an object keyed by secret name/);
  assert.throws(() => updateManifestText('{ "secrets": ', [secret('K')]), /not a valid JSON object/);
});

function jsonc(text: string) {
  return jsoncParser.parse(text) as { 'x-owner'?: string; apps?: string[]; environments?: string[]; secrets: Record<string, unknown> };
}
