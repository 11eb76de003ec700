// Which reference sits under the cursor, and which references name the same secret.
import type { OffsetRange } from '../model/types';

/** The reference whose name or whole form contains `offset` (the end is inclusive: a cursor right after the name counts). */
export function referenceAt<R extends { range: OffsetRange; fullRange?: OffsetRange }>(refs: readonly R[], offset: number): R | undefined {
  return (
    refs.find((r) => r.range.start <= offset && offset <= r.range.end) ??
    refs.find((r) => r.fullRange !== undefined && r.fullRange.start <= offset && offset < r.fullRange.end)
  );
}

/** Whether a reference written as `ref.name` names the secret `name`: case-insensitive forms match any case. */
export function refersTo(ref: { name: string; caseSensitive: boolean }, name: string): boolean {
  return ref.caseSensitive ? ref.name === name : ref.name.toLowerCase() === name.toLowerCase();
}

/**
 * The secret a reference resolves to, given the names the store and the workspace know:
 * the name as written, or for a case-insensitive form the known spelling that matches.
 */
export function canonicalName(ref: { name: string; caseSensitive: boolean }, known: (name: string) => string | undefined): string {
  if (ref.caseSensitive) return ref.name;
  return known(ref.name) ?? ref.name;
}
