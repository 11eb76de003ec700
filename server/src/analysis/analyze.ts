// The entry point of the analysis: a document and a snapshot in, references and diagnostics out.
import { ParsedDocument, type DocumentInput } from './document';
import { DIALECTS } from './dialects';
import { RULES } from './rules';
import type { StoreSnapshot } from './store';
import { DEFAULT_SETTINGS, type AnalysisDiagnostic, type DiagnosticCode, type AnalysisSettings, type Reference } from './types';
import type { Dialect } from './dialect';
import { customDialects } from './dialects/custom';
import { applySuppressions, UNUSED_SUPPRESSION } from './suppressions';

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
export const KNOWN_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([...RULES.flatMap((r) => r.codes), 'manifest-error', UNUSED_SUPPRESSION]);

/** A finding that only says a declared secret lacks a value: unknowable without a client store. */
export function onlyAboutValue(d: AnalysisDiagnostic): boolean {
  return d.code === 'no-value' || (d.code === 'missing-required' && d.data?.exists === true);
}

/**
 * The rules' findings as every consumer gets them: inline suppressions applied, and nothing
 * about values when the store cannot know them. The one step after the rules, shared by the
 * full and the incremental analysis.
 */
export function finishAnalysis(doc: ParsedDocument, references: Reference[], found: AnalysisDiagnostic[], store: StoreSnapshot): AnalysisResult {
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

export function enabledDialects(settings: AnalysisSettings): Dialect[] {
  return [...DIALECTS, ...customDialects(settings)].filter((d) => settings.dialects[d.id] !== false);
}

/** Every reference in the document, from every enabled dialect, in document order. */
export function findReferences(doc: ParsedDocument, settings: AnalysisSettings = DEFAULT_SETTINGS): Reference[] {
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
  const references = findReferences(doc, settings);
  const diagnostics: AnalysisDiagnostic[] = [];
  const ctx = { doc, references, store, settings, now };
  for (const rule of RULES) for (const d of rule.check(ctx)) diagnostics.push(d);
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return finishAnalysis(doc, references, diagnostics, store);
}
