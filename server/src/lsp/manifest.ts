// Reads a workspace `secretref.json` for the server: the pure `parseManifest` gives the
// secrets, apps, environments and problems; this adds where each name is written, for
// definition, rename and CodeLens.
import * as jsonc from 'jsonc-parser';
import { parseManifest } from '../analysis/model/manifest';
import type { ManifestFile } from './storeState';

/** The range of each key under `secrets`, without its quotes (what rename replaces). */
export function manifestEntries(text: string): ManifestFile['entries'] {
  let tree: jsonc.Node | undefined;
  try {
    tree = jsonc.parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return []; // nested too deeply: parseManifest reports it
  }
  const secrets = tree && jsonc.findNodeAtLocation(tree, ['secrets']);
  const entries: ManifestFile['entries'] = [];
  for (const prop of secrets?.type === 'object' ? (secrets.children ?? []) : []) {
    const key = prop.children?.[0];
    if (key?.type !== 'string') continue;
    entries.push({ name: key.value as string, range: { start: key.offset + 1, end: key.offset + key.length - 1 } });
  }
  return entries;
}

export function readManifest(uri: string, text: string): ManifestFile {
  return { uri, ...parseManifest(text), entries: manifestEntries(text) };
}
