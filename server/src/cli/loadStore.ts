// The store of a CLI run: there is no client secret storage, so the secretref.json
// manifests and the names (never the values) of INTEGRATION_* variables are the store.
// An invalid manifest is a configuration error: the check would be wrong without it.
import * as path from 'node:path';
import { MANIFEST_FILE, parseManifest } from '../analysis/model/manifest';
import { envSecrets } from '../analysis/envSecrets';
import { ParsedDocument } from '../analysis/document';
import { readFileSafely } from '../workspace/files';
import { DEFAULT_MAX_FILE_SIZE } from '../workspace/settings';
import type { AnalysisDiagnostic, SecretInfo } from '../analysis/model/types';
import type { StoreData } from './scan';
import { nearestUp } from '../workspace/nearest';

/** A configuration problem: exit code 2. The message names the file and the fix. */
export class ConfigError extends Error {}

export interface LoadedStore {
  /** One store per manifest, and one (without `dir`) for files no manifest governs. */
  stores: StoreData[];
  /** Absolute paths of the manifests read. */
  manifests: string[];
  /** Each manifest's folder and whether it says `"secretsAdapter": "env"` (empty when none does). */
  envAdapterScopes: Array<{ folder: string; env: boolean }>;
}

/** Reads the manifests (absolute paths) and the environment's INTEGRATION_* names. */
export function loadStore(manifestPaths: string[], root: string, env: NodeJS.ProcessEnv, maxBytes = DEFAULT_MAX_FILE_SIZE): LoadedStore {
  // StoreSnapshot merges by level: a manifest entry adds its description and scope to an env name.
  const fromEnv = envSecrets(env);
  const stores: StoreData[] = [{ secrets: fromEnv, apps: [], environments: [] }];
  const read: string[] = [];
  const scopes: Array<{ folder: string; env: boolean }> = [];
  for (const p of manifestPaths) {
    const file = readFileSafely(p, { maxBytes, roots: [root], limitSetting: 'secretref.maxFileSize' });
    if (!('text' in file)) {
      throw new ConfigError(
        `Cannot read the manifest ${path.relative(root, p) || p}: ${file.skipped}. Make it a readable file of the repository.`,
      );
    }
    const text = file.text;
    const manifest = parseManifest(text);
    const errors = manifest.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new ConfigError(describeManifestErrors(p, root, text, errors));
    // One at a time: a spread of a huge manifest's entries as arguments overflows the stack.
    const secrets: SecretInfo[] = [...fromEnv];
    for (const s of manifest.secrets) secrets.push({ ...s, level: s.level ?? ('manifest' as const) });
    stores.push({ dir: path.dirname(p), secrets, apps: manifest.apps, environments: manifest.environments });
    scopes.push({ folder: path.dirname(p) + path.sep, env: manifest.secretsAdapter === 'env' });
    read.push(p);
  }
  return { stores, manifests: read, envAdapterScopes: scopes.some((s) => s.env) ? scopes : [] };
}

function describeManifestErrors(p: string, root: string, text: string, errors: AnalysisDiagnostic[]): string {
  const rel = path.relative(root, p).split(path.sep).join('/') || MANIFEST_FILE;
  const doc = new ParsedDocument({ uri: p, text });
  const lines = errors.slice(0, 10).map((d) => {
    const pos = doc.positionAt(d.range.start);
    return `  ${rel}:${pos.line + 1}:${pos.character + 1}  ${d.message}`;
  });
  if (errors.length > 10) lines.push(`  ... and ${errors.length - 10} more`);
  return `The manifest ${rel} is invalid, so secrets cannot be checked against it:\n${lines.join('\n')}\nFix these entries (the schema is schemas/secretref.schema.json) and run the check again.`;
}

/** The manifests that govern the files: for each, the nearest `secretref.json` up from it to the root. */
export function findManifests(root: string, files: string[]): string[] {
  const cache = new Map<string, string | null>();
  const out = new Set<string>();
  for (const f of files) {
    const m = nearestUp(path.dirname(f), root, MANIFEST_FILE, cache);
    if (m) out.add(m);
  }
  return [...out].sort();
}
