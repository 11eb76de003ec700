import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { EditHistory } from './editHistory';

const uri = 'file:///w/a.js';
const edit = (start: number, text: string) => ({ start, end: start, text });

test('the edits since the kept version, in order, across several steps', () => {
  const h = new EditHistory<{ version: number; label: string }>();
  h.keep(uri, { version: 1, label: 'parse of v1' });
  h.record(uri, 1, 2, [edit(0, 'a')]);
  h.record(uri, 2, 3, [edit(1, 'b'), edit(2, 'c')]);
  const since = h.since(uri, 3);
  assert.equal(since?.kept.label, 'parse of v1');
  assert.deepEqual(since?.edits, [edit(0, 'a'), edit(1, 'b'), edit(2, 'c')]);
});

test('the kept version itself needs no edits (the store or settings changed, not the text)', () => {
  const h = new EditHistory<{ version: number }>();
  h.keep(uri, { version: 4 });
  assert.deepEqual(h.since(uri, 4)?.edits, []);
});

test('keeping a new version starts counting from it', () => {
  const h = new EditHistory<{ version: number }>();
  h.keep(uri, { version: 1 });
  h.record(uri, 1, 2, [edit(0, 'a')]);
  h.keep(uri, { version: 2 });
  h.record(uri, 2, 3, [edit(5, 'z')]);
  assert.deepEqual(h.since(uri, 3)?.edits, [edit(5, 'z')]);
});

test('no history when a step is missing, the whole text was replaced, or nothing was kept', () => {
  const gap = new EditHistory<{ version: number }>();
  gap.keep(uri, { version: 1 });
  gap.record(uri, 2, 3, [edit(0, 'a')]);
  assert.equal(gap.since(uri, 3), undefined, 'the step from 1 to 2 was never seen');

  const whole = new EditHistory<{ version: number }>();
  whole.keep(uri, { version: 1 });
  whole.record(uri, 1, 2, [edit(0, 'a')]);
  whole.record(uri, 2, 3, undefined);
  assert.equal(whole.since(uri, 3), undefined, 'a full-text change says nothing about where the text moved');

  const none = new EditHistory<{ version: number }>();
  none.record(uri, 1, 2, [edit(0, 'a')]);
  assert.equal(none.since(uri, 2), undefined);
});

test('a long run of edits no one asked about is dropped, not kept without end', () => {
  const h = new EditHistory<{ version: number }>();
  h.keep(uri, { version: 0 });
  for (let v = 0; v < 64; v++) h.record(uri, v, v + 1, [edit(v, 'x')]);
  assert.equal(h.since(uri, 64)?.edits.length, 64);
  h.record(uri, 64, 65, [edit(64, 'x')]);
  assert.equal(h.since(uri, 65), undefined);
});

test('a closed document forgets its kept version; other documents keep theirs', () => {
  const h = new EditHistory<{ version: number }>();
  const other = 'file:///w/b.js';
  h.keep(uri, { version: 1 });
  h.keep(other, { version: 7 });
  h.forget(uri);
  assert.equal(h.since(uri, 1), undefined);
  assert.deepEqual(h.since(other, 7)?.edits, []);
});
