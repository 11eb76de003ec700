// Starts the server on a connection: initialize (client capabilities, initializationOptions),
// settings, the store's sources, the workspace index, and every feature's handlers.
import * as path from 'node:path';
import {
  DidChangeWorkspaceFoldersNotification,
  TextDocumentSyncKind,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type WorkspaceFoldersChangeEvent,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { envSecrets } from '../analysis/envSecrets';
import { isMetadataFileUri } from '../analysis/integrations';
import { SECRETS_CHANGED, type InitializationOptions, type SecretsChangedParams } from './protocol';
import { connectionLogger, describeError, guard } from './safety';
import { Session, clientSupport, displayPath } from './session';
import { isManifestUri } from '../analysis/model/manifest';
import { sanitizeSecretList, StoreState } from '../workspace/storeState';
import { readManifest } from '../workspace/manifests';
import { fetchSettings, filesChanged, type ClientDefaults } from './settings';
import { registerDiagnostics } from './diagnostics';
import { COMPLETION_TRIGGERS, registerCompletion } from './completion';
import { IndexController } from './indexController';
import { FEATURES } from './features';

export interface RunningServer {
  session: Session;
  indexer: IndexController;
}

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const folders = uris
    .map((u) => URI.parse(u))
    .filter((u) => u.scheme === 'file')
    .map((u) => u.fsPath);
  if (folders.length === 0 && params.rootPath) folders.push(path.resolve(params.rootPath));
  return folders;
}

export function startServer(connection: Connection): RunningServer {
  const log = connectionLogger(connection);
  const store = new StoreState(readManifest, envSecrets(process.env));
  const session = new Session(connection, log, store);
  const indexer = new IndexController(session);
  session.onReferencesFound = () => void indexer.ensureStarted();
  let defaults: ClientDefaults = {};

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    session.support = clientSupport(params.capabilities, options);
    session.folders = workspaceFolders(params);
    // No `secrets`: the client keeps no store (another editor), so no one knows which have values.
    store.setClientSecrets(Array.isArray(options.secrets) ? sanitizeSecretList(options.secrets) : undefined);
    defaults = {
      app: typeof options.app === 'string' ? options.app : undefined,
      environment: typeof options.environment === 'string' ? options.environment : undefined,
    };
    session.settings = {
      ...session.settings,
      analysis: { ...session.settings.analysis, app: defaults.app, environment: defaults.environment },
    };
    registerDiagnostics(session);
    registerCompletion(session);
    const capabilities: InitializeResult['capabilities'] = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(session.support.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
    };
    for (const feature of FEATURES) Object.assign(capabilities, feature(session, indexer));
    return { capabilities, serverInfo: { name: 'secretref-language-server', version: '0.1.0' } };
  });

  // Until the workspace's manifests are read, a check would call every manifest secret unknown:
  // diagnostics wait for this (then for the manifests above the document itself).
  let startedUp!: () => void;
  const startUp = new Promise<void>((resolve) => (startedUp = resolve));
  session.startedUp = startUp;
  session.manifestsReadFor = async (uri) => {
    await startUp;
    if (await indexer.loadManifestsAbove(uri)) session.recheckAll();
  };

  connection.onInitialized(
    guard(log, 'initialized', undefined, async () => {
      try {
        session.settings = await fetchSettings(session, defaults);
        session.index.settings = session.settings.analysis;
        await indexer.registerWatchers();
        await indexer.loadManifests();
      } finally {
        startedUp();
      }
      session.recheckAll();
      if (session.store.manifests().length === 0)
        log.info('No secretref.json in the workspace: files are indexed once one with a secret reference is opened.');
      void indexer.refresh();
    }),
  );

  connection.onDidChangeConfiguration(
    guard(log, 'configuration change', undefined, async (params: DidChangeConfigurationParams) => {
      const before = session.settings;
      session.settings = await fetchSettings(session, defaults, params.settings);
      session.recheckAll();
      if (filesChanged(before, session.settings)) void indexer.refresh();
    }),
  );

  connection.onNotification(
    SECRETS_CHANGED,
    guard(log, SECRETS_CHANGED, undefined, (params: SecretsChangedParams) => {
      store.setClientSecrets(sanitizeSecretList(params?.secrets));
      session.recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(log, 'file events', undefined, (params: DidChangeWatchedFilesParams) => indexer.applyFileEvents(params.changes)),
  );

  // Listened to directly: the `workspace.onDidChangeWorkspaceFolders` getter throws before initialize.
  connection.onNotification(DidChangeWorkspaceFoldersNotification.type, ({ event: e }: { event: WorkspaceFoldersChangeEvent }) => {
    const gone = new Set(e.removed.map((f) => URI.parse(f.uri).fsPath));
    session.folders = [...session.folders.filter((f) => !gone.has(f)), ...e.added.map((f) => URI.parse(f.uri).fsPath)];
    void indexer.loadManifests().then(() => {
      session.recheckAll();
      return indexer.refresh();
    });
  });

  // An edited manifest changes the store for every file, not only itself.
  let manifestTimer: NodeJS.Timeout | undefined;
  // Typing in an integration's metadata file: check the module beside it again once typing pauses.
  let siblingTimer: NodeJS.Timeout | undefined;
  const editedSiblings = new Set<string>();
  session.documents.onDidChangeContent((e) => {
    if (isMetadataFileUri(e.document.uri) && !isManifestUri(e.document.uri)) {
      editedSiblings.add(e.document.uri);
      clearTimeout(siblingTimer);
      siblingTimer = setTimeout(() => {
        session.siblingsChanged(editedSiblings);
        editedSiblings.clear();
      }, 150);
    }
    if (!isManifestUri(e.document.uri)) return;
    try {
      store.setManifest(e.document.uri, e.document.getText());
    } catch (err) {
      log.error(`Reading ${displayPath(e.document.uri)} failed: ${describeError(err)}`);
    }
    clearTimeout(manifestTimer);
    manifestTimer = setTimeout(() => session.recheckAll(), 100);
  });
  session.documents.onDidOpen((e) => {
    void indexer
      .classifyOpen(e.document.uri)
      .catch((err) => log.error(`Checking whether ${displayPath(e.document.uri)} is a project file failed: ${describeError(err)}`));
  });
  session.documents.onDidClose((e) => {
    session.index.setOutsideProject(e.document.uri, false);
    session.forget(e.document.uri);
    void indexer
      .reindexFromDisk(e.document.uri)
      .catch((err) => log.error(`Re-indexing ${displayPath(e.document.uri)} failed: ${describeError(err)}`));
  });

  session.documents.listen(connection);
  return { session, indexer };
}
