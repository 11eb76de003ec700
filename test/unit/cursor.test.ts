import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cursor } from '../util/cursor';

describe('cursor', () => {
  it('removes the marker and returns its offset', () => {
    assert.deepEqual(cursor("'$Token{ST|'"), { text: "'$Token{ST'", offset: 10 });
  });
  it('accepts another marker when the document needs a |', () => {
    assert.deepEqual(cursor('key: |\n  {{Secrets.¦}}', '¦'), { text: 'key: |\n  {{Secrets.}}', offset: 19 });
  });
  it('refuses a document without or with two markers', () => {
    assert.throws(() => cursor('no marker'), /no '\|' marker/);
    assert.throws(() => cursor('a | b |'), /more than one/);
  });
});
