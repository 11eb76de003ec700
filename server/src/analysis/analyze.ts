// The entry point of the analysis: a document and a snapshot in, references and diagnostics out.
import { ParsedDocument, type DocumentInput } from './document';
import { DIALECTS } from './dialects';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import type { StoreSnapshot } from './model/store';
import {
  DEFAULT_SETTINGS,
  type AnalysisDiagnostic,
  type DiagnosticCode,
  type AnalysisSettings,
  type OffsetRange,
  type Reference,
} from './model/types';
import { dialectEnabled, type Dialect } from './dialects/dialect';
import { customDialects } from './dialects/custom';
import { markdownParts } from './markdown';
import { applySuppressions, UNUSED_SUPPRESSION } from './suppressions/suppressions';

export interface AnalysisResult {
  references: Reference[];
  /** What is reported: the rules' findings that no inline suppression silences, and hints about suppressions. */
  diagnostics: AnalysisDiagnostic[];
  /** The findings inline suppressions silenced (absent: none). */
  suppressed?: AnalysisDiagnostic[];
  /** Every finding of the rules, before suppressions and the value filter, when the filter dropped some: what an edit carries over. */
  found?: AnalysisDiagnostic[];
}

/** Every code a finding may have: what a suppression may name. */
export const KNOWN_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  ...RULES.flatMap((r) => r.codes),
  'manifest-error',
  UNUSED_SUPPRESSION,
]);

/** A finding that only says a declared secret lacks a value: unknowable without a client store. */
export function onlyAboutValue(d: AnalysisDiagnostic): boolean {
  return d.code === 'no-value' || (d.code === 'missing-required' && d.data?.exists === true);
}

/**
 * The rules' findings as every consumer gets them: inline suppressions applied, and nothing
 * about values when the store cannot know them. The one step after the rules, shared by the
 * full and the incremental analysis.
 */
export function finishAnalysis(
  doc: ParsedDocument,
  references: Reference[],
  found: AnalysisDiagnostic[],
  store: StoreSnapshot,
): AnalysisResult {
  // Suppressions first: a `no-value` suppression written in VS Code is not "unused" in the CLI.
  const s = applySuppressions(doc, found, KNOWN_CODES);
  const diagnostics = store.valuesKnown ? s.diagnostics : s.diagnostics.filter((d) => !onlyAboutValue(d));
  const suppressed = store.valuesKnown ? s.suppressed : s.suppressed.filter((d) => !onlyAboutValue(d));
  // `found` only when the value filter dropped something: otherwise it is what foundDiagnostics rebuilds.
  const dropped = diagnostics.length !== s.diagnostics.length || suppressed.length !== s.suppressed.length;
  return { references, diagnostics, ...(suppressed.length > 0 ? { suppressed } : {}), ...(dropped ? { found } : {}) };
}

/** The rules' findings of a result, before suppressions (what an incremental analysis carries over). */
export function foundDiagnostics(result: AnalysisResult): AnalysisDiagnostic[] {
  if (result.found) return result.found;
  const found = result.diagnostics.filter((d) => d.code !== UNUSED_SUPPRESSION);
  if (!result.suppressed) return found;
  return [...found, ...result.suppressed].sort((a, b) => a.range.start - b.range.start);
}

/** The built-in dialects and the custom ones the settings define, on or off. */
export function allDialects(settings: AnalysisSettings): Dialect[] {
  return [...DIALECTS, ...customDialects(settings)];
}

export function enabledDialects(settings: AnalysisSettings): Dialect[] {
  return allDialects(settings).filter((d) => dialectEnabled(settings, d));
}

/**
 * The rules for Markdown prose and untagged fences: all but the credential rules, whose
 * assignment heuristics read code (`refreshToken: response.refreshToken` in prose is not one).
 * Fences with a language tag get every rule, as a file of that language (Python's: all but those).
 */
const PROSE_RULES: Rule[] = RULES.filter((r) => !r.codes.includes('hardcoded-secret'));

/** Every reference in the document, from every enabled dialect, in document order. */
export function findReferences(doc: ParsedDocument, settings: AnalysisSettings = DEFAULT_SETTINGS): Reference[] {
  if (doc.kind === 'markdown') {
    const { prose, fences } = markdownParts(doc);
    const refs = findReferences(prose, settings);
    for (const f of fences) for (const r of findReferences(f.doc, settings)) refs.push(shiftReference(r, f.base));
    refs.sort((a, b) => a.range.start - b.range.start);
    return refs;
  }
  const refs: Reference[] = [];
  for (const d of enabledDialects(settings)) {
    if (!d.mayContain(doc)) continue;
    // Not push(...list): spreading hundreds of thousands of references overflows the stack.
    for (const r of d.find(doc, settings)) refs.push(r);
  }
  refs.sort((a, b) => a.range.start - b.range.start);
  return refs;
}

export function analyzeDocument(
  input: DocumentInput | ParsedDocument,
  store: StoreSnapshot,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  now: Date = new Date(),
): AnalysisResult {
  const doc = input instanceof ParsedDocument ? input : new ParsedDocument(input, settings.maxParseBytes);
  const { references, found } =
    doc.kind === 'markdown' ? findInMarkdown(doc, store, settings, now) : findWith(doc, RULES, store, settings, now);
  // Suppressions are read once over the whole document: in Markdown a `<!-- -->` comment above a fence governs it.
  return finishAnalysis(doc, references, found, store);
}

interface Found {
  references: Reference[];
  found: AnalysisDiagnostic[];
}

function findWith(doc: ParsedDocument, rules: readonly Rule[], store: StoreSnapshot, settings: AnalysisSettings, now: Date): Found {
  const references = findReferences(doc, settings);
  const found: AnalysisDiagnostic[] = [];
  const ctx = { doc, references, store, settings, now };
  for (const rule of rules) for (const d of rule.check(ctx)) found.push(d);
  found.sort((a, b) => a.range.start - b.range.start);
  return { references, found };
}

/** Prose with the text forms and the reference rules; each tagged fence as a document of its language. */
function findInMarkdown(doc: ParsedDocument, store: StoreSnapshot, settings: AnalysisSettings, now: Date): Found {
  const { prose, fences } = markdownParts(doc);
  const { references, found } = findWith(prose, PROSE_RULES, store, settings, now);
  for (const f of fences) {
    const inner = findWith(f.doc, f.credentials ? RULES : PROSE_RULES, store, settings, now);
    for (const r of inner.references) references.push(shiftReference(r, f.base));
    for (const d of inner.found) found.push(shiftDiagnostic(d, f.base));
  }
  references.sort((a, b) => a.range.start - b.range.start);
  found.sort((a, b) => a.range.start - b.range.start);
  return { references, found };
}

const shifted = (r: OffsetRange, by: number): OffsetRange => ({ start: r.start + by, end: r.end + by });

function shiftReference(r: Reference, by: number): Reference {
  return { ...r, range: shifted(r.range, by), fullRange: shifted(r.fullRange, by) };
}

/** The diagnostic at its place in the Markdown document (or back in its fence: `by` < 0), with the edits its quick fix carries. */
export function shiftDiagnostic(d: AnalysisDiagnostic, by: number): AnalysisDiagnostic {
  const edits = d.data?.redactEdits;
  const data = Array.isArray(edits)
    ? {
        ...d.data,
        redactEdits: (edits as Array<{ range: OffsetRange; newText: string }>).map((e) => ({ ...e, range: shifted(e.range, by) })),
      }
    : d.data;
  return { ...d, range: shifted(d.range, by), ...(data ? { data } : {}) };
}
