// What the workspace index learns from a manifest `secretref.json`: each secret it lists is a
// declaration, so find references, rename and go to definition see manifest secrets like any
// other. The session hands the index this for manifest files; the answer is plain data.
import type { ParsedDocument } from '../analysis/document';
import type { IndexedReference } from './workspaceIndex';

/** Manifest entries as declarations in the index, so references, rename and definition see them. */
export function manifestDeclarations(
  doc: Pick<ParsedDocument, 'positionAt' | 'uri'>,
  m: { entries: Array<{ name: string; range: { start: number; end: number } }> },
): IndexedReference[] {
  return m.entries.map((e) => ({
    uri: doc.uri,
    name: e.name,
    dialect: 'manifest',
    kind: 'declaration' as const,
    caseSensitive: true,
    range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) },
    context: {},
  }));
}
