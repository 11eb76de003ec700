// Analysis after an edit, from the analysis of the version before it. A keystroke in a
// 10,000-line file changes one line, but a full analysis re-reads every reference of the
// file and checks each against the store. Here the forms that never span lines are read
// again on the touched lines only, and the per-reference diagnostics of every other line
// are carried over, shifted. Everything else (forms read from a syntax tree, rules over
// the whole file) runs as in a full analysis. The answer is the full analysis's, exactly:
// a randomized test compares the two (incremental.test.ts).
import { enabledDialects, finishAnalysis, foundDiagnostics, type AnalysisResult } from './analyze';
import type { ParsedDocument } from './document';
import { RULES } from './rules';
import type { TextChange } from './text/textChange';
import type { StoreSnapshot } from './model/store';
import { MAX_REFERENCES_PER_FORM } from './dialects/textForms';
import type { AnalysisDiagnostic, AnalysisSettings, OffsetRange, Reference } from './model/types';
import { OldToNew, touchedLines } from './text/touchedLines';

/** The analysed version an edit started from. */
export interface PriorAnalysis {
  doc: ParsedDocument;
  result: AnalysisResult;
  /** When it was analysed: expiry diagnostics depend on the date. */
  now: Date;
  /** The edits from that version to this one, each in the offsets of the text before it. */
  edits: readonly TextChange[];
}

/** Past this, carrying diagnostics over risks an expiry answer from another day or minute. */
const MAX_AGE_MS = 60_000;

/**
 * The analysis of `doc` carried from `prior`, or undefined when this edit needs a full
 * analysis (the scope of unchanged code may have moved, the store's date changed, ...).
 */
export function analyzeAfterEdits(
  doc: ParsedDocument,
  prior: PriorAnalysis,
  store: StoreSnapshot,
  settings: AnalysisSettings,
  now: Date,
): AnalysisResult | undefined {
  if (prior.edits.length === 0 || prior.doc.kind !== doc.kind || doc.binary || prior.doc.binary) return undefined;
  // Markdown is analysed as prose plus a document per code fence (see `markdown.ts`): an edit may open or close a fence.
  if (doc.kind === 'markdown') return undefined;
  if (now.getTime() - prior.now.getTime() > MAX_AGE_MS || now.toISOString().slice(0, 10) !== prior.now.toISOString().slice(0, 10))
    return undefined;
  if (!scopesCarried(doc, prior.doc)) return undefined;
  const regions = touchedLines(doc, prior.edits);
  if (!regions) return undefined;
  const where = new OldToNew(regions);

  const dialects = enabledDialects(settings);
  const lineLocal = new Set(dialects.filter((d) => d.findInLines !== undefined).map((d) => d.id));
  const carried: Reference[] = [];
  /** The ranges (start → end, in the previous text) of the references carried over. */
  const carriedRanges = new Map<number, number>();
  for (const r of prior.result.references) {
    if (!lineLocal.has(r.dialect)) continue;
    const shift = where.shiftOf(r.fullRange);
    if (shift === undefined) continue;
    carried.push(shift === 0 ? r : { ...r, range: moved(r.range, shift), fullRange: moved(r.fullRange, shift) });
    carriedRanges.set(r.range.start, r.range.end);
  }
  // A form capped at its maximum count would be capped differently line by line.
  if (carried.length >= MAX_REFERENCES_PER_FORM / 2) return undefined;

  const fresh: Reference[] = [];
  const all: Reference[] = [...carried];
  for (const d of dialects) {
    if (d.findInLines) {
      for (const g of regions)
        for (const r of d.findInLines(doc, g.start, g.end)) {
          fresh.push(r);
          all.push(r);
        }
    } else if (d.mayContain(doc)) {
      for (const r of d.find(doc, settings)) {
        fresh.push(r);
        all.push(r);
      }
    }
  }
  const order = new Map(dialects.map((d, i) => [d.id, i]));
  // As findReferences orders them: by position, then by dialect.
  all.sort((a, b) => a.range.start - b.range.start || order.get(a.dialect)! - order.get(b.dialect)!);

  const diagnostics: AnalysisDiagnostic[] = [];
  // Carried as the rules found them: a suppression edited away brings its findings back.
  const priorFound = foundDiagnostics(prior.result);
  const full = { doc, references: all, store, settings, now };
  const onlyFresh = { doc, references: fresh, store, settings, now };
  for (const rule of RULES) {
    const byLine = rule.checkLines && rule.lineLocal?.(doc) && rule.lineLocal(prior.doc);
    if (!rule.perReference && !byLine) {
      for (const d of rule.check(full)) diagnostics.push(d);
      continue;
    }
    // Carried: the rule's diagnostics of references (or, line by line, of lines) not touched.
    const codes = new Set<string>(rule.codes);
    const mine: AnalysisDiagnostic[] = [];
    for (const d of priorFound) {
      if (!codes.has(d.code) || (rule.perReference && carriedRanges.get(d.range.start) !== d.range.end)) continue;
      const shift = where.shiftOf(d.range);
      if (shift === undefined) continue;
      mine.push(shift === 0 ? d : { ...d, range: moved(d.range, shift) });
    }
    if (rule.perReference) for (const d of rule.check(onlyFresh)) mine.push(d);
    else for (const g of regions) for (const d of rule.checkLines!(full, g.start, g.end)) mine.push(d);
    mine.sort((a, b) => a.range.start - b.range.start);
    for (const d of mine) diagnostics.push(d);
  }
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return finishAnalysis(doc, all, diagnostics, store);
}

/** Whether every reference outside the edits runs in the same app and environment as before. */
function scopesCarried(doc: ParsedDocument, before: ParsedDocument): boolean {
  if (doc.kind === 'text' || (!doc.scopes && !before.scopes)) return true;
  if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return false;
  if (!doc.parseable && !before.parseable) return true;
  // The scope index was shifted across the edits, not read from a new syntax tree.
  return doc.parseable && before.parseable && doc.scopesCarriedFrom(before);
}

function moved(r: OffsetRange, by: number): OffsetRange {
  return { start: r.start + by, end: r.end + by };
}
