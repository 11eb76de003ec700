import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { StoreSnapshot } from '../analysis/model/store';
import { DEFAULT_SETTINGS } from '../analysis/model/types';
import { checkWorkspaceRename, definitionsOf, referencesOf, renameChanges, secretAt, secretHover, type QuerySources } from './queries';
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

test("a hover shows the secret the reference resolves to in its file's store, and where the reference runs", () => {
  const index = new WorkspaceIndex();
  const y = fileUri('/w/c.yaml');
  index.setText(y, 'b: "{{ secrets.stripe_key }}"\n');
  index.setText(fileUri('/w/a.js'), integration('a'));
  const src = sources(index, ['STRIPE_KEY']);
  const at = secretAt(src, y, { line: 0, character: 18 });
  assert.ok(at, 'the template reference');
  // The file's store (its governing manifest) has the secret, scoped to another app than the settings' default.
  const store = new StoreSnapshot([{ name: 'STRIPE_KEY', description: 'Live Stripe key', scope: ['billing'] }]);
  const hover = secretHover(index, store, at, { settings: { ...DEFAULT_SETTINGS, app: 'web' }, now: new Date(), commands: false });
  assert.match(hover, /^\*\*STRIPE\\_KEY\*\* — secret/);
  assert.match(hover, /Live Stripe key/);
  assert.match(hover, /Not accessible by app `web`/);
  assert.match(hover, /Used in 2 files/);
  const unknown = secretHover(index, new StoreSnapshot([]), at, { settings: DEFAULT_SETTINGS, now: new Date(), commands: false });
  assert.match(unknown, /unknown secret/);
});

test('a rename is refused onto a name another secret of the store or the workspace has', () => {
  const index = new WorkspaceIndex();
  const y = fileUri('/w/c.yaml');
  index.setText(y, 'a: $Token{STRIPE_KEY}\nb: $Token{OTHER_KEY}\n');
  const src = sources(index, ['STRIPE_KEY', 'STORED_ONLY']);
  const at = secretAt(src, y, { line: 0, character: 12 });
  assert.ok(at);
  assert.deepEqual(checkWorkspaceRename(src, at, 'STRIPE_SECRET'), { ok: true });
  assert.equal(checkWorkspaceRename(src, at, 'OTHER_KEY').ok, false, 'a name the workspace uses');
  assert.equal(checkWorkspaceRename(src, at, 'STORED_ONLY').ok, false, 'a name the store has');
  assert.equal(checkWorkspaceRename(src, at, '1BAD').ok, false, 'not a valid name');
});
