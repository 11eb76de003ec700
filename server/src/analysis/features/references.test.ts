import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { canonicalName, referenceAt, refersTo } from './references';

test('the reference at a cursor includes the position right after the name, and the whole form', () => {
  const refs = [{ range: { start: 7, end: 14 }, fullRange: { start: 0, end: 15 } }];
  assert.equal(referenceAt(refs, 7), refs[0]);
  assert.equal(referenceAt(refs, 14), refs[0]);
  assert.equal(referenceAt(refs, 2), refs[0], 'on `$Token{`');
  assert.equal(referenceAt(refs, 15), undefined);
});

test('case rules: a case-insensitive form names any case, a case-sensitive one only its own', () => {
  assert.ok(refersTo({ name: 'api_key', caseSensitive: false }, 'API_KEY'));
  assert.ok(!refersTo({ name: 'api_key', caseSensitive: true }, 'API_KEY'));
  assert.equal(
    canonicalName({ name: 'api_key', caseSensitive: false }, () => 'API_KEY'),
    'API_KEY',
  );
  assert.equal(
    canonicalName({ name: 'api_key', caseSensitive: true }, () => 'API_KEY'),
    'api_key',
  );
  assert.equal(
    canonicalName({ name: 'new_one', caseSensitive: false }, () => undefined),
    'new_one',
  );
});
