import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJournal, planRecovery } from './journal';

const has =
  (...names: string[]) =>
  (n: string) =>
    names.includes(n);

test('rename: finished in the index → delete the old values; not yet → delete the partial copy', () => {
  const j = { op: 'rename' as const, from: 'OLD', to: 'NEW', startedAt: 't' };
  assert.deepEqual(planRecovery(j, has('NEW')), { kind: 'finish-rename', deleteValuesOf: 'OLD' });
  assert.deepEqual(planRecovery(j, has('OLD')), { kind: 'undo-rename', deleteValuesOf: 'NEW' });
  assert.deepEqual(planRecovery(j, has()), { kind: 'nothing' });
});

test('rotate: only a fully staged value rolls forward', () => {
  const j = { op: 'rotate' as const, name: 'R', env: 'prd', staged: false, startedAt: 't' };
  assert.deepEqual(planRecovery(j, has('R')), { kind: 'undo-rotate', name: 'R', env: 'prd' });
  assert.deepEqual(planRecovery({ ...j, staged: true }, has('R')), { kind: 'finish-rotate', name: 'R', env: 'prd', rotatedAt: 't' });
  assert.deepEqual(
    planRecovery({ ...j, staged: true }, has()),
    { kind: 'undo-rotate', name: 'R', env: 'prd' },
    'a deleted secret is not resurrected',
  );
});

test('an unreadable journal parses as nothing', () => {
  assert.equal(parseJournal('{'), undefined);
  assert.equal(parseJournal('{"op":"explode"}'), undefined);
  assert.equal(parseJournal(undefined), undefined);
});
