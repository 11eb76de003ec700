// The server's state, shared by every handler: open documents, settings, the store
// snapshot, the workspace index, and the analysis of each open document (cached per
// version, so diagnostics, hover and CodeLens of one keystroke parse the text once).
import { TextDocuments, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ParsedDocument, type PriorVersion } from '../analysis/document';
import type { TextChange } from '../analysis/text/textChange';
import { analyzeDocument, type AnalysisResult } from '../analysis/analyze';
import { analyzeAfterEdits } from '../analysis/incremental';
import type { AnalysisDiagnostic, AnalysisSettings } from '../analysis/model/types';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { binaryReason, formatBytes } from '../workspace/files';
import { attachSibling, diskText } from '../workspace/integrations';
import { isMetadataFileUri, siblingMetadataUris } from '../analysis/integrations';
import { toServerSettings, type ServerSettings } from '../workspace/settings';
import { isManifestUri } from '../analysis/model/manifest';
import { StoreState } from '../workspace/storeState';
import { malformedChange, OpenDocument } from './openDocument';
import type { TextSource } from '../analysis/text/textSource';
import type { Logger } from './safety';
import { EditHistory } from '../workspace/editHistory';
import { manifestDeclarations, withManifestProblems } from '../workspace/manifests';

export interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  codeLensRefresh: boolean;
  semanticTokensRefresh: boolean;
  workDoneProgress: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  markdown: boolean;
  /**
   * Whether the client runs the `secretref.*` commands (create, set value, rotate, run): VS
   * Code's client says so; for other clients, no action, lens or hover link runs one.
   */
  commands: boolean;
}

/** `initializationOptions.commands: true`, or the client capability `experimental.secretref.commands`. */
export function clientRunsCommands(caps: ClientCapabilities, options: { commands?: unknown }): boolean {
  const experimental = caps.experimental as { secretref?: { commands?: unknown } } | undefined;
  return options.commands === true || experimental?.secretref?.commands === true;
}

export function clientSupport(caps: ClientCapabilities, options: { commands?: unknown } = {}): ClientSupport {
  return {
    commands: clientRunsCommands(caps, options),
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    codeLensRefresh: !!caps.workspace?.codeLens?.refreshSupport,
    semanticTokensRefresh: !!caps.workspace?.semanticTokens?.refreshSupport,
    workDoneProgress: !!caps.window?.workDoneProgress,
    configuration: !!caps.workspace?.configuration,
    watchedFilesDynamic: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    markdown: !!caps.textDocument?.hover?.contentFormat?.includes('markdown'),
  };
}

export interface DocumentAnalysis {
  doc: ParsedDocument;
  result: AnalysisResult;
  /** Why the document was not analyzed (too large, binary), for the log; undefined when it was. */
  skipped?: string;
}

interface Cached extends DocumentAnalysis {
  version: number;
  generation: number;
  /** When it was analysed (expiry depends on the date). */
  now: Date;
}

export class Session {
  /** Per open document, the version last parsed and the edits since: the next version starts from it (see `parsed`). */
  private readonly sinceParse = new EditHistory<{ version: number; doc: ParsedDocument }>();
  /** Per open document, the last analysis and the edits since. */
  private readonly sinceAnalysis = new EditHistory<Cached>();
  readonly documents: TextDocuments<OpenDocument> = new TextDocuments({
    create: (uri, languageId, version, content) => OpenDocument.create(uri, languageId, version, content),
    update: (doc, changes, version) => this.update(doc, changes, version),
  });
  settings: ServerSettings = toServerSettings({});
  support: ClientSupport = clientSupport({});
  /** Workspace folders as file-system paths. */
  folders: string[] = [];
  readonly index: WorkspaceIndex;
  /** Bumped when the store or the settings change: every cached analysis is stale then. */
  private generation = 0;
  private readonly cache = new Map<string, Cached>();
  /** Parsed (not analyzed) documents, for requests that need the text at one place only. */
  private readonly parsedCache = new Map<string, { version: number; generation: number; doc: ParsedDocument; skipped?: string }>();
  private readonly skippedLogged = new Set<string>();
  private readonly recheckListeners: Array<() => void> = [];
  private readonly envAdapterListeners: Array<(before: AnalysisSettings, after: AnalysisSettings) => void> = [];
  /**
   * Resolves once the manifests that govern a document have been read: until then a check would
   * call every manifest secret unknown. Diagnostics wait for it; set by the server's start-up.
   */
  manifestsReadFor: (uri: string) => Promise<void> = () => Promise.resolve();
  /** Resolves once start-up (settings, watchers, the workspace's manifests) is done; set by the server's start-up. */
  startedUp: Promise<void> = Promise.resolve();
  /** Told when an analysed open document holds a reference (the lazy index starts then). */
  onReferencesFound: (() => void) | undefined;

  constructor(
    readonly connection: Connection,
    readonly log: Logger,
    readonly store: StoreState,
  ) {
    this.index = new WorkspaceIndex(this.settings.analysis);
    this.index.referenceHooks.push((uri, doc) => {
      const m = isManifestUri(uri) ? this.store.manifest(uri) : undefined;
      return m ? manifestDeclarations(doc, m) : [];
    });
    // An integration's metadata file beside it holds its requiredSecrets: the editor's text first, else the disk's.
    const readText = diskText(
      (uri) => this.documents.get(uri)?.getText(),
      () => this.folders,
    );
    this.index.prepareHooks.push((doc) => attachSibling(doc, readText));
  }

  /** Register a listener run when every open document must be checked again. */
  onRecheck(listener: () => void): void {
    this.recheckListeners.push(listener);
  }

  /**
   * Files changed (edited, saved or deleted): an open integration module may take its
   * requiredSecrets from a JSON or YAML file beside it, so if one of them is such a file, open
   * documents are checked again, once for the whole batch. Returns whether they were.
   */
  siblingsChanged(uris: Iterable<string>): boolean {
    const changed = new Set([...uris].filter(isMetadataFileUri));
    if (changed.size === 0) return false;
    if (!this.documents.all().some((td) => siblingMetadataUris(td.uri).some((u) => changed.has(u)))) return false;
    this.recheckAll();
    return true;
  }

  /**
   * Register a listener run when a manifest's `secretsAdapter` changed where INTEGRATION_
   * variables are secrets: files that are not open must be read again (the index keeps no text).
   */
  onEnvAdapterChanged(listener: (before: AnalysisSettings, after: AnalysisSettings) => void): void {
    this.envAdapterListeners.push(listener);
  }

  /** The store or settings changed: forget cached analyses and tell the listeners. */
  recheckAll(): void {
    this.generation++;
    this.cache.clear();
    this.parsedCache.clear();
    // Each manifest's `secretsAdapter` decides where INTEGRATION_ variables are secrets in its subtree: it joins the settings here.
    const scopes = this.store.envAdapterScopes();
    const before = this.settings.analysis;
    const adapterChanged = JSON.stringify(before.envAdapterScopes ?? []) !== JSON.stringify(scopes);
    if (adapterChanged) {
      this.settings = {
        ...this.settings,
        analysis: { ...before, envAdapterScopes: scopes.length > 0 ? scopes : undefined },
      };
    }
    this.index.settings = this.settings.analysis;
    const listeners = adapterChanged ? [...this.recheckListeners, () => this.tellEnvAdapter(before)] : this.recheckListeners;
    for (const l of listeners) {
      try {
        l();
      } catch (e) {
        this.log.error(`re-check listener failed: ${e instanceof Error ? e.name : 'error'}`);
      }
    }
  }

  private tellEnvAdapter(before: AnalysisSettings): void {
    for (const l of this.envAdapterListeners) l(before, this.settings.analysis);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.parsedCache.delete(uri);
    this.sinceParse.forget(uri);
    this.sinceAnalysis.forget(uri);
  }

  /** Applies an editor's changes and remembers them as offsets, one change at a time. */
  private update(doc: OpenDocument, changes: TextDocumentContentChangeEvent[], version: number): OpenDocument {
    const bad = Array.isArray(changes) ? changes.map(malformedChange).find((why) => why !== undefined) : 'the changes are not a list';
    if (bad !== undefined) {
      // Notifications have no answer: the change is left out, and the log says why.
      this.log.warn(
        `Ignored a change to ${doc.uri} (version ${String(version)}): ${bad}. The editor sent a position that is not in the document; reopen the file to resynchronise it.`,
      );
      return doc;
    }
    const from = doc.version;
    const edits: TextChange[] = [];
    let whole = false;
    for (const c of changes) {
      if ('range' in c) {
        const start = doc.offsetAt(c.range.start);
        const end = doc.offsetAt(c.range.end);
        edits.push({ start, end, text: c.text });
      } else whole = true;
      doc.update(c, version);
    }
    for (const history of [this.sinceParse, this.sinceAnalysis]) history.record(doc.uri, from, version, whole ? undefined : edits);
    return doc;
  }

  /** The last parsed version of a document and the edits since, if every step is known. */
  private prior(uri: string, version: number): PriorVersion | undefined {
    const since = this.sinceParse.since(uri, version);
    return since ? { doc: since.kept.doc, edits: since.edits } : undefined;
  }

  /**
   * The open document at its current version, parsed lazily but not analyzed: completion needs
   * the text at the cursor (and maybe the tree there), not every reference and rule of the file.
   */
  parsed(uri: string): { doc: ParsedDocument; skipped?: string } | undefined {
    const td = this.documents.get(uri);
    if (!td) return undefined;
    const hit = this.cache.get(uri);
    if (hit && hit.version === td.version && hit.generation === this.generation) return hit;
    const p = this.parsedCache.get(uri);
    if (p && p.version === td.version && p.generation === this.generation) return p;
    // Read in parts: a completion needs the line at the cursor, not a copy of the whole file.
    const source = td.source;
    const skipped = this.skipReason(source);
    const prior = skipped ? undefined : this.prior(uri, td.version);
    const doc = skipped
      ? new ParsedDocument({ uri, text: '', languageId: td.languageId }, this.settings.analysis.maxParseBytes)
      : new ParsedDocument(
          // Which app and environment a reference runs in changes no answer when no secret of its
          // store is limited to some: then no YAML or JSON is parsed for it, and a keystroke is
          // analysed from the previous version's analysis (bench/scopeTyping.ts).
          { uri, languageId: td.languageId, source, scopes: this.store.snapshot(uri).scopesMatter },
          this.settings.analysis.maxParseBytes,
          prior,
        );
    this.sinceParse.keep(uri, { version: td.version, doc });
    if (!skipped) this.index.prepare(doc);
    const entry = { doc, skipped, version: td.version, generation: this.generation };
    this.parsedCache.set(uri, entry);
    return entry;
  }

  /** The analysis of an open document at its current version; undefined if it is not open. */
  analysis(uri: string): DocumentAnalysis | undefined {
    const td = this.documents.get(uri);
    if (!td) return undefined;
    const hit = this.cache.get(uri);
    if (hit && hit.version === td.version && hit.generation === this.generation) return hit;
    // A completion at this version may have parsed the text already: share its trees.
    const { doc, skipped } = this.parsed(uri)!;
    this.parsedCache.delete(uri);
    if (skipped && !this.skippedLogged.has(uri)) {
      this.skippedLogged.add(uri);
      this.log.warn(`Skipped ${displayPath(uri)}: ${skipped}.`);
    }
    const now = new Date();
    let result: AnalysisResult = skipped ? { references: [], diagnostics: [] } : this.analyze(uri, doc, td.version, now);
    const textOnly = skipped ? undefined : doc.textOnlyReason;
    if (textOnly && !this.skippedLogged.has(`text:${uri}`)) {
      this.skippedLogged.add(`text:${uri}`);
      this.log.info(
        `Checked ${displayPath(uri)} as text only: ${textOnly}. Its references are checked, not which app and environment the code around them sets.`,
      );
    }
    if (!skipped && isManifestUri(uri)) result = withManifestProblems(doc, result, this.store.manifest(uri), this.store.snapshot(uri));
    const entry: Cached = { doc, result, skipped, version: td.version, generation: this.generation, now };
    this.cache.set(uri, entry);
    this.sinceAnalysis.keep(uri, entry);
    this.index.indexDocumentLater(doc, result.references);
    if (result.references.length > 0) this.onReferencesFound?.();
    return entry;
  }

  /** From the last analysis of the document when only a few lines changed since, else in full. */
  private analyze(uri: string, doc: ParsedDocument, version: number, now: Date): AnalysisResult {
    const store = this.store.snapshot(uri);
    const since = this.sinceAnalysis.since(uri, version);
    if (since && !since.kept.skipped && since.kept.generation === this.generation && !isManifestUri(uri)) {
      const { kept: last, edits } = since;
      const carried = analyzeAfterEdits(
        doc,
        { doc: last.doc, result: last.result, now: last.now, edits },
        store,
        this.settings.analysis,
        now,
      );
      if (carried) return carried;
    }
    return analyzeDocument(doc, store, this.settings.analysis, now);
  }

  /** Open documents may have changed since the index saw them: bring the index up to date first. */
  syncOpenDocuments(): void {
    for (const td of this.documents.all()) this.analysis(td.uri);
  }

  diagnostics(uri: string): AnalysisDiagnostic[] {
    return this.analysis(uri)?.result.diagnostics ?? [];
  }

  private skipReason(text: TextSource): string | undefined {
    if (text.length > this.settings.maxFileSize) {
      return `${formatBytes(text.length)} is over the secretref.maxFileSize limit of ${formatBytes(this.settings.maxFileSize)}; raise the setting to check it`;
    }
    return binaryReason(text);
  }
}

/** A path for log lines: the file-system path of a file uri, else the uri. */
export function displayPath(uri: string): string {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : uri;
  } catch {
    return uri;
  }
}
