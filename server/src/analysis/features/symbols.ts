// Workspace symbols: secret names matching what the user typed in "Go to Symbol in Workspace".

/** VS Code's rule: the query's characters appear in order in the name, ignoring case. */
export function matchesSymbolQuery(query: string, name: string): boolean {
  if (query === '') return true;
  const q = query.toLowerCase(),
    n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

export interface SymbolCandidate<L> {
  name: string;
  /** Where the symbol is: its declaration if any, else its first use. */
  location: L;
  /** Shown beside the name, e.g. 'secretref.json' or the integration name. */
  container?: string;
}

/** Distinct names matching the query, exact prefix matches first, then alphabetical. */
/** The default cap is high: the Secrets view lists every name with an empty query to count usage. */
export function workspaceSymbols<L>(query: string, candidates: readonly SymbolCandidate<L>[], max = 10_000): SymbolCandidate<L>[] {
  const seen = new Set<string>();
  const hits: SymbolCandidate<L>[] = [];
  for (const c of candidates) {
    if (seen.has(c.name) || !matchesSymbolQuery(query, c.name)) continue;
    seen.add(c.name);
    hits.push(c);
  }
  const q = query.toLowerCase();
  hits.sort(
    (a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)) || a.name.localeCompare(b.name),
  );
  return hits.slice(0, max);
}
