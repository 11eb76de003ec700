import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkRename, checkRenameable, renameEdits } from './rename';
import { StoreSnapshot } from '../model/store';

const store = new StoreSnapshot([{ name: 'STRIPE_KEY' }, { name: 'GITHUB_TOKEN' }]);

test('a valid new name is accepted, including a change of case only', () => {
  assert.deepEqual(checkRename('STRIPE_KEY', 'STRIPE_SECRET', store), { ok: true });
  assert.deepEqual(checkRename('STRIPE_KEY', 'Stripe_Key', store), { ok: true });
});

test('invalid, unchanged and existing names are refused with a message naming them', () => {
  const invalid = checkRename('STRIPE_KEY', '9lives', store);
  assert.equal(invalid.ok, false);
  assert.match(!invalid.ok ? invalid.message : '', /'9lives' is not a valid secret name/);
  const same = checkRename('STRIPE_KEY', 'STRIPE_KEY', store);
  assert.match(!same.ok ? same.message : '', /already the name/);
  const taken = checkRename('STRIPE_KEY', 'GITHUB_TOKEN', store);
  assert.match(!taken.ok ? taken.message : '', /A secret named 'GITHUB_TOKEN' already exists/);
  const inWorkspace = checkRename('STRIPE_KEY', 'ONLY_IN_CODE', store, ['ONLY_IN_CODE']);
  assert.match(!inWorkspace.ok ? inWorkspace.message : '', /'ONLY_IN_CODE' is already referenced/);
});

test('a reference whose name is invalid cannot be renamed', () => {
  assert.equal(checkRenameable('has space').ok, false);
  assert.equal(checkRenameable('OK_NAME').ok, true);
});

test('edits replace each range with the new name', () => {
  assert.deepEqual(
    renameEdits(
      [
        { start: 1, end: 4 },
        { start: 9, end: 12 },
      ],
      'NEW',
    ),
    [
      { range: { start: 1, end: 4 }, newText: 'NEW' },
      { range: { start: 9, end: 12 }, newText: 'NEW' },
    ],
  );
});
