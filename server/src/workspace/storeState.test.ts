import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { sanitizeSecretList, StoreState } from './storeState';
import { readManifest } from './manifests';

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

test('a nested manifest governs its subtree: a file sees the nearest one up, a workspace-wide answer sees all', () => {
  const store = new StoreState(readManifest);
  store.setManifest('file:///w/secretref.json', JSON.stringify({ secrets: { ROOT_KEY: {} } }));
  store.setManifest('file:///w/packages/api/secretref.json', JSON.stringify({ secretsAdapter: 'env', secrets: { API_KEY: {} } }));
  const names = (uri?: string) =>
    store
      .snapshot(uri)
      .all()
      .map((s) => s.name)
      .sort();
  assert.deepEqual(names('file:///w/packages/api/src/index.ts'), ['API_KEY']);
  assert.deepEqual(names('file:///w/packages/web/index.ts'), ['ROOT_KEY']);
  // A sibling folder whose name starts like the nested one is not under it.
  assert.deepEqual(names('file:///w/packages/api-client/index.ts'), ['ROOT_KEY']);
  assert.deepEqual(names('file:///elsewhere/index.ts'), []);
  assert.deepEqual(names(), ['API_KEY', 'ROOT_KEY']);
  assert.equal(store.governing('file:///w/packages/api/src/index.ts')?.uri, 'file:///w/packages/api/secretref.json');
  assert.deepEqual(
    store
      .envAdapterScopes()
      .filter((s) => s.env)
      .map((s) => s.folder),
    ['file:///w/packages/api/'],
  );
  assert.ok(store.deleteManifest('file:///w/packages/api/secretref.json'));
  assert.deepEqual(names('file:///w/packages/api/src/index.ts'), ['ROOT_KEY']);
  assert.deepEqual(store.envAdapterScopes(), []);
});
