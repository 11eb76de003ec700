import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDotenv } from './dotenv';

test('reads NAME=value lines, quotes, export, comments and multi-line quoted values', () => {
  const text = [
    '# comment',
    'PLAIN=abc',
    'export EXPORTED = "with spaces"',
    "SINGLE='no $expansion # here'",
    'INLINE=value # trailing comment',
    'ESCAPED="a\\nb"',
    'MULTI="line1',
    'line2"',
    'EMPTY=',
    'not a pair',
    'my-key=x',
  ].join('\n');
  const r = parseDotenv(text);
  assert.deepEqual(
    r.entries.map((e) => [e.name, e.value]),
    [
      ['PLAIN', 'abc'],
      ['EXPORTED', 'with spaces'],
      ['SINGLE', 'no $expansion # here'],
      ['INLINE', 'value'],
      ['ESCAPED', 'a\nb'],
      ['MULTI', 'line1\nline2'],
      ['EMPTY', ''],
      ['my-key', 'x'],
    ],
  );
  assert.deepEqual(r.unreadableLines, [10]);
});

test('an unterminated quote is reported by line, not swallowed as a value', () => {
  const r = parseDotenv('A=1\nB="open\nC=3');
  assert.deepEqual(
    r.entries.map((e) => e.name),
    ['A'],
  );
  assert.deepEqual(r.unreadableLines, [2]);
});
