// The shape of a diagnostic rule. One rule per file in `rules/`, registered in `rules/index.ts`.
import type { ParsedDocument } from './document';
import type { StoreSnapshot } from './store';
import type { AnalysisDiagnostic, AnalysisSettings, DiagnosticCode, Reference } from './types';

export interface RuleContext {
  doc: ParsedDocument;
  /** Every reference the enabled dialects found in the document. */
  references: Reference[];
  store: StoreSnapshot;
  settings: AnalysisSettings;
  /** Injected so expiry checks are testable. */
  now: Date;
}

export interface Rule {
  id: string;
  codes: DiagnosticCode[];
  check(ctx: RuleContext): AnalysisDiagnostic[];
}
