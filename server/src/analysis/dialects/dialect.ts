// The shape of a reference dialect. A dialect is one module in `dialects/`,
// registered once in `dialects/index.ts`; nothing else switches on dialect ids.
import type { ParsedDocument } from '../document';
import type { AnalysisSettings, DialectId, OffsetRange, Reference } from '../model/types';
import type { TextProbe } from '../text/textSource';

/** Language ids of configuration files and of code, for `Dialect.languages`. */
export const CONFIG_LANGUAGES: readonly string[] = ['json', 'jsonc', 'yaml', 'plaintext'];
export const CODE_LANGUAGES: readonly string[] = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

export interface NameSlot {
  /** The part of the name already typed, replaced by a completion. */
  replace: OffsetRange;
  prefix: string;
  /** Text to append after the name when the form is not closed yet, e.g. `}` for `$Token{`. */
  closer?: string;
}

/** One way of writing a reference in a dialect, as Copy Reference and Insert Reference offer it. */
export interface ReferenceForm {
  /** The text of a reference to `name`, e.g. `$Token{NAME}`. */
  format(name: string): string;
  /** Where the form is written, in a few words ("Ductape-style configs (any file)"). */
  detail: string;
}

export interface Dialect {
  id: DialectId;
  /** Shown in settings and Copy Reference. */
  label: string;
  caseSensitive: boolean;
  /**
   * The ways to write a reference in this dialect, the usual one first (what a command naming
   * the dialect writes). Empty when no literal text can be written (a custom pattern too clever).
   */
  forms: readonly ReferenceForm[];
  /** Language ids where this dialect's forms are the natural ones: Copy Reference lists them first there. */
  languages?: readonly string[];
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
  /**
   * The names the dialect's platform itself accepts, where they go beyond SecretRef's identifiers
   * (Ductape's keys may have hyphens): such a name is reported as one SecretRef cannot check,
   * not as one no platform accepts.
   */
  platformNames?: { platform: string; accepts: RegExp };
  /** When `offset` is where a secret name is being typed in this dialect. */
  nameSlotAt?(doc: ParsedDocument, offset: number): NameSlot | undefined;
}

/** Whether the settings leave `dialect` on (`secretref.dialects`: every dialect is on unless set to false). */
export function dialectEnabled(settings: AnalysisSettings, dialect: Dialect): boolean {
  return settings.dialects[dialect.id] !== false;
}
