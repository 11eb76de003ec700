import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { readBaseline } from './baseline';

test('a --baseline file that is not JSON is told by line and column, never by the text it holds', () => {
  // The wrong file given as the baseline, a .env: JSON.parse's message would quote the start of it.
  const value = `SRCANARY${randomBytes(12).toString('hex')}`;
  const r = readBaseline(`API_KEY=${value}\n`);
  assert.ok('error' in r);
  assert.equal(r.error, 'it is not JSON (unexpected character at line 1, column 1)');
  const nested = readBaseline(`{ "version": 1, "findings": [ ${value} ] }`);
  assert.ok('error' in nested && !nested.error.includes(value.slice(0, 3)), JSON.stringify(nested).replace(value, '<value>'));
  assert.match(nested.error, /^it is not JSON \(.* at line 1, column 31\)$/);
});
