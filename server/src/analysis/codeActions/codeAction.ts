// The shape of a quick-fix provider. One provider per file in `codeActions/`, registered in
// `codeActions/index.ts`; the server asks every provider whose codes match a diagnostic.
import type { ParsedDocument } from '../document';
import type { StoreSnapshot } from '../model/store';
import type { AnalysisDiagnostic, AnalysisSettings, DiagnosticCode, QuickFix, Reference } from '../model/types';

export interface QuickFixContext {
  doc: ParsedDocument;
  /** The diagnostic to fix (its `data` carries names only, e.g. a suggestion). */
  diagnostic: AnalysisDiagnostic;
  /** Every reference in the document. */
  references: Reference[];
  store: StoreSnapshot;
  settings: AnalysisSettings;
  /** The `secretref.json` that governs the document, with its text, when there is one. */
  manifest?: { uri: string; text: string };
  /** False for clients that cannot run `secretref.*` commands: they get edit-only fixes. Absent: they can. */
  clientRunsCommands?: boolean;
}

export interface QuickFixProvider {
  codes: DiagnosticCode[];
  /**
   * Whether `provide` needs `ctx.manifest`, whose text the server reads from disk only when a
   * provider asks: `'always'`, or only for clients that cannot run commands (`'without-commands'`,
   * the edit-only fix offered instead of one that runs a command). Absent: never.
   */
  readsManifest?: 'always' | 'without-commands';
  provide(ctx: QuickFixContext): QuickFix[];
}
