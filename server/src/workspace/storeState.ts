// The server's view of the secret store: the client's secrets (names and metadata),
// the workspace manifests and the INTEGRATION_* names of the server's environment,
// merged into one StoreSnapshot that is rebuilt only when a source changes.
import { StoreSnapshot } from '../analysis/model/store';
import type { SecretInfo } from '../analysis/model/types';
import type { ManifestFile, ManifestParser } from './manifests';

/** Keeps only the fields of the contract: whatever a client sends, no unknown field (a value) is kept. */
export function sanitizeSecretInfo(raw: unknown): SecretInfo | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name === '') return undefined;
  const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const level = r.level === 'user' || r.level === 'workspace' || r.level === 'manifest' || r.level === 'env' ? r.level : undefined;
  let metadata: Record<string, string> | undefined;
  if (typeof r.metadata === 'object' && r.metadata !== null) {
    metadata = {};
    for (const [k, v] of Object.entries(r.metadata)) if (typeof v === 'string') metadata[k] = v;
  }
  return {
    name: r.name,
    description: str(r.description),
    scope: strs(r.scope),
    envs: strs(r.envs),
    expiresAt: str(r.expiresAt),
    metadata,
    level,
    hasValue: typeof r.hasValue === 'boolean' ? r.hasValue : undefined,
    valueEnvs: strs(r.valueEnvs),
    createdAt: str(r.createdAt),
    updatedAt: str(r.updatedAt),
    lastRotatedAt: str(r.lastRotatedAt),
  };
}

export function sanitizeSecretList(raw: unknown): SecretInfo[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(sanitizeSecretInfo).filter((s): s is SecretInfo => s !== undefined);
}

/** The folder a manifest governs, as a uri prefix ending in `/`. */
function manifestFolder(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export class StoreState {
  private clientSecrets: SecretInfo[] = [];
  /** Whether the client keeps a store and said what it holds (VS Code's does; other editors need not). */
  private clientStore = false;
  private readonly manifestFiles = new Map<string, ManifestFile>();
  private cached?: StoreSnapshot;
  /** Per governing manifest uri ('' for none): the snapshot files under it see. */
  private readonly cachedFor = new Map<string, StoreSnapshot>();

  constructor(
    private readonly parseManifest: ManifestParser,
    private readonly envSecrets: SecretInfo[] = [],
  ) {}

  /**
   * The client's secrets, or undefined when the client keeps no store: then no one knows which
   * secrets have values, and nothing is reported about values (the CLI does the same).
   */
  setClientSecrets(secrets: SecretInfo[] | undefined): void {
    this.clientSecrets = secrets ?? [];
    this.clientStore = secrets !== undefined;
    this.invalidate();
  }

  private invalidate(): void {
    this.cached = undefined;
    this.cachedFor.clear();
  }

  /**
   * The manifest that governs a document: the nearest `secretref.json` up from it (nested
   * manifests of a monorepo each govern their subtree), or undefined when none is above it.
   */
  governing(uri: string): ManifestFile | undefined {
    let best: ManifestFile | undefined;
    let bestLength = -1;
    for (const m of this.manifestFiles.values()) {
      const folder = manifestFolder(m.uri);
      if (uri.startsWith(folder) && folder.length > bestLength) {
        best = m;
        bestLength = folder.length;
      }
    }
    return best;
  }

  setManifest(uri: string, text: string): ManifestFile {
    const m = this.parseManifest(uri, text);
    this.manifestFiles.set(uri, m);
    this.invalidate();
    return m;
  }

  deleteManifest(uri: string): boolean {
    const had = this.manifestFiles.delete(uri);
    if (had) this.invalidate();
    return had;
  }

  manifest(uri: string): ManifestFile | undefined {
    return this.manifestFiles.get(uri);
  }

  manifests(): ManifestFile[] {
    return [...this.manifestFiles.values()];
  }

  /**
   * Where the env secrets adapter is in use: each manifest's folder and whether it says
   * `"secretsAdapter": "env"`, for the nearest one up from a document to decide (`envAdapterAt`).
   * Empty when none says it.
   */
  envAdapterScopes(): Array<{ folder: string; env: boolean }> {
    const all = this.manifests();
    if (!all.some((m) => m.secretsAdapter === 'env')) return [];
    return all
      .map((m) => ({ folder: manifestFolder(m.uri), env: m.secretsAdapter === 'env' }))
      .sort((a, b) => a.folder.localeCompare(b.folder));
  }

  /**
   * The store a document is checked against: the client's secrets, the INTEGRATION_* names and
   * the manifest that governs it. Without a uri (workspace-wide answers), every manifest.
   */
  snapshot(uri?: string): StoreSnapshot {
    if (uri === undefined) {
      if (!this.cached) this.cached = this.build(this.manifests());
      return this.cached;
    }
    const m = this.governing(uri);
    const key = m?.uri ?? '';
    let snap = this.cachedFor.get(key);
    if (!snap) this.cachedFor.set(key, (snap = this.build(m ? [m] : [])));
    return snap;
  }

  private build(manifests: ManifestFile[]): StoreSnapshot {
    const secrets = [
      ...this.envSecrets,
      ...manifests.flatMap((m) => m.secrets.map((s) => ({ ...s, level: s.level ?? ('manifest' as const) }))),
      ...this.clientSecrets,
    ];
    const uniq = (xs: string[]) => [...new Set(xs)];
    return new StoreSnapshot(secrets, {
      apps: uniq(manifests.flatMap((m) => m.apps)),
      environments: uniq(manifests.flatMap((m) => m.environments)),
      valuesKnown: this.clientStore,
    });
  }
}
