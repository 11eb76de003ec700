// Document highlights: every reference in the document to the secret under the cursor.
import { referenceAt, refersTo, canonicalName } from './references';
import type { OffsetRange } from '../model/types';

export interface HighlightRef {
  name: string;
  caseSensitive: boolean;
  kind: 'use' | 'declaration';
  range: OffsetRange;
  /** The whole form, so a cursor on `{{ secrets.` highlights too. */
  fullRange?: OffsetRange;
}

export interface Highlight {
  range: OffsetRange;
  /** 'write' marks declarations (requiredSecrets, manifest entries), 'read' marks uses. */
  kind: 'read' | 'write';
}

/** `known` maps a name to the spelling the store uses, so `{{secrets.api_key}}` highlights with `$Token{API_KEY}`. */
export function highlightsAt(
  refs: readonly HighlightRef[],
  offset: number,
  known: (name: string) => string | undefined = () => undefined,
): Highlight[] {
  const at = referenceAt(refs, offset);
  if (!at) return [];
  const name = canonicalName(at, known);
  return refs
    .filter((r) => refersTo(r, name))
    .map((r) => ({ range: r.range, kind: r.kind === 'declaration' ? ('write' as const) : ('read' as const) }));
}
