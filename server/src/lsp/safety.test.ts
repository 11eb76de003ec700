import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { describeError, guard, type Logger } from './safety';

test('parser errors are described without their message, which may quote document text', () => {
  let err: unknown;
  try {
    JSON.parse('{"token": "canary-text-123"');
  } catch (e) {
    err = e;
  }
  const line = describeError(err);
  assert.match(line, /^SyntaxError/);
  assert.ok(!line.includes('canary-text-123'));
});

test('programming errors keep their message, which names code, not text', () => {
  const line = describeError(new TypeError("Cannot read properties of undefined (reading 'range')"));
  assert.match(line, /^TypeError: Cannot read properties of undefined \(reading 'range'\)/);
});

test('a guarded handler logs one line naming the request and file, and answers the fallback', async () => {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
  const handler = guard(log, 'hover', null, (_p: { textDocument: { uri: string } }) => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  assert.equal(await handler({ textDocument: { uri: 'file:///w/a.ts' } }), null);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^hover failed for file:\/\/\/w\/a\.ts: RangeError: Maximum call stack size exceeded/);
});
