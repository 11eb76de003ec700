import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { widenToLineStart } from './jsonRanking';

test('a name slot in a JSON string widens to the line start, and the edit still writes the same line', () => {
  const line = '    "api_key": "$Token{ST';
  const slot = line.indexOf('ST');
  const edit = widenToLineStart(line, { start: slot, end: line.length, newText: 'STRIPE_KEY}', filterText: 'STRIPE_KEY' });
  assert.equal(edit.start, 4);
  // What the editor filters with (the typed text from the start) is a prefix of the filter text…
  assert.ok(edit.filterText.startsWith(line.slice(edit.start)), edit.filterText);
  // …longer than the JSON value's `"$Token{ST`, so the secret name ranks first.
  assert.ok(line.slice(edit.start).length > '"$Token{ST'.length);
  // Applying the edit gives the line with the full reference.
  assert.equal(line.slice(0, edit.start) + edit.newText + line.slice(edit.end), '    "api_key": "$Token{STRIPE_KEY}');
});

test('an edit already at the line start is left as it is', () => {
  const edit = { start: 2, end: 4, newText: 'AB', filterText: 'AB' };
  assert.deepEqual(widenToLineStart('  AB', edit), edit);
});
