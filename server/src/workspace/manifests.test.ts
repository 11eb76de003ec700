import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { manifestDeclarations } from './manifests';
import { WorkspaceIndex, fileUri } from './workspaceIndex';

const manifest = '{\n  "secrets": {\n    "STRIPE_KEY": {},\n    "DB_URL": { "scope": ["api"] }\n  }\n}\n';

/** Each secret's name in the manifest's text, as the server's manifest parser gives them. */
function entries(text: string, names: string[]) {
  return names.map((name) => {
    const start = text.indexOf(`"${name}"`) + 1;
    return { name, range: { start, end: start + name.length } };
  });
}

test('every secret a manifest lists is a declaration the index answers for, at its name', () => {
  const index = new WorkspaceIndex();
  const uri = fileUri('/w/secretref.json');
  index.referenceHooks.push((u, doc) =>
    u === uri ? manifestDeclarations(doc, { entries: entries(manifest, ['STRIPE_KEY', 'DB_URL']) }) : [],
  );
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
