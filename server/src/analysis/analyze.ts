// The entry point of the analysis: a document and a snapshot in, references and diagnostics out.
import { ParsedDocument, type DocumentInput } from './document';
import { DIALECTS } from './dialects';
import { RULES } from './rules';
import type { Rule } from './rule';
import type { StoreSnapshot } from './store';
import { DEFAULT_SETTINGS, type AnalysisDiagnostic, type AnalysisSettings, type OffsetRange, type Reference } from './types';
import type { Dialect } from './dialect';
import { customDialects } from './dialects/custom';
import { markdownParts } from './markdown';

export interface AnalysisResult {
  references: Reference[];
  diagnostics: AnalysisDiagnostic[];
}

export function enabledDialects(settings: AnalysisSettings): Dialect[] {
  return [...DIALECTS, ...customDialects(settings)].filter((d) => settings.dialects[d.id] !== false);
}

/**
 * The rules for Markdown prose and untagged fences: all but the credential rules, whose
 * assignment heuristics read code (`refreshToken: response.refreshToken` in prose is not one).
 * Fences with a language tag get every rule, as a file of that language.
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
  if (doc.kind === 'markdown') return analyzeMarkdown(doc, store, settings, now);
  return analyzeWith(doc, RULES, store, settings, now);
}

function analyzeWith(doc: ParsedDocument, rules: readonly Rule[], store: StoreSnapshot, settings: AnalysisSettings, now: Date): AnalysisResult {
  const references = findReferences(doc, settings);
  const diagnostics: AnalysisDiagnostic[] = [];
  const ctx = { doc, references, store, settings, now };
  for (const rule of rules) for (const d of rule.check(ctx)) diagnostics.push(d);
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return { references, diagnostics };
}

/** Prose with the text forms and the reference rules; each tagged fence as a document of its language. */
function analyzeMarkdown(doc: ParsedDocument, store: StoreSnapshot, settings: AnalysisSettings, now: Date): AnalysisResult {
  const { prose, fences } = markdownParts(doc);
  const { references, diagnostics } = analyzeWith(prose, PROSE_RULES, store, settings, now);
  for (const f of fences) {
    const inner = analyzeWith(f.doc, RULES, store, settings, now);
    for (const r of inner.references) references.push(shiftReference(r, f.base));
    for (const d of inner.diagnostics) diagnostics.push(shiftDiagnostic(d, f.base));
  }
  references.sort((a, b) => a.range.start - b.range.start);
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return { references, diagnostics };
}

const shifted = (r: OffsetRange, by: number): OffsetRange => ({ start: r.start + by, end: r.end + by });

function shiftReference(r: Reference, by: number): Reference {
  return { ...r, range: shifted(r.range, by), fullRange: shifted(r.fullRange, by) };
}

/** The diagnostic at its place in the Markdown document, with the edits its quick fix carries. */
function shiftDiagnostic(d: AnalysisDiagnostic, by: number): AnalysisDiagnostic {
  const edits = d.data?.redactEdits;
  const data = Array.isArray(edits)
    ? { ...d.data, redactEdits: (edits as Array<{ range: OffsetRange; newText: string }>).map((e) => ({ ...e, range: shifted(e.range, by) })) }
    : d.data;
  return { ...d, range: shifted(d.range, by), ...(data ? { data } : {}) };
}
