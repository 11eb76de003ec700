import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { highlightsAt } from './highlights';

// `$Token{API_KEY} {{secrets.api_key}} $Token{api_key} requiredSecrets: ['API_KEY']`
const refs = [
  { name: 'API_KEY', caseSensitive: true, kind: 'use' as const, range: { start: 7, end: 14 } },
  { name: 'api_key', caseSensitive: false, kind: 'use' as const, range: { start: 26, end: 33 } },
  { name: 'api_key', caseSensitive: true, kind: 'use' as const, range: { start: 44, end: 51 } },
  { name: 'API_KEY', caseSensitive: true, kind: 'declaration' as const, range: { start: 73, end: 80 } },
];

test("highlights every reference to the secret under the cursor, respecting each form's case rule", () => {
  const hl = highlightsAt(refs, 10);
  assert.deepEqual(
    hl.map((h) => [h.range.start, h.kind]),
    [
      [7, 'read'],
      [26, 'read'],
      [73, 'write'],
    ],
  );
});

test('from a case-insensitive form, the store spelling decides which case-sensitive forms match', () => {
  const hl = highlightsAt(refs, 30, (n) => (n.toLowerCase() === 'api_key' ? 'API_KEY' : undefined));
  assert.deepEqual(
    hl.map((h) => h.range.start),
    [7, 26, 73],
  );
});

test('no reference under the cursor, no highlights', () => {
  assert.deepEqual(highlightsAt(refs, 20), []);
});
