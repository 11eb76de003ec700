// A workspace manifest `secretref.json` as the server holds it: the pure `parseManifest` gives
// the secrets, apps, environments and problems; this adds where each name is written, and what
// the workspace index learns from it: each secret it lists is a declaration, so find
// references, rename and go to definition see manifest secrets like any other.
import * as jsonc from 'jsonc-parser';
import { finishAnalysis, foundDiagnostics, type AnalysisResult } from '../analysis/analyze';
import type { ParsedDocument } from '../analysis/document';
import { parseManifest } from '../analysis/model/manifest';
import type { StoreSnapshot } from '../analysis/model/store';
import type { AnalysisDiagnostic, OffsetRange, SecretInfo } from '../analysis/model/types';
import type { IndexedReference } from './workspaceIndex';

export interface ManifestFile {
  uri: string;
  secrets: SecretInfo[];
  apps: string[];
  environments: string[];
  /** `"secretsAdapter": "env"` (see `Manifest`). */
  secretsAdapter?: 'env';
  /** Each declared secret with the range of its name, for definition, rename and CodeLens. */
  entries: Array<{ name: string; range: OffsetRange }>;
  /** Schema and content errors, shown in the manifest itself. */
  diagnostics: AnalysisDiagnostic[];
}

export type ManifestParser = (uri: string, text: string) => ManifestFile;

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

/** Manifest entries as declarations in the index, so references, rename and definition see them. */
export function manifestDeclarations(
  doc: Pick<ParsedDocument, 'positionAt' | 'uri'>,
  m: Pick<ManifestFile, 'entries'>,
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

/**
 * The analysis of a manifest file with the manifest's own problems (schema, content) among its
 * findings, so that they go through the file's suppressions like the rules' findings do.
 */
export function withManifestProblems(
  doc: ParsedDocument,
  result: AnalysisResult,
  m: Pick<ManifestFile, 'diagnostics'> | undefined,
  store: StoreSnapshot,
): AnalysisResult {
  if (!m || m.diagnostics.length === 0) return result;
  const found = [...foundDiagnostics(result), ...m.diagnostics].sort((a, b) => a.range.start - b.range.start);
  return finishAnalysis(doc, result.references, found, store);
}
