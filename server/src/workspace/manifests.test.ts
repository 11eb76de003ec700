import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis/analyze';
import { ParsedDocument } from '../analysis/document';
import { StoreSnapshot } from '../analysis/model/store';
import { manifestDeclarations, manifestEntries, readManifest, withManifestProblems } from './manifests';
import { WorkspaceIndex, fileUri } from './workspaceIndex';

const manifest = '{\n  "secrets": {\n    "STRIPE_KEY": {},\n    "DB_URL": { "scope": ["api"] }\n  }\n}\n';

test('every secret a manifest lists is a declaration the index answers for, at its name', () => {
  const index = new WorkspaceIndex();
  const uri = fileUri('/w/secretref.json');
  index.referenceHooks.push((u, doc) => (u === uri ? manifestDeclarations(doc, { entries: manifestEntries(manifest) }) : []));
  index.setText(uri, manifest, 'json');
  const decl = (name: string) => index.declarationsOf(name).map((r) => ({ uri: r.uri, dialect: r.dialect, kind: r.kind, range: r.range }));
  assert.deepEqual(decl('STRIPE_KEY'), [
    { uri, dialect: 'manifest', kind: 'declaration', range: { start: { line: 2, character: 5 }, end: { line: 2, character: 15 } } },
  ]);
  assert.deepEqual(decl('DB_URL'), [
    { uri, dialect: 'manifest', kind: 'declaration', range: { start: { line: 3, character: 5 }, end: { line: 3, character: 11 } } },
  ]);
  // Rename and find references go through the same entries: the manifest's name is one of the places.
  assert.deepEqual(
    index.referencesTo('STRIPE_KEY').map((r) => r.uri),
    [uri],
  );
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

test("a manifest's own problems are among its findings, and its suppression comments silence them", () => {
  const uri = 'file:///w/secretref.json';
  const store = new StoreSnapshot([]);
  const check = (text: string) => {
    const doc = new ParsedDocument({ uri, text });
    const r = withManifestProblems(doc, analyzeDocument(doc, store), readManifest(uri, text), store);
    return { reported: r.diagnostics.map((d) => d.code), suppressed: (r.suppressed ?? []).map((d) => d.code) };
  };
  const bad = '{\n  "secretsAdapter": "vault",\n  "secrets": {}\n}\n';
  assert.deepEqual(check(bad), { reported: ['manifest-error'], suppressed: [] });
  const silenced = bad.replace('  "secretsAdapter"', '  // secretref-disable-next-line manifest-error -- migrating\n  "secretsAdapter"');
  assert.deepEqual(check(silenced), { reported: [], suppressed: ['manifest-error'] });
  assert.deepEqual(check('{ "secrets": {} }'), { reported: [], suppressed: [] });
});
