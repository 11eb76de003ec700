// Applies offset edits to a text as an editor does: all at once, in the unedited text's offsets.
import assert from 'node:assert/strict';
import type { TextEdit } from '../../server/src/analysis/model/types';

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].range.end <= sorted[i - 1].range.start, `edits overlap: ${JSON.stringify(sorted)}`);
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}
