// The forms Copy Reference and Insert Reference offer for a secret: every dialect's own
// `forms` (custom dialects included), so the client never re-states how a dialect is written.
import { allDialects } from '../analyze';
import { dialectEnabled } from '../dialects/dialect';
import type { AnalysisSettings, DialectId } from '../model/types';

export interface DialectForms {
  id: DialectId;
  label: string;
  /** False when `secretref.dialects` turns the dialect off: the server finds none of its references. */
  enabled: boolean;
  /** The reference to the secret in each of the dialect's forms, the usual one first. */
  forms: Array<{ text: string; detail: string }>;
}

/**
 * Each dialect that can write a reference, with `name` in each of its forms: those natural in
 * `languageId` first, otherwise in the registry's order (custom dialects last).
 */
export function referenceForms(settings: AnalysisSettings, name: string, languageId?: string): DialectForms[] {
  const out = allDialects(settings)
    .filter((d) => d.forms.length > 0)
    .map((d) => ({
      natural: languageId !== undefined && (d.languages?.includes(languageId) ?? false),
      forms: {
        id: d.id,
        label: d.label,
        enabled: dialectEnabled(settings, d),
        forms: d.forms.map((f) => ({ text: f.format(name), detail: f.detail })),
      },
    }));
  return [...out.filter((d) => d.natural), ...out.filter((d) => !d.natural)].map((d) => d.forms);
}
