// A document open in the editor, as the server keeps it between keystrokes. It behaves as
// vscode-languageserver-textdocument's TextDocument (the same offsets, line handling and
// incremental updates), but applies edits as a view over the previous text instead of
// building a new string per keystroke: see `TextSource`. The whole text is built when an
// analysis asks for it, once per analysed version.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { charAt, editedSource, stringSource, type TextSource } from '../analysis/text/textSource';

export class OpenDocument implements TextDocument {
  private text: TextSource;
  private lineOffsets?: number[];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.text = stringSource(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): OpenDocument {
    return new OpenDocument(uri, languageId, version, content);
  }

  /** The current text, for reading in parts (see `TextSource`). */
  get source(): TextSource {
    return this.text;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  getText(range?: Range): string {
    if (range) return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    return this.text.full();
  }

  /** Applies one change; `version` is the document's version after all changes of the notification. */
  update(change: TextDocumentContentChangeEvent, version: number): void {
    this.version = version;
    if (!('range' in change)) {
      this.text = stringSource(change.text);
      this.lineOffsets = undefined;
      return;
    }
    // A stale client may send a range past the last line: clamp it to the text first, so the
    // line numbers below index the line offsets that exist.
    const range = this.clamped(wellFormed(change.range));
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    this.text = editedSource(this.text, { start: startOffset, end: endOffset, text: change.text });
    const insertedEnd = startOffset + change.text.length;
    // A CRLF pair across an edit boundary is not in the inserted text's line offsets.
    if (
      (charAt(this.text, startOffset - 1) === '\r' && charAt(this.text, startOffset) === '\n') ||
      (charAt(this.text, insertedEnd - 1) === '\r' && charAt(this.text, insertedEnd) === '\n')
    ) {
      this.lineOffsets = undefined;
      return;
    }
    const offsets = this.lineOffsets;
    if (!offsets) return;
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineOffsetsOf(change.text, false, startOffset);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) offsets[i + startLine + 1] = added[i];
    } else {
      this.lineOffsets = offsets.slice(0, startLine + 1).concat(added, offsets.slice(endLine + 1));
    }
    const diff = change.text.length - (endOffset - startOffset);
    if (diff !== 0) {
      const o = this.lineOffsets!;
      for (let i = startLine + 1 + added.length; i < o.length; i++) o[i] += diff;
    }
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.offsets();
    let low = 0,
      high = offsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(offset, offsets[line]) - offsets[line] };
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = offsets[line];
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return this.text.slice(this.beforeEol(next, offsets[line]), next);
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.text.length;
    return this.beforeEol(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  /** The same place in the text, with the line and character of a position that exists. */
  private clamped(range: Range): Range {
    return { start: this.positionAt(this.offsetAt(range.start)), end: this.positionAt(this.offsetAt(range.end)) };
  }

  /** Never between the characters of a line break, nor after them. */
  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(charAt(this.text, offset - 1))) offset--;
    return offset;
  }

  private offsets(): number[] {
    if (!this.lineOffsets) this.lineOffsets = lineOffsetsOf(this.text.full(), true, 0);
    return this.lineOffsets;
  }
}

function isEol(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

function lineOffsetsOf(text: string, atLineStart: boolean, textOffset: number): number[] {
  const result = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 || ch === 10) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

/**
 * Why a change cannot be applied, or undefined when it can. Positions past the text are
 * clamped, but one whose line or character is not an integer (`1.5`, `null`) has no place in
 * the text: guessing one would make the server's text differ from the editor's unseen.
 */
export function malformedChange(change: unknown): string | undefined {
  if (typeof change !== 'object' || change === null) return 'the change is not an object';
  const c = change as { text?: unknown; range?: { start?: unknown; end?: unknown } | null };
  if (typeof c.text !== 'string') return 'the change has no text';
  if (!('range' in c) || c.range === undefined) return undefined;
  const r = c.range;
  if (typeof r !== 'object' || r === null) return 'its range is not an object';
  for (const [which, p] of [
    ['start', r.start],
    ['end', r.end],
  ] as const) {
    const pos = p as { line?: unknown; character?: unknown } | null | undefined;
    if (typeof pos !== 'object' || pos === null) return `its range has no ${which} position`;
    if (!Number.isInteger(pos.line)) return `the line of its range's ${which} is ${describe(pos.line)}, not a whole number`;
    if (!Number.isInteger(pos.character)) return `the character of its range's ${which} is ${describe(pos.character)}, not a whole number`;
  }
  return undefined;
}

/** A number or null as sent, anything else by its type (never the text of a string). */
function describe(v: unknown): string {
  return typeof v === 'number' || v === null ? String(v) : typeof v;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
