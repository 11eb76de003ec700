// Where a text changed, in whole lines: the edits between two versions of a document, as
// runs of lines of the new text, and where text outside them was in the old one. Used to
// carry results from one version to the next (analysis, text tests) instead of re-reading.
import type { TextChange } from './textChange';
import type { TextSource } from './textSource';
import type { OffsetRange } from '../model/types';

/** A run of whole lines of the new text that holds changes; `delta` is its change in length. */
export interface Region {
  start: number;
  end: number;
  delta: number;
}

/**
 * The runs of whole lines of the new text that hold every change, in order: outside them the
 * text is the same as before, shifted by the deltas of the runs before.
 */
export function touchedLines(doc: TextSource, edits: readonly TextChange[]): Region[] | undefined {
  // Changed spans in the offsets of the text as it is after each edit, kept apart while they are.
  let spans: Region[] = [];
  for (const e of edits) {
    const delta = e.text.length - (e.end - e.start);
    let start = e.start,
      end = e.end,
      sum = delta;
    const next: Region[] = [];
    for (const g of spans) {
      if (g.end < e.start) next.push(g);
      else if (g.start > e.end) next.push({ start: g.start + delta, end: g.end + delta, delta: g.delta });
      else {
        // Touches the edit: one span with it (the unchanged text between counts on both sides).
        start = Math.min(start, g.start);
        end = Math.max(end, g.end);
        sum += g.delta;
      }
    }
    next.push({ start, end: end + delta, delta: sum });
    spans = next.sort((a, b) => a.start - b.start);
  }
  if (spans.length === 0 || spans[spans.length - 1].end > doc.length) return undefined;
  // Out to the line breaks around them (a form never spans one), merging runs that meet.
  const out: Region[] = [];
  for (const g of spans) {
    const start = lineStartAt(doc, g.start);
    const end = lineEndAt(doc, g.end);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.delta += g.delta;
    } else out.push({ start, end, delta: g.delta });
  }
  return out;
}

/** Where text of the previous version is now, for text outside the touched lines. */
export class OldToNew {
  /** Per region: its start and end in the previous text, and the shift of text after it. */
  private readonly oldStart: number[] = [];
  private readonly oldEnd: number[] = [];
  private readonly shiftAfter: number[] = [];

  constructor(regions: Region[]) {
    let shift = 0;
    for (const g of regions) {
      this.oldStart.push(g.start - shift);
      this.oldEnd.push(g.end - shift - g.delta);
      shift += g.delta;
      this.shiftAfter.push(shift);
    }
  }

  /** How far `r` moved, or undefined when it lies in (or across) touched lines. */
  shiftOf(r: OffsetRange): number | undefined {
    // The last region starting at or before r.start, and the one after it.
    let lo = 0,
      hi = this.oldStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.oldStart[mid] <= r.start) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i >= 0 && r.start < this.oldEnd[i]) return undefined;
    if (i + 1 < this.oldStart.length && r.end > this.oldStart[i + 1]) return undefined;
    return i >= 0 ? this.shiftAfter[i] : 0;
  }
}

const LOOK = 4096;

export function lineStartAt(doc: TextSource, offset: number): number {
  for (let to = offset; to > 0; to -= LOOK) {
    const from = Math.max(0, to - LOOK);
    const chunk = doc.slice(from, to);
    const nl = Math.max(chunk.lastIndexOf('\n'), chunk.lastIndexOf('\r'));
    if (nl >= 0) return from + nl + 1;
  }
  return 0;
}

export function lineEndAt(doc: TextSource, offset: number): number {
  for (let from = offset; from < doc.length; from += LOOK) {
    const chunk = doc.slice(from, from + LOOK);
    const nl = chunk.search(/[\r\n]/);
    if (nl >= 0) return from + nl;
  }
  return doc.length;
}
