// Text that can be read in parts without building the whole string. An editor's buffer
// changes by a character at a time; building each version of a 500 KB file as a new string
// costs milliseconds (V8 copies it into fresh memory on first use), while completing a name
// needs only the line at the cursor. Analyses that scan the whole file ask for `full()`.
import type { TextChange } from './textChange';

export interface TextSource {
  readonly length: number;
  /** The characters in [start, end), clamped to the text like String.prototype.slice. */
  slice(start: number, end: number): string;
  /** The whole text, built at most once. */
  full(): string;
}

export function stringSource(text: string): TextSource {
  return { length: text.length, slice: (start, end) => text.slice(start, end), full: () => text };
}

const EMPTY = stringSource('');

/** Edits piled on one base before it is rebuilt: each read walks them all. */
export const MAX_EDIT_DEPTH = 64;

/** A text after one edit of `before`, read through without copying `before`. */
class EditedSource implements TextSource {
  readonly length: number;
  readonly depth: number;
  private readonly delta: number;
  private whole?: string;

  /** The text this one was made from, until the whole text is built (then it is not needed). */
  private before: TextSource;

  constructor(
    before: TextSource,
    private readonly edit: TextChange,
  ) {
    this.before = before;
    this.delta = edit.text.length - (edit.end - edit.start);
    this.length = before.length + this.delta;
    this.depth = (before instanceof EditedSource && before.whole === undefined ? before.depth : 0) + 1;
  }

  slice(start: number, end: number): string {
    const s = Math.max(0, Math.min(start < 0 ? this.length + start : start, this.length));
    const e = Math.max(0, Math.min(end < 0 ? this.length + end : end, this.length));
    if (this.whole !== undefined) return this.whole.slice(s, e);
    if (e <= s) return '';
    const { start: at, text } = this.edit;
    const insertedEnd = at + text.length;
    let out = '';
    if (s < at) out += this.before.slice(s, Math.min(e, at));
    if (e > at && s < insertedEnd) out += text.slice(Math.max(s, at) - at, Math.min(e, insertedEnd) - at);
    if (e > insertedEnd) out += this.before.slice(Math.max(s, insertedEnd) - this.delta, e - this.delta);
    return out;
  }

  full(): string {
    if (this.whole === undefined) {
      // Every edit since the last whole text, applied to a list of pieces and joined once: built
      // edit by edit, each intermediate text would be copied in full, as large as the file.
      const edits: TextChange[] = [];
      let node: TextSource = this;
      while (node instanceof EditedSource && node.whole === undefined) {
        edits.push(node.edit);
        node = node.before;
      }
      const base = node.full();
      let pieces: Piece[] = [{ text: base, start: 0, end: base.length }];
      for (let i = edits.length - 1; i >= 0; i--) pieces = applyToPieces(pieces, edits[i]);
      this.whole = pieces.map((p) => (p.start === 0 && p.end === p.text.length ? p.text : p.text.slice(p.start, p.end))).join('');
      this.before = EMPTY;
    }
    return this.whole;
  }

  /** The text to build the next edit on: the whole string once it exists, so chains stay short. */
  get base(): TextSource {
    return this.whole !== undefined ? stringSource(this.whole) : this;
  }
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The pieces of a text after one edit (offsets into the text the pieces make up). */
function applyToPieces(pieces: Piece[], edit: TextChange): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  let inserted = false;
  const insert = () => {
    if (!inserted && edit.text.length > 0) out.push({ text: edit.text, start: 0, end: edit.text.length });
    inserted = true;
  };
  for (const p of pieces) {
    const len = p.end - p.start;
    const from = at,
      to = at + len;
    at = to;
    // The part of this piece before the edit, then (once) the inserted text, then the part after.
    if (from < edit.start) out.push({ text: p.text, start: p.start, end: p.start + Math.min(len, edit.start - from) });
    if (to >= edit.start) insert();
    if (to > edit.end) {
      const skip = Math.max(0, edit.end - from);
      out.push({ text: p.text, start: p.start + skip, end: p.end });
    }
  }
  insert();
  return out;
}

/**
 * `before` with `edit` applied (offsets into `before`). Reads go through to `before` until
 * someone asks for the whole text; a long chain of edits is rebuilt into one string.
 */
export function editedSource(before: TextSource, edit: TextChange): TextSource {
  const base = before instanceof EditedSource ? before.base : before;
  if (base instanceof EditedSource && base.depth >= MAX_EDIT_DEPTH) return editedSource(stringSource(base.full()), edit);
  return new EditedSource(base, edit);
}

/** The character at `offset`, or undefined outside the text (like `text[offset]`). */
export function charAt(source: TextSource, offset: number): string | undefined {
  return offset < 0 || offset >= source.length ? undefined : source.slice(offset, offset + 1);
}

/**
 * `s` in memory of its own. V8 makes a slice of a long string a view into it, so a name sliced
 * from one version of a 500 KB file keeps that whole version alive; results carried from
 * version to version (see `incremental.ts`) must not hold on to every version they passed.
 */
export function ownCopy(s: string): string {
  // Joining makes a two-part string; slicing it copies both parts into one new flat string.
  return (' ' + s).slice(1);
}

/**
 * The prefilters of the analysis ("may this file hold X at all?") ask through this, so a
 * document can answer from the previous version's answers after an edit (see
 * `ParsedDocument.has`) instead of searching its whole text again.
 */
export interface TextProbe {
  /**
   * Whether the text contains the string, or a match of the (non-global) pattern. Patterns may
   * span line breaks only through blanks (`\s*`), as every prefilter does.
   */
  has(pattern: string | RegExp): boolean;
}

export function probeOf(text: string): TextProbe {
  return { has: (p) => (typeof p === 'string' ? text.includes(p) : ((p.lastIndex = 0), p.test(text))) };
}
