// Input checks shared by the store (which throws) and the input boxes (which show the message as you type).
// Each returns undefined when the input is fine, or a plain-words message saying what to change.
import { isValidSecretName } from '../../../server/src/analysis/model/store';
import { tooShortToRedact } from '../runner/redact';
import { invalidNameMessage } from './errors';

export function checkSecretName(name: string): string | undefined {
  if (name === '') return 'Type a name: letters, digits and underscores, starting with a letter or underscore.';
  return isValidSecretName(name) ? undefined : invalidNameMessage(name);
}

/** App and environment names end up in storage keys and settings: keep them to a safe alphabet. */
const LABEL = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function checkLabel(kind: 'environment' | 'app', value: string): string | undefined {
  if (LABEL.test(value)) return undefined;
  return `${kind === 'app' ? 'App' : 'Environment'} name '${value}' is invalid: use letters, digits, '_', '-' and '.', starting with a letter, digit or underscore.`;
}

/** Parses a comma-separated list of app or environment names; empty means "all". */
export function parseLabelList(kind: 'environment' | 'app', text: string): { values: string[]; error?: string } {
  const values = [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  for (const v of values) {
    const error = checkLabel(kind, v);
    if (error) return { values, error };
  }
  return { values };
}

/** Expiry: a date (YYYY-MM-DD) or an ISO date-time; empty clears it. */
export function checkExpiry(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(t) || Number.isNaN(Date.parse(t))) {
    return `'${t}' is not a date: write it as YYYY-MM-DD (for example 2027-01-31), or leave it empty for no expiry.`;
  }
  const [y, m, d] = t.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return `'${t}' is not a real calendar date: check the month and day.`;
  return undefined;
}

/** Metadata typed as `key=value; key=value`. Keys are identifiers-ish; values are plain text without ';'. */
export function parseMetadata(text: string): { metadata: Record<string, string>; error?: string } {
  const metadata: Record<string, string> = {};
  for (const part of text.split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    if (eq <= 0) return { metadata, error: `'${p}' is not a key=value pair: write metadata as key=value; key=value.` };
    const key = p.slice(0, eq).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(key))
      return { metadata, error: `Metadata key '${key}' is invalid: use letters, digits, '_', '-' and '.'.` };
    metadata[key] = p.slice(eq + 1).trim();
  }
  return { metadata };
}

export function formatMetadata(metadata: Record<string, string> | undefined): string {
  return Object.entries(metadata ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/**
 * Where a secret's description or metadata holds one of its values, in plain words; undefined:
 * nowhere. Those fields are not secret (plain-text storage, the Secrets view, hovers, the
 * language server and its trace), so a value pasted into the wrong box must not be kept there.
 * A value too short to tell from ordinary words (the runner's redaction rule) counts only when
 * it is the whole field.
 */
export function checkNoValueIn(
  name: string,
  fields: { description?: string | null; metadata?: Record<string, string> | null },
  values: readonly string[],
): string | undefined {
  const holds = (text: string) =>
    values.some((v) => v.trim() !== '' && (tooShortToRedact(v.trim()) ? text.trim() === v.trim() : text.includes(v.trim())));
  const inMetadata = Object.entries(fields.metadata ?? {}).find(([k, v]) => holds(k) || holds(v));
  // Named by where it is, never by what it holds: a key that holds the value is not quoted.
  const where =
    fields.description && holds(fields.description)
      ? 'The description'
      : inMetadata && (holds(inMetadata[0]) ? 'A metadata key' : `Metadata '${inMetadata[0]}'`);
  if (!where) return undefined;
  return (
    `${where} of secret '${name}' contains its value. Descriptions and metadata are not secret: they are kept in plain text, ` +
    'shown in the Secrets view and hovers, and sent to the language server. Type the value only where a value is asked for.'
  );
}
