// The shape of a reference dialect. A dialect is one module in `dialects/`,
// registered once in `dialects/index.ts`; nothing else switches on dialect ids.
import type { ParsedDocument } from './document';
import type { AnalysisSettings, DialectId, OffsetRange, Reference } from './types';
import type { TextProbe } from './textSource';

export interface NameSlot {
  /** The part of the name already typed, replaced by a completion. */
  replace: OffsetRange;
  prefix: string;
  /** Text to append after the name when the form is not closed yet, e.g. `}` for `$Token{`. */
  closer?: string;
}

export interface Dialect {
  id: DialectId;
  /** Shown in settings and Copy Reference. */
  label: string;
  caseSensitive: boolean;
  /** The text of a reference to `name` in this dialect, e.g. `$Token{NAME}`. */
  format(name: string): string;
  /**
   * A cheap test of the text (through `has`, so a document answers from its previous version
   * after an edit); false means `find` cannot find anything and parsing is skipped.
   */
  mayContain(text: TextProbe): boolean;
  /** Every reference and declaration in the document. */
  find(doc: ParsedDocument, settings: AnalysisSettings): Reference[];
  /**
   * For forms that never span lines: the references in [start, end), a run of whole lines.
   * A dialect that has it is re-read only on the lines an edit touched (see `incremental.ts`).
   */
  findInLines?(doc: ParsedDocument, start: number, end: number): Reference[];
  /** When `offset` is where a secret name is being typed in this dialect. */
  nameSlotAt?(doc: ParsedDocument, offset: number): NameSlot | undefined;
}
