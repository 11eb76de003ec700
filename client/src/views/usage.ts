// How often each stored secret is referenced in the workspace, asked of the language server's
// workspace index: `workspace/symbol` lists every name the index knows (uses and declarations),
// then `textDocument/references` without declarations counts the uses of each stored name.
// A name the index does not know at all is unused. Pure: the caller passes the request function.

export type SendRequest = <R>(method: string, params: unknown) => Promise<R>;

interface LspLocation {
  uri: string;
  range: { start: { line: number; character: number } };
}

interface LspSymbol {
  name: string;
  location: LspLocation | { uri: string };
}

/** name → number of use references; names missing from the result could not be counted. */
export async function countReferences(send: SendRequest, names: readonly string[]): Promise<Map<string, number>> {
  const symbols = (await send<LspSymbol[] | null>('workspace/symbol', { query: '' })) ?? [];
  const byName = new Map<string, LspSymbol>();
  for (const s of symbols) byName.set(s.name, s);
  const byLower = new Map<string, LspSymbol>();
  for (const s of symbols) if (!byLower.has(s.name.toLowerCase())) byLower.set(s.name.toLowerCase(), s);
  const counts = new Map<string, number>();
  for (const name of names) {
    const sym = byName.get(name) ?? byLower.get(name.toLowerCase());
    if (!sym) {
      counts.set(name, 0);
      continue;
    }
    if (!('range' in sym.location)) continue;
    const refs = await send<unknown[] | null>('textDocument/references', {
      textDocument: { uri: sym.location.uri },
      position: sym.location.range.start,
      context: { includeDeclaration: false },
    });
    counts.set(name, refs?.length ?? 0);
  }
  return counts;
}
