// Keeps the workspace index in step with the disk: built at start (with a progress report
// the user can cancel), rebuilt when the file settings change, updated on file events, when an
// open document is closed (the disk's text applies again) and, for the files of its subtree,
// when a manifest's `secretsAdapter` changes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type FileEvent,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { fileUri, readProjectFile } from '../workspace/workspaceIndex';
import { foldersUp } from '../workspace/nearest';
import { findRepoRoot, workspaceFolderOf } from '../workspace/folders';
import { forgetRealPaths, isProjectFile, listProjectFiles, readFileSafely, type ProjectFileOptions } from '../workspace/files';
import { envAdapterAt, isManifestUri, MANIFEST_FILE as MANIFEST_FILE_NAME } from '../analysis/model/manifest';
import { languageKindOf } from '../analysis/document';
import type { AnalysisSettings } from '../analysis/model/types';
import { describeError } from './safety';
import { releaseMemory } from './memory';
import { isMetadataFileUri, siblingMetadataUris } from '../analysis/integrations';
import type { Session } from './session';

export class IndexController {
  private buildId = 0;
  private cancelCurrent?: () => void;
  /** Resolves when the current build ends (tests and the benchmark wait on it). */
  ready: Promise<void> = Promise.resolve();
  private readonly changeListeners: Array<() => void> = [];

  constructor(private readonly session: Session) {
    session.onEnvAdapterChanged((before, after) => this.envAdapterChanged(before, after));
  }

  /** Run after the index changed in a way other files' answers depend on (counts, references). */
  onIndexChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    for (const l of this.changeListeners) {
      try {
        l();
      } catch {
        /* a listener's failure must not stop indexing */
      }
    }
  }

  /** No size filter here: `read` skips large files itself, with a log line naming each. */
  private fileOptions(): ProjectFileOptions {
    const s = this.session.settings;
    return { include: s.files.include, exclude: s.files.exclude };
  }

  /**
   * The reader used for disk files: size and binary checks, and manifests go to the store first.
   * `listed`: the folder walk just listed it, so it is opened at once without following a link
   * (see `SafeReadOptions.listedAsFile`): one lstat fewer per file of the index. A link the walk
   * let in (one inside the root) fails that open and is read the careful way, as before.
   */
  private read(file: string, listed = false): Promise<string | undefined> {
    const r = readProjectFile(file, this.session.settings.maxFileSize, this.session.folders, listed);
    if (!('text' in r)) {
      this.session.log.info(`Skipped ${file}: ${r.skipped}.`);
      return Promise.resolve(undefined);
    }
    const text = r.text;
    if (path.basename(file) === MANIFEST_FILE_NAME) this.session.store.setManifest(fileUri(file), text);
    return Promise.resolve(text);
  }

  /** Reads the manifests at the workspace roots (the store needs them before any check). */
  loadManifests(): Promise<void> {
    for (const folder of this.session.folders) {
      const file = path.join(folder, MANIFEST_FILE_NAME);
      const uri = fileUri(file);
      if (this.session.documents.get(uri)) continue;
      const r = readFileSafely(file, {
        maxBytes: this.session.settings.maxFileSize,
        roots: [folder],
        limitSetting: 'secretref.maxFileSize',
      });
      if ('text' in r) this.session.store.setManifest(uri, r.text);
      else {
        // No manifest is the usual case, not worth a line; anything else is.
        if (!r.skipped.includes('ENOENT')) this.session.log.warn(`Skipped the manifest ${file}: ${r.skipped}.`);
        this.session.store.deleteManifest(uri);
      }
    }
    return Promise.resolve();
  }

  /** Folders whose secretref.json has been looked for (file events and the index keep them current after). */
  private readonly manifestLooked = new Set<string>();

  /**
   * Reads the manifests between an opened document and its workspace folder that the store does
   * not have yet, so a nested manifest governs its subtree from the first check. Returns whether
   * the store changed.
   */
  async loadManifestsAbove(uri: string): Promise<boolean> {
    let file: string;
    try {
      const u = URI.parse(uri);
      if (u.scheme !== 'file') return false;
      file = u.fsPath;
    } catch {
      return false;
    }
    const folder = workspaceFolderOf(this.session.folders, file);
    if (!folder) return false;
    let changed = false;
    // A folder opened inside a repository (one package of a monorepo) still has the root's manifest.
    const root = this.repositoryRoot(folder);
    for (const dir of foldersUp(path.dirname(file), root)) {
      if (this.manifestLooked.has(dir)) continue;
      this.manifestLooked.add(dir);
      const manifest = path.join(dir, MANIFEST_FILE_NAME);
      const mUri = fileUri(manifest);
      if (this.session.store.manifest(mUri) || this.session.documents.get(mUri)) continue;
      // The same safe read as every other file: regular files only, the size limit, no link out.
      const r = readFileSafely(manifest, {
        maxBytes: this.session.settings.maxFileSize,
        roots: [root],
        limitSetting: 'secretref.maxFileSize',
      });
      if ('text' in r) {
        this.session.store.setManifest(mUri, r.text);
        changed = true;
      } else if (!r.skipped.includes('ENOENT') && dir !== folder) {
        // The workspace folder's own manifest was looked at (and reported) by loadManifests.
        this.session.log.warn(`Skipped the manifest ${manifest}: ${r.skipped}.`);
      }
    }
    return changed;
  }

  private readonly repositoryRoots = new Map<string, string>();

  /** The repository root above a workspace folder, looked up once per folder. */
  private repositoryRoot(folder: string): string {
    let root = this.repositoryRoots.get(folder);
    if (root === undefined) this.repositoryRoots.set(folder, (root = findRepoRoot(folder)));
    return root;
  }

  /**
   * Whether the workspace index has been asked for. A workspace with no secretref.json is indexed
   * only once a file with a reference is opened, or something needs the whole index (Run
   * Integration's list, workspace symbols): a repository that never mentions a secret costs a
   * few open documents, not a read of every file.
   */
  private started = false;

  /** At start and when settings or folders change: builds if the workspace uses SecretRef, else waits. */
  refresh(): Promise<void> {
    if (!this.started && this.session.store.manifests().length === 0) return this.ready;
    return this.ensureStarted(true);
  }

  /** The first reference seen, or a request that needs every file: builds once if not built yet. */
  ensureStarted(rebuild = false): Promise<void> {
    if (this.started && !rebuild) return this.ready;
    this.started = true;
    return this.rebuild();
  }

  /** Cancels any build in progress and indexes every project file again. */
  private rebuild(): Promise<void> {
    this.cancelCurrent?.();
    const id = ++this.buildId;
    let cancelled = false;
    this.cancelCurrent = () => {
      cancelled = true;
    };
    this.ready = this.runBuild(id, () => cancelled || id !== this.buildId).catch((e) => {
      this.session.log.error(`Indexing failed: ${describeError(e)}`);
    });
    return this.ready;
  }

  /** Whether a build is listing or reading files (it reads every file with the settings of the moment). */
  private building = false;

  private async runBuild(id: number, isCancelled: () => boolean): Promise<void> {
    const { session } = this;
    const started = Date.now();
    this.building = true;
    let progress: WorkDoneProgressServerReporter | undefined;
    if (session.support.workDoneProgress) {
      try {
        progress = await session.connection.window.createWorkDoneProgress();
        progress.begin('SecretRef: indexing secret references', 0, 'listing files', true);
        progress.token.onCancellationRequested(() => {
          if (id === this.buildId) this.cancelCurrent?.();
        });
      } catch {
        progress = undefined;
      }
    }
    try {
      const lists = await Promise.all(session.folders.map((f) => listProjectFiles(f, this.fileOptions())));
      const files = lists.flat();
      // Manifests first: each one's `secretsAdapter` decides how the files of its subtree are read.
      let manifestsRead = false;
      for (const f of files) {
        if (path.basename(f) !== MANIFEST_FILE_NAME || session.documents.get(fileUri(f))) continue;
        await this.read(f);
        manifestsRead = true;
      }
      if (manifestsRead) session.recheckAll();
      // Files that left the project (settings changed) leave the index; open documents stay.
      // Nothing to compare on the first build; on a rebuild, in slices: a uri per file of 100k
      // files kept requests waiting for half a second.
      const indexed = session.index.uris();
      if (indexed.length > 0) {
        const wanted = new Set<string>();
        for (let i = 0; i < files.length; i++) {
          wanted.add(fileUri(files[i]));
          if (i % 5000 === 4999) await new Promise<void>((r) => setImmediate(r));
        }
        for (const uri of indexed) if (!wanted.has(uri) && !session.documents.get(uri)) session.index.delete(uri);
      }
      let lastReport = 0;
      const result = await session.index.build(
        files,
        {
          read: (f) => this.read(f, true),
          isCancelled,
          onProgress: (done, total) => {
            const now = Date.now();
            if (progress && (now - lastReport > 200 || done === total)) {
              lastReport = now;
              progress.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`);
            }
          },
        },
        (uri) => session.documents.get(uri) !== undefined,
      );
      const ms = Date.now() - started;
      // A build superseded by a newer one (settings arrived, a folder was added) is not news:
      // the newer build reports. Only a build the user cancelled leaves the index short.
      if (result.cancelled && id !== this.buildId) return;
      session.log.info(
        result.cancelled
          ? `Indexing cancelled after ${result.indexed} files; references in other files are missing until the next rebuild (change a secretref.files setting or reload).`
          : `Indexed ${result.indexed} files in ${ms} ms${result.skipped ? ` (${result.skipped} skipped)` : ''}.`,
      );
      // The file rules may have changed: open documents outside them stop (or start) counting.
      await Promise.all(session.documents.keys().map((uri) => this.classifyOpen(uri)));
    } finally {
      if (id === this.buildId) this.building = false;
      if (!isCancelled()) releaseMemory();
      progress?.done();
      if (id === this.buildId) this.changed();
    }
  }

  /** Indexed files, not open, to read again: their manifest's `secretsAdapter` changed. */
  private readonly adapterQueue = new Set<string>();
  private adapterDrain: Promise<void> | undefined;

  /**
   * A manifest's `secretsAdapter` was added, removed or changed: `process.env.INTEGRATION_X` in
   * its subtree now is (or no longer is) the secret X. Open documents are checked again by the
   * re-check; the index holds no text, so the JS/TS and Markdown files it governs are read
   * again from disk (a build in progress reads every file with the new setting anyway).
   */
  private envAdapterChanged(before: AnalysisSettings, after: AnalysisSettings): void {
    if (this.building) return;
    for (const uri of this.session.index.uris()) {
      if (this.session.documents.get(uri) || envAdapterAt(before, uri) === envAdapterAt(after, uri)) continue;
      const kind = languageKindOf(uri);
      if (kind === 'javascript' || kind === 'typescript' || kind === 'markdown') this.adapterQueue.add(uri);
    }
    if (this.adapterQueue.size === 0 || this.adapterDrain) return;
    this.adapterDrain = this.readAdapterQueue()
      .catch((e) => this.session.log.error(`Re-indexing after a secretsAdapter change failed: ${describeError(e)}`))
      .finally(() => (this.adapterDrain = undefined));
  }

  private async readAdapterQueue(): Promise<void> {
    let n = 0;
    for (const uri of this.adapterQueue) {
      this.adapterQueue.delete(uri);
      const text = await this.read(URI.parse(uri).fsPath);
      if (this.session.documents.get(uri) || !this.session.index.has(uri)) continue; // opened or deleted meanwhile
      if (text === undefined) this.session.index.delete(uri);
      else this.session.index.setText(uri, text);
      // Requests are answered between files: a monorepo's packages may be thousands of them.
      if (++n % 50 === 0) await new Promise<void>((r) => setImmediate(r));
    }
    this.changed();
  }

  /** Marks an open document the file rules leave out (excluded, ignored, outside every folder). */
  async classifyOpen(uri: string): Promise<void> {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return;
    const folder = this.folderOf(u.fsPath);
    const inProject = folder !== undefined && (await isProjectFile(folder, u.fsPath, this.fileOptions()));
    this.session.index.setOutsideProject(uri, !inProject);
  }

  /** Asks the client to send file events for the whole workspace, when it supports dynamic registration. */
  async registerWatchers(): Promise<void> {
    if (!this.session.support.watchedFilesDynamic) return;
    try {
      await this.session.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    } catch (e) {
      this.session.log.warn(`Could not watch workspace files; the index follows open documents only: ${describeError(e)}`);
    }
  }

  private folderOf(file: string): string | undefined {
    return workspaceFolderOf(this.session.folders, file);
  }

  /** Applies file-system events: created and changed files are read again, deleted ones (and folders) leave the index. */
  async applyFileEvents(changes: FileEvent[]): Promise<void> {
    const { session } = this;
    let storeChanged = false;
    // What changed on disk may be a folder turned into a link.
    forgetRealPaths();
    const uris = changes.map((c) => URI.parse(c.uri).toString());
    session.siblingsChanged(uris);
    for (const change of changes) {
      const uri = URI.parse(change.uri).toString();
      const file = URI.parse(uri).fsPath;
      if (change.type === FileChangeType.Deleted) {
        session.index.delete(uri);
        for (const gone of session.index.deleteUnder(uri))
          if (isManifestUri(gone)) storeChanged = session.store.deleteManifest(gone) || storeChanged;
        if (isManifestUri(uri)) storeChanged = session.store.deleteManifest(uri) || storeChanged;
        continue;
      }
      if (session.documents.get(uri)) continue; // the editor's text wins over the disk's
      const folder = this.folderOf(file);
      if (!folder) continue;
      let stat;
      try {
        stat = await fs.stat(file);
      } catch {
        continue;
      }
      const files = stat.isDirectory() ? await listProjectFiles(file, this.fileOptions()) : [file];
      for (const f of files) {
        const fUri = fileUri(f);
        if (session.documents.get(fUri)) continue;
        if (!(await isProjectFile(folder, f, this.fileOptions()))) {
          session.index.delete(fUri);
          continue;
        }
        const text = await this.read(f);
        if (isManifestUri(fUri)) storeChanged = true;
        if (text === undefined) session.index.delete(fUri);
        else session.index.setText(fUri, text);
      }
    }
    await this.refreshSiblingModules(uris);
    if (storeChanged) session.recheckAll();
    // A secretref.json created in a workspace that was waiting: it uses SecretRef now.
    if (storeChanged && !this.started && session.store.manifests().length > 0) void this.ensureStarted();
    this.changed();
  }

  /**
   * An integration module whose requiredSecrets live in a metadata file beside it is indexed
   * with that file: when the file changes on disk, modules not open in the editor are read
   * again, so the runner's list shows the new declarations. (Open ones are re-checked by
   * `Session.siblingsChanged`.)
   */
  private async refreshSiblingModules(uris: string[]): Promise<void> {
    const changed = new Set(uris.filter(isMetadataFileUri));
    if (changed.size === 0) return;
    for (const mod of this.session.index.integrationUris()) {
      if (this.session.documents.get(mod) || !siblingMetadataUris(mod).some((u) => changed.has(u))) continue;
      const text = await this.read(URI.parse(mod).fsPath);
      if (this.session.documents.get(mod)) continue; // opened meanwhile: the editor's text wins
      if (text === undefined) this.session.index.delete(mod);
      else this.session.index.setText(mod, text);
    }
  }

  /** A closed document's unsaved edits are gone: index the disk's text again. */
  async reindexFromDisk(uri: string): Promise<void> {
    const file = URI.parse(uri);
    if (file.scheme !== 'file') {
      this.session.index.delete(uri);
      return;
    }
    const folder = this.folderOf(file.fsPath);
    if (!folder || !(await isProjectFile(folder, file.fsPath, this.fileOptions()))) {
      this.session.index.delete(uri);
      return;
    }
    const text = await this.read(file.fsPath);
    if (this.session.documents.get(uri)) return; // reopened meanwhile
    if (text === undefined) this.session.index.delete(uri);
    else this.session.index.setText(uri, text);
    if (isManifestUri(uri)) this.session.recheckAll();
    this.changed();
  }
}
