// The shape of a diagnostic rule. One rule per file in `rules/`, registered in `rules/index.ts`.
import type { ParsedDocument } from '../document';
import type { StoreSnapshot } from '../model/store';
import type { AnalysisDiagnostic, AnalysisSettings, DiagnosticCode, Reference } from '../model/types';

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
  /**
   * Each diagnostic is about one reference, at its range, and depends on nothing but that
   * reference, the store, the settings and the date: after an edit, the diagnostics of the
   * references the edit did not touch are carried over (see `incremental.ts`).
   */
  perReference?: boolean;
  check(ctx: RuleContext): AnalysisDiagnostic[];
  /**
   * For rules whose findings in `doc` each lie on one line: then, after an edit, the findings
   * outside the touched lines are carried over and `checkLines` reads the touched ones.
   */
  lineLocal?(doc: ParsedDocument): boolean;
  /** The diagnostics `check` would give in [start, end), a run of whole lines. */
  checkLines?(ctx: RuleContext, start: number, end: number): AnalysisDiagnostic[];
}
