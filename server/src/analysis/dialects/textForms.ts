// Helpers shared by the dialects that are plain text patterns (`$Token{…}`, `{{Secrets.…}}`,
// custom patterns): turning regex matches into references and finding a half-typed name slot.
import type { NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import { scopeAt } from '../scopeContext';
import type { TextSource } from '../text/textSource';
import type { DialectId, Reference, ScopeContext } from '../model/types';
import { DocumentCache } from '../documentCache';

/** A name slot looks back at most this far on the line: forms are short, lines may be megabytes. */
const SLOT_LOOKBACK = 256;

const NAME_CHAR = /[A-Za-z0-9_]/;

export interface TextMatch {
  name: string;
  nameStart: number;
  fullStart: number;
  fullEnd: number;
}

/**
 * No real document holds more references than this in one form; a generated or hostile file that
 * does is checked up to here, so its analysis stays bounded.
 */
export const MAX_REFERENCES_PER_FORM = 10_000;

/**
 * References from text matches. Empty names (`$Token{}`) are not references: they are where a name is
 * about to be typed. The scope context is read from the code around each reference, once per document.
 * Binary files hold no references: a `$Token{` in image bytes is chance, not a use.
 */
export function referencesFrom(doc: ParsedDocument, matches: Iterable<TextMatch>, dialect: DialectId, caseSensitive: boolean): Reference[] {
  const refs: Reference[] = [];
  if (doc.binary) return refs;
  for (const m of matches) {
    if (refs.length >= MAX_REFERENCES_PER_FORM) break;
    if (m.name === '') continue;
    refs.push({
      name: m.name,
      dialect,
      kind: 'use',
      range: { start: m.nameStart, end: m.nameStart + m.name.length },
      fullRange: { start: m.fullStart, end: m.fullEnd },
      caseSensitive,
      context: contextAt(doc, m.fullStart),
    });
  }
  return refs;
}

// One document is analysed by several dialects; scope lookups for the same offset are shared.
const contextCache = new DocumentCache<Map<number, ScopeContext>>();

export function contextAt(doc: ParsedDocument, offset: number): ScopeContext {
  // Only parsed documents have a context; the rest share one empty answer instead of a cache entry each.
  if (doc.kind === 'text' || !doc.scopes || !doc.parseable) return {};
  let cache = contextCache.get(doc);
  if (!cache) contextCache.set(doc, (cache = new Map<number, ScopeContext>()));
  let ctx = cache.get(offset);
  if (!ctx) cache.set(offset, (ctx = scopeAt(doc, offset)));
  return ctx;
}

/** The text before `offset` on its line (at most SLOT_LOOKBACK characters). */
export function lineBefore(text: TextSource, offset: number): string {
  const from = Math.max(0, offset - SLOT_LOOKBACK);
  const chunk = text.slice(from, offset);
  const nl = Math.max(chunk.lastIndexOf('\n'), chunk.lastIndexOf('\r'));
  return nl >= 0 ? chunk.slice(nl + 1) : chunk;
}

/** The end of the identifier characters starting at `offset`. */
export function wordEnd(text: TextSource, offset: number): number {
  const chunk = text.slice(offset, offset + SLOT_LOOKBACK);
  let i = 0;
  while (i < chunk.length && NAME_CHAR.test(chunk[i])) i++;
  return offset + i;
}

/**
 * A name slot when the text before `offset` ends with `opener` + identifier characters.
 * `opener` must end with `$` and capture the typed part of the name in its last group.
 * `closerFor` gets the match and the text after the whole word, and returns the closer to add (if any).
 */
/** What `slotAt` needs of its opener: a RegExp, or a linear-time matcher answering as one. */
export type LineMatcher = Pick<RegExp, 'exec'>;

export function slotAt(
  text: TextSource,
  offset: number,
  opener: LineMatcher,
  closerFor: (m: RegExpExecArray, after: string) => string | undefined,
): NameSlot | undefined {
  const before = lineBefore(text, offset);
  const m = opener.exec(before);
  if (!m) return undefined;
  const prefix = m[m.length - 1] ?? '';
  const start = offset - prefix.length;
  const end = wordEnd(text, offset);
  const rest = text.slice(end, end + SLOT_LOOKBACK);
  const nl = rest.search(/[\r\n]/);
  const after = nl >= 0 ? rest.slice(0, nl) : rest;
  const closer = closerFor(m, after);
  return { replace: { start, end }, prefix, ...(closer ? { closer } : {}) };
}

/** References of a form read from a syntax tree (name and ranges), in the app and environment where each stands. */
export function useReferences(
  doc: ParsedDocument,
  dialect: DialectId,
  found: ReadonlyArray<{ name: string; range: Reference['range']; fullRange: Reference['fullRange'] }>,
): Reference[] {
  return found.map((r) => ({
    name: r.name,
    dialect,
    kind: 'use' as const,
    range: r.range,
    fullRange: r.fullRange,
    caseSensitive: true,
    context: contextAt(doc, r.fullRange.start),
  }));
}
