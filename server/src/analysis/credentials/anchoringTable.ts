// What `keywordOffsets` reads from each default rule's pattern, computed once when the rules
// change rather than in every process: parsing the patterns with regexpp cost ~40 ms of every
// `secretref check` whose files have long lines (bundles), where the scan asks for most rules'
// offsets. Each entry holds the rule's pattern and keywords as they were when it was computed
// (`of`); the scan uses an entry only while they are the same, and otherwise reads the pattern
// as before, so a stale table costs time, never a finding. `npm run build:anchoring` rewrites it;
// a unit test fails while it is stale.
import type { KeywordOffsets } from './anchoring';

export interface AnchoringEntry {
  /** `anchoringKey(pattern, keywords)` when `offsets` was computed. */
  of: string;
  /** `keywordOffsets(pattern, keywords)`, null for undefined. */
  offsets: KeywordOffsets | null;
}

/** The key an entry is valid for: the pattern's flags and source and the keywords, exactly. */
export function anchoringKey(pattern: RegExp, keywords: readonly string[]): string {
  return `/${pattern.source}/${pattern.flags} ${JSON.stringify(keywords)}`;
}

export { ANCHORING } from './anchoringTable.data';
