// The entry point of the analysis: a document and a snapshot in, references and diagnostics out.
import { ParsedDocument, type DocumentInput } from './document';
import { DIALECTS } from './dialects';
import { RULES } from './rules';
import type { StoreSnapshot } from './store';
import { DEFAULT_SETTINGS, type AnalysisDiagnostic, type AnalysisSettings, type Reference } from './types';
import type { Dialect } from './dialect';
import { customDialects } from './dialects/custom';

export interface AnalysisResult {
  references: Reference[];
  diagnostics: AnalysisDiagnostic[];
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
  return { references, diagnostics };
}
