import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { StoreSnapshot } from '../analysis/model/store';
import { definitionsOf, referencesOf, renameChanges, secretAt, type QuerySources } from './queries';
import { WorkspaceIndex, fileUri } from './workspaceIndex';

const integration = (name: string) => `module.exports = {
  metadata: { name: '${name}', requiredSecrets: ['STRIPE_KEY'] },
  run: async function (context, secrets) { return secrets.STRIPE_KEY; },
};
`;

function sources(index: WorkspaceIndex, secrets: string[]): QuerySources {
  // No document is open: every answer comes from the index.
  return { index, store: new StoreSnapshot(secrets.map((name) => ({ name }))), openDocument: () => undefined };
}

test("a use goes to its own integration's declaration, not another integration's", () => {
  const index = new WorkspaceIndex();
  const a = fileUri('/w/a.js'),
    b = fileUri('/w/b.js');
  index.setText(a, integration('a'));
  index.setText(b, integration('b'));
  const src = sources(index, ['STRIPE_KEY']);
  const at = secretAt(src, a, { line: 2, character: 60 });
  assert.ok(at, 'the use of secrets.STRIPE_KEY');
  assert.equal(at.ref.kind, 'use');
  assert.equal(at.name, 'STRIPE_KEY');
  const defs = definitionsOf(src, at);
  assert.deepEqual(
    defs.map((d) => [d.uri, d.range.start.line]),
    [[a, 1]],
  );
  assert.equal(secretAt(src, a, { line: 0, character: 3 }), undefined, 'no reference there');
});

test('references and rename follow the store spelling of a case-insensitive form', () => {
  const index = new WorkspaceIndex();
  const y = fileUri('/w/c.yaml');
  // The template form is case-insensitive: with STRIPE_KEY stored, `stripe_key` in it is STRIPE_KEY, not the token's `stripe_key`.
  index.setText(y, 'a: $Token{STRIPE_KEY}\nb: "{{ secrets.stripe_key }}"\nc: $Token{stripe_key}\n');
  const src = sources(index, ['STRIPE_KEY']);
  assert.deepEqual(
    referencesOf(src, 'STRIPE_KEY')
      .map((r) => r.range.start.line)
      .sort(),
    [0, 1],
  );
  const changes = renameChanges(src, 'STRIPE_KEY', 'STRIPE_SECRET');
  assert.deepEqual(
    changes[y].map((e) => [e.range.start.line, e.newText]),
    [
      [0, 'STRIPE_SECRET'],
      [1, 'STRIPE_SECRET'],
    ],
  );
});
