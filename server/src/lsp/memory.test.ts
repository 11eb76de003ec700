import * as assert from 'node:assert/strict';
import { getHeapSpaceStatistics } from 'node:v8';
import { test } from 'node:test';
import { releaseMemory } from './memory';

const youngSize = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

test('releaseMemory gives back the young generation a burst of work grew', () => {
  // A burst like the first index of a workspace: many short-lived objects, some kept a while.
  let keep: unknown[] = [];
  for (let i = 0; i < 400_000; i++) {
    keep.push({ i, s: `file-${i}` });
    if (keep.length > 50_000) keep = [];
  }
  const grown = youngSize();
  releaseMemory();
  const after = youngSize();
  assert.ok(after < grown, `young generation ${grown} bytes before, ${after} after`);
  assert.ok(keep.length >= 0);
});
