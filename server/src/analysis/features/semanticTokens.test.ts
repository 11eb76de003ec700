import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { encodeSemanticTokens, SEMANTIC_LEGEND } from './semanticTokens';

test('tokens are sorted and relative-encoded, declarations carry the declaration modifier', () => {
  assert.deepEqual(SEMANTIC_LEGEND.tokenTypes, ['variable']);
  const data = encodeSemanticTokens([
    { line: 2, character: 4, length: 3, declaration: true },
    { line: 0, character: 10, length: 5, declaration: false },
    { line: 0, character: 20, length: 5, declaration: false },
  ]);
  assert.deepEqual(data, [0, 10, 5, 0, 1, 0, 10, 5, 0, 1, 2, 4, 3, 0, 3]);
});

test('overlapping and empty tokens are dropped', () => {
  const data = encodeSemanticTokens([
    { line: 1, character: 0, length: 10, declaration: false },
    { line: 1, character: 5, length: 2, declaration: false },
    { line: 3, character: 0, length: 0, declaration: false },
  ]);
  assert.deepEqual(data, [1, 0, 10, 0, 1]);
});
