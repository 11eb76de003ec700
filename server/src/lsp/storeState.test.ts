import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { sanitizeSecretList, StoreState } from './storeState';
import { readManifest, manifestEntries } from './manifest';

test('only contract fields survive: a value sent by mistake is dropped', () => {
  const canary = 'canary-' + Math.random().toString(36).slice(2);
  const [s] = sanitizeSecretList([
    { name: 'K', value: canary, values: { prd: canary }, scope: ['a', 3], hasValue: true, metadata: { owner: 'x', n: 1 } },
    { nope: 1 },
    'str',
  ]);
  assert.ok(!JSON.stringify(s).includes(canary));
  assert.deepEqual(s.scope, ['a']);
  assert.deepEqual(s.metadata, { owner: 'x' });
  assert.equal(s.hasValue, true);
});

test('the snapshot merges env names, manifests and client secrets; a client secret overrides the manifest entry', () => {
  const store = new StoreState(readManifest, [{ name: 'FROM_ENV', level: 'env', hasValue: true }]);
  store.setManifest(
    'file:///w/secretref.json',
    JSON.stringify({ apps: ['web'], secrets: { SHARED: { description: 'from manifest' }, ONLY_MANIFEST: {} } }),
  );
  store.setClientSecrets([{ name: 'SHARED', level: 'workspace', hasValue: true }]);
  const snap = store.snapshot();
  assert.deepEqual(
    snap
      .all()
      .map((s) => s.name)
      .sort(),
    ['FROM_ENV', 'ONLY_MANIFEST', 'SHARED'],
  );
  assert.equal(snap.get('SHARED')?.level, 'workspace');
  assert.equal(snap.get('SHARED')?.description, 'from manifest');
  assert.equal(snap.get('ONLY_MANIFEST')?.level, 'manifest');
  assert.deepEqual(snap.apps, ['web']);
  assert.ok(store.deleteManifest('file:///w/secretref.json'));
  assert.equal(store.snapshot().get('ONLY_MANIFEST'), undefined);
});

test('manifest entries give the range of each name without its quotes', () => {
  const text = '{\n  "secrets": {\n    "A_KEY": {},\n    "B": { "description": "x" }\n  }\n}';
  const entries = manifestEntries(text);
  assert.deepEqual(
    entries.map((e) => [e.name, text.slice(e.range.start, e.range.end)]),
    [
      ['A_KEY', 'A_KEY'],
      ['B', 'B'],
    ],
  );
  assert.deepEqual(manifestEntries('{ "secrets": ['), []);
  assert.deepEqual(manifestEntries('['.repeat(100_000)), []);
});
