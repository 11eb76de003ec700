// Integration modules in the index: the metadata file beside a module (read before the
// module is analyzed, so its requiredSecrets count), and the summaries the client's
// runner lists (`secretref/integrations`).
import { readFileSafely } from './files';
import { URI } from 'vscode-uri';
import type { ParsedDocument } from '../analysis/document';
import { attachSiblingMetadata, findIntegrations, mayHoldIntegrationCode, siblingMetadataUris } from '../analysis/integrations';

export interface IntegrationEntry {
  /** `metadata.name`, or the file name when the metadata has none. */
  name: string;
  uri: string;
  runLine: number;
  runCharacter: number;
  requiredSecrets: string[];
}

/** Metadata files are small; anything larger is not one. */
const MAX_SIBLING_BYTES = 1_000_000;

/** Reads a sibling from disk; `openText` answers first for files open in the editor. */
export function diskText(
  openText: (uri: string) => string | undefined = () => undefined,
  roots: () => readonly string[] = () => [],
): (uri: string) => string | undefined {
  return (uri) => {
    const open = openText(uri);
    if (open !== undefined) return open;
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return undefined;
    const r = readFileSafely(u.fsPath, { maxBytes: MAX_SIBLING_BYTES, roots: roots() });
    return 'text' in r ? r.text : undefined;
  };
}

/** Attaches the first metadata file beside a JS/TS integration module, if there is one. */
export function attachSibling(doc: ParsedDocument, readText: (uri: string) => string | undefined): void {
  if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return;
  // Looked up only if the module turns out to hold integration code: deciding that reads the
  // whole text, which a keystroke's completion should not have to.
  attachSiblingMetadata(doc, () => {
    for (const uri of siblingMetadataUris(doc.uri)) {
      const text = readText(uri);
      if (text !== undefined) return { uri, text };
    }
    return undefined;
  });
}

export function integrationEntries(doc: ParsedDocument): IntegrationEntry[] {
  if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return [];
  if (!mayHoldIntegrationCode(doc)) return [];
  const out: IntegrationEntry[] = [];
  for (const integ of findIntegrations(doc)) {
    if (!integ.run) continue; // not runnable: nothing for the runner to list
    const pos = doc.positionAt(integ.run.start);
    out.push({
      name: integ.name ?? doc.uri.slice(doc.uri.lastIndexOf('/') + 1),
      uri: doc.uri,
      runLine: pos.line,
      runCharacter: pos.character,
      requiredSecrets: integ.required?.entries.map((e) => e.name) ?? [],
    });
  }
  return out;
}
