// The workspace index: every reference and declaration in every project file, kept
// as a name → locations map so find-references and rename cost the number of hits,
// not the number of files. No connection here: the server, the CLI and the benchmark
// all drive the same class.
import { binaryReason, readFileSafely, type ReadResult } from './files';
import { URI } from 'vscode-uri';
import { ParsedDocument } from '../analysis/document';
import { findReferences } from '../analysis/analyze';
import { integrationEntries, type IntegrationEntry } from './integrations';
import { refersTo } from '../analysis/features/references';
import { DEFAULT_SETTINGS, type AnalysisSettings, type DialectId, type Reference, type ScopeContext } from '../analysis/model/types';

export interface LinePosition {
  line: number;
  character: number;
}

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

/** A reference as the index keeps it: positions instead of offsets, so no text is kept. */
export interface IndexedReference {
  uri: string;
  name: string;
  dialect: DialectId;
  kind: 'use' | 'declaration';
  caseSensitive: boolean;
  /** The name alone (what rename replaces). */
  range: LineRange;
  /** The whole form, e.g. `{{ secrets.NAME }}`, so a cursor anywhere on it finds the secret. */
  fullRange?: LineRange;
  context: ScopeContext;
  integration?: string;
}

export interface BuildOptions {
  /** Reads a file; undefined skips it (unreadable, too large, binary). Default: utf8 from disk. */
  read?: (path: string) => Promise<string | undefined>;
  /** Checked between files; a cancelled build keeps what it indexed so far. */
  isCancelled?: () => boolean;
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Yield to the event loop once this many milliseconds of work have passed, so requests on
   * open documents wait at most about that long. Default 8. (Yielding after every file costs
   * a third of the build time on a busy machine.)
   */
  yieldAfterMs?: number;
}

export interface BuildResult {
  indexed: number;
  skipped: number;
  cancelled: boolean;
}

export { refersTo };

/** The uri of a file path, spelled as VS Code spells it (so index keys equal the client's uris). */
export function fileUri(path: string): string {
  return URI.file(path).toString();
}

export function toIndexed(uri: string, doc: ParsedDocument, ref: Reference): IndexedReference {
  return {
    uri,
    name: ref.name,
    dialect: ref.dialect,
    kind: ref.kind,
    caseSensitive: ref.caseSensitive,
    range: { start: doc.positionAt(ref.range.start), end: doc.positionAt(ref.range.end) },
    fullRange: { start: doc.positionAt(ref.fullRange.start), end: doc.positionAt(ref.fullRange.end) },
    context: ref.context,
    integration: ref.integration,
  };
}

/**
 * A reference as the index stores it: one flat object with the two ranges as numbers (an
 * IndexedReference is seven objects: itself, two ranges, four positions) and the name and
 * context shared with the other references that have them. `fileReferences` and
 * `referencesTo` hand out IndexedReference copies.
 */
class StoredReference {
  constructor(
    readonly name: string,
    readonly dialect: DialectId,
    readonly kind: 'use' | 'declaration',
    readonly caseSensitive: boolean,
    readonly context: ScopeContext,
    readonly integration: string | undefined,
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
    /** The full range; -1 when the reference has none (a manifest entry). */
    readonly fullStartLine: number,
    readonly fullStartCharacter: number,
    readonly fullEndLine: number,
    readonly fullEndCharacter: number,
  ) {}

  expand(uri: string): IndexedReference {
    const out: IndexedReference = {
      uri,
      name: this.name,
      dialect: this.dialect,
      kind: this.kind,
      caseSensitive: this.caseSensitive,
      range: {
        start: { line: this.startLine, character: this.startCharacter },
        end: { line: this.endLine, character: this.endCharacter },
      },
      // A copy: the stored context is shared by many references.
      context: { ...this.context },
    };
    if (this.fullStartLine >= 0)
      out.fullRange = {
        start: { line: this.fullStartLine, character: this.fullStartCharacter },
        end: { line: this.fullEndLine, character: this.fullEndCharacter },
      };
    if (this.integration !== undefined) out.integration = this.integration;
    return out;
  }
}

/**
 * A copy of `s` that does not hold on to the text it was cut from. V8 keeps a substring of 13 or
 * more characters as a view into the whole string (a sliced string): each reference's name kept
 * its file's whole text alive, 8 MB of the texts of a 4,000-file monorepo after indexing.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

const each = (refs: StoredReference | StoredReference[]): readonly StoredReference[] => (Array.isArray(refs) ? refs : [refs]);

/** Keeps one copy of each string or context the index stores, detached from the text it came from. */
class Shared {
  private readonly strings = new Map<string, string>();
  private readonly contexts = new Map<string, ScopeContext>();

  string(s: string): string {
    let own = this.strings.get(s);
    if (own === undefined) this.strings.set((own = detached(s)), own);
    return own;
  }

  context(c: ScopeContext): ScopeContext {
    const key = `${c.app ?? ''}\0${c.appSource ?? ''}\0${c.env ?? ''}\0${c.envSource ?? ''}`;
    let own = this.contexts.get(key);
    if (own === undefined) {
      own = {};
      if (c.app !== undefined) own.app = this.string(c.app);
      if (c.appSource !== undefined) own.appSource = c.appSource;
      if (c.env !== undefined) own.env = this.string(c.env);
      if (c.envSource !== undefined) own.envSource = c.envSource;
      this.contexts.set(key, own);
    }
    return own;
  }

  /** Forgets what it keeps when it holds far more than `live` entries (names typed and deleted in an open file, files gone). */
  trim(live: number): void {
    if (this.strings.size + this.contexts.size > 4 * live + 1000) this.clear();
  }

  clear(): void {
    this.strings.clear();
    this.contexts.clear();
  }
}

/** Files read ahead of the one being analysed while the index builds. */
const READ_AHEAD = 16;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  /** uri → the file's references, in document order. */
  private readonly files = new Map<string, StoredReference[]>();
  /**
   * lower-cased name → uri → the references in that file with that name (any case): the one
   * reference itself when there is one (most are), else an array of exactly their number.
   */
  private readonly byName = new Map<string, Map<string, StoredReference | StoredReference[]>>();
  private readonly shared = new Shared();
  /** uri → the runnable integrations the file defines. */
  private readonly integrationsByUri = new Map<string, IntegrationEntry[]>();
  /** Bumped on every change, so callers can cache derived answers. */
  private _generation = 0;
  /**
   * Open documents analysed since the last question to the index. An editor re-analyses the
   * file on every keystroke; converting thousands of references for an index nobody reads in
   * between would cost more than the analysis itself. The next reader brings them in.
   */
  private readonly pending = new Map<string, { doc: ParsedDocument; references: Reference[] }>();

  /**
   * Extra references for a file beyond what the dialects find, e.g. the entries of a
   * `secretref.json` manifest as declarations. Each hook sees every indexed file.
   */
  readonly referenceHooks: Array<(uri: string, doc: ParsedDocument) => IndexedReference[]> = [];
  /** Run on each document before it is analyzed, e.g. to attach an integration's metadata file. */
  readonly prepareHooks: Array<(doc: ParsedDocument) => void> = [];

  constructor(public settings: AnalysisSettings = DEFAULT_SETTINGS) {}

  get generation(): number {
    this.flush();
    return this._generation;
  }

  get fileCount(): number {
    this.flush();
    return this.files.size;
  }

  has(uri: string): boolean {
    return this.pending.has(uri) || this.files.has(uri);
  }

  /** Like `indexDocument`, done when the index is next read (an open document, re-analysed per keystroke). */
  indexDocumentLater(doc: ParsedDocument, references: Reference[]): void {
    this.pending.set(doc.uri, { doc, references });
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const { doc, references } of all) this.indexDocument(doc, references);
  }

  /** Analyzes `text` and replaces what the index knows about `uri`. Returns the references found. */
  setText(uri: string, text: string, languageId?: string): IndexedReference[] {
    this.pending.delete(uri);
    // A file on disk is indexed for names and places only: which app and environment each
    // reference runs in matters once the file is open (and analysed again), not before.
    const doc = new ParsedDocument({ uri, text, languageId, scopes: false }, this.settings.maxParseBytes);
    this.prepare(doc);
    return this.indexDocument(doc, findReferences(doc, this.settings));
  }

  /** Runs the prepare hooks (callers that analyze documents themselves call this first). */
  prepare(doc: ParsedDocument): void {
    for (const hook of this.prepareHooks) hook(doc);
  }

  /** Replaces what the index knows about a document its caller already analyzed. */
  indexDocument(doc: ParsedDocument, references: Reference[]): IndexedReference[] {
    this.pending.delete(doc.uri);
    const refs = references.map((r) => toIndexed(doc.uri, doc, r));
    // Not a spread: a manifest's declarations are unbounded, and so would be the arguments.
    for (const hook of this.referenceHooks) for (const r of hook(doc.uri, doc)) refs.push(r);
    this.setReferences(doc.uri, refs);
    const integrations = integrationEntries(doc).map((e) => ({
      ...e,
      name: this.shared.string(e.name),
      requiredSecrets: e.requiredSecrets.map((n) => this.shared.string(n)),
    }));
    if (integrations.length > 0) this.integrationsByUri.set(doc.uri, integrations);
    else this.integrationsByUri.delete(doc.uri);
    return refs;
  }

  /** Every runnable integration in the workspace. */
  /** The files in which integrations were found. */
  integrationUris(): string[] {
    this.flush();
    return [...this.integrationsByUri.keys()];
  }

  integrations(): IntegrationEntry[] {
    this.flush();
    return [...this.integrationsByUri.values()].flat();
  }

  /** Replaces the references of `uri` (for callers that already analyzed the document). */
  setReferences(uri: string, refs: IndexedReference[]): void {
    this.unlink(uri);
    const stored = refs.map((r) => this.store(r));
    this.files.set(uri, stored);
    const groups = new Map<string, StoredReference[]>();
    for (const r of stored) {
      const key = r.name.toLowerCase();
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    for (const [key, group] of groups) {
      let perFile = this.byName.get(key);
      if (!perFile) this.byName.set(key, (perFile = new Map<string, StoredReference | StoredReference[]>()));
      // `slice`: an array grown by `push` keeps room for 16 more.
      perFile.set(uri, group.length === 1 ? group[0] : group.slice());
    }
    // Names scale with the secrets, contexts and integration names with the files.
    this.shared.trim(this.byName.size + this.files.size);
    this._generation++;
  }

  private store(r: IndexedReference): StoredReference {
    const { range, fullRange } = r;
    return new StoredReference(
      this.shared.string(r.name),
      r.dialect,
      r.kind,
      r.caseSensitive,
      this.shared.context(r.context),
      r.integration === undefined ? undefined : this.shared.string(r.integration),
      range.start.line,
      range.start.character,
      range.end.line,
      range.end.character,
      fullRange ? fullRange.start.line : -1,
      fullRange ? fullRange.start.character : -1,
      fullRange ? fullRange.end.line : -1,
      fullRange ? fullRange.end.character : -1,
    );
  }

  delete(uri: string): boolean {
    this.pending.delete(uri);
    this.integrationsByUri.delete(uri);
    const had = this.unlink(uri);
    this.files.delete(uri);
    if (had) this._generation++;
    return had;
  }

  /** Deletes every file under a folder uri (a deleted or renamed folder). Returns the uris removed. */
  deleteUnder(folderUri: string): string[] {
    this.flush();
    const prefix = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    const gone = [...this.files.keys()].filter((u) => u.startsWith(prefix));
    for (const u of gone) this.delete(u);
    return gone;
  }

  clear(): void {
    this.pending.clear();
    this.files.clear();
    this.integrationsByUri.clear();
    this.byName.clear();
    this.shared.clear();
    this._generation++;
  }

  uris(): string[] {
    this.flush();
    return [...this.files.keys()];
  }

  fileReferences(uri: string): IndexedReference[] {
    this.flush();
    return this.files.get(uri)?.map((r) => r.expand(uri)) ?? [];
  }

  /** Every reference to the secret `name` in the workspace, in every dialect, case rules respected. */
  referencesTo(name: string): IndexedReference[] {
    this.flush();
    const perFile = this.byName.get(name.toLowerCase());
    if (!perFile) return [];
    const out: IndexedReference[] = [];
    for (const [uri, refs] of perFile) for (const r of each(refs)) if (refersTo(r, name)) out.push(r.expand(uri));
    return out;
  }

  /**
   * The first of `referencesTo(name)` that `pick` accepts, the only one copied: workspace symbols
   * and spelling lookups want one reference of a name that may have thousands.
   */
  firstReferenceTo(
    name: string,
    pick: (r: Pick<IndexedReference, 'kind' | 'caseSensitive'>) => boolean = () => true,
  ): IndexedReference | undefined {
    this.flush();
    const perFile = this.byName.get(name.toLowerCase());
    if (!perFile) return undefined;
    for (const [uri, refs] of perFile) for (const r of each(refs)) if (refersTo(r, name) && pick(r)) return r.expand(uri);
    return undefined;
  }

  /**
   * Open documents the project's file rules (secretref.files.*, .gitignore) leave out: still
   * checked and indexed (their references navigate), but not counted as files that use a secret.
   */
  private readonly outsideProject = new Set<string>();

  setOutsideProject(uri: string, outside: boolean): void {
    if (outside) this.outsideProject.add(uri);
    else this.outsideProject.delete(uri);
  }

  /** How many project files use (not only declare) the secret. */
  filesUsing(name: string): number {
    this.flush();
    const perFile = this.byName.get(name.toLowerCase());
    if (!perFile) return 0;
    let n = 0;
    for (const [uri, refs] of perFile)
      if (!this.outsideProject.has(uri) && each(refs).some((r) => r.kind === 'use' && refersTo(r, name))) n++;
    return n;
  }

  declarationsOf(name: string): IndexedReference[] {
    this.flush();
    return this.referencesTo(name).filter((r) => r.kind === 'declaration');
  }

  /** Every distinct secret name written in the workspace (as first spelled). */
  names(): string[] {
    this.flush();
    const out: string[] = [];
    for (const perFile of this.byName.values()) {
      const seen = new Set<string>();
      for (const refs of perFile.values())
        for (const r of each(refs))
          if (!seen.has(r.name)) {
            seen.add(r.name);
            out.push(r.name);
          }
    }
    return out;
  }

  /** Indexes `paths` (absolute), yielding between files. Files already set (e.g. open documents) are re-read unless `skip` says otherwise. */
  async build(paths: string[], options: BuildOptions = {}, skip: (uri: string) => boolean = () => false): Promise<BuildResult> {
    const read = options.read ?? defaultRead(this.settings.maxParseBytes * 4);
    const budget = Math.max(0, options.yieldAfterMs ?? 8);
    let lastYield = performance.now();
    let indexed = 0,
      skipped = 0;
    // Reads run ahead of the analysis, for a reader that waits on I/O (the default reads
    // synchronously; an injected one may not): one file at a time left the analysis idle.
    const ahead = new Map<number, Promise<string | undefined>>();
    const readAhead = (from: number) => {
      for (let j = from; j < Math.min(paths.length, from + READ_AHEAD); j++) {
        if (!ahead.has(j) && !skip(fileUri(paths[j]))) ahead.set(j, read(paths[j]));
      }
    };
    for (let i = 0; i < paths.length; i++) {
      if (options.isCancelled?.()) return { indexed, skipped, cancelled: true };
      const uri = fileUri(paths[i]);
      readAhead(i);
      const pending = ahead.get(i);
      ahead.delete(i);
      if (pending && !skip(uri)) {
        const text = await pending;
        // The file may have been opened while we read it: the editor's text wins.
        if (text === undefined) skipped++;
        else if (!skip(uri)) {
          this.setText(uri, text);
          indexed++;
        }
      }
      options.onProgress?.(i + 1, paths.length);
      if (performance.now() - lastYield >= budget) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
    return { indexed, skipped, cancelled: false };
  }

  private unlink(uri: string): boolean {
    const old = this.files.get(uri);
    if (!old) return false;
    for (const r of old) {
      const key = r.name.toLowerCase();
      const perFile = this.byName.get(key);
      if (!perFile) continue;
      perFile.delete(uri);
      if (perFile.size === 0) this.byName.delete(key);
    }
    return true;
  }
}

/**
 * Reads a project file as UTF-8, or says in plain words why it is skipped (too large, binary, not
 * a regular file, a link out of `roots`: see `readFileSafely`).
 */
export function readProjectFile(path: string, maxBytes: number, roots: readonly string[], listedAsFile = false): ReadResult {
  const r = readFileSafely(path, { maxBytes, roots, limitSetting: 'secretref.maxFileSize', listedAsFile });
  const binary = 'text' in r ? binaryReason(r.text) : undefined;
  if (binary) return { skipped: binary };
  return r;
}

/** Reads a file as UTF-8, skipping files over `maxBytes`, binary files (a NUL byte early on) and links out of `roots`. */
export function defaultRead(maxBytes: number, roots: readonly string[] = []): (path: string) => Promise<string | undefined> {
  return (path) => {
    const r = readProjectFile(path, maxBytes, roots);
    return Promise.resolve('text' in r ? r.text : undefined);
  };
}

export type { ReadResult };
