// The StoreSnapshot: the only place that knows how secrets are looked up.
// Built from SecretInfo lists (client store, manifest, INTEGRATION_* names);
// answers by exact name and by case-insensitive name, and suggests near names.
import type { SecretInfo, SecretLevel } from './types';

/** Valid secret names are identifiers: a letter or underscore, then letters, digits, underscores (Julep). */
export const SECRET_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isValidSecretName(name: string): boolean {
  return SECRET_NAME_PATTERN.test(name);
}

/** Sources merged lowest first: a later level overrides an earlier one of the same name. */
const LEVEL_RANK: Record<SecretLevel, number> = { env: 0, manifest: 1, user: 2, workspace: 3 };

export interface LookupResult {
  /** The secret with exactly this name, or (case-insensitive lookups) the one matching ignoring case. */
  secret?: SecretInfo;
  /** Case-sensitive lookups: a secret that matches only when case is ignored. */
  caseMismatch?: SecretInfo;
}

export class StoreSnapshot {
  private readonly byName = new Map<string, SecretInfo>();
  private readonly byLower = new Map<string, SecretInfo[]>();
  /** Apps and environments the project knows (manifest), for completion and checks. */
  readonly apps: string[];
  readonly environments: string[];
  /**
   * Whether a client store said which secrets have values. Without one (the CLI, an editor
   * other than VS Code) nothing is reported about values: every declared secret would "lack" one.
   */
  readonly valuesKnown: boolean;

  constructor(secrets: SecretInfo[] = [], options: { apps?: string[]; environments?: string[]; valuesKnown?: boolean } = {}) {
    const sorted = [...secrets].sort((a, b) => LEVEL_RANK[a.level ?? 'user'] - LEVEL_RANK[b.level ?? 'user']);
    for (const s of sorted) {
      const prev = this.byName.get(s.name);
      // A manifest entry says what the project expects; a store entry says what exists here.
      // The merged view keeps the store's metadata but the manifest's description where the store has none.
      this.byName.set(s.name, prev ? { ...prev, ...stripUndefined(s), hasValue: s.hasValue ?? prev.hasValue } : s);
    }
    for (const s of this.byName.values()) {
      const k = s.name.toLowerCase();
      const list = this.byLower.get(k);
      if (list) list.push(s);
      else this.byLower.set(k, [s]);
    }
    this.apps = options.apps ?? [];
    this.environments = options.environments ?? [];
    this.valuesKnown = options.valuesKnown ?? true;
  }

  get size(): number {
    return this.byName.size;
  }

  all(): SecretInfo[] {
    return [...this.byName.values()];
  }

  get(name: string): SecretInfo | undefined {
    return this.byName.get(name);
  }

  lookup(name: string, caseSensitive: boolean): LookupResult {
    const exact = this.byName.get(name);
    if (exact) return { secret: exact };
    const ci = this.byLower.get(name.toLowerCase());
    if (!ci || ci.length === 0) return {};
    return caseSensitive ? { caseMismatch: ci[0] } : { secret: ci[0] };
  }

  /** Names close to `name` (edit distance), best first, for "did you mean". */
  suggest(name: string, max = 1): string[] {
    const lower = name.toLowerCase();
    const limit = Math.max(1, Math.floor(name.length / 3));
    const scored: Array<[number, string]> = [];
    for (const s of this.byName.values()) {
      if (Math.abs(s.name.length - name.length) > limit) continue;
      const d = editDistance(lower, s.name.toLowerCase(), limit);
      if (d <= limit) scored.push([d, s.name]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    return scored.slice(0, max).map((x) => x[1]);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const r: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (r as Record<string, unknown>)[k] = v;
  return r;
}

/** Damerau-Levenshtein (optimal string alignment) with an early exit above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const n = a.length,
    m = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}
