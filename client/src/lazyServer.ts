// The language server starts when the workspace first uses SecretRef, not at activation: VS Code
// activates the extension for any JSON, YAML or script file, and a workspace that never mentions
// a secret should cost no server process (about 60–80 MB) and no index. It starts, once, when
// - a folder holds a secretref.json, or `secretref.customDialects` is set;
// - an open or opened document may hold a reference, integration code or a credential
//   (serverNeed.ts asks the server's own prefilters), checked again shortly after edits;
// - a command needs it (start() waits for it), or the Secrets view is shown.
// Once started it stays. The vscode-languageclient code loads only then (client/src/parts.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { languageClientPart, serverNeedPart } from './parts';
import type { serverNeededFor } from './serverNeed';
import type { LanguageClientHooks } from './languageClient';

export interface LazyServer {
  /** The client once the server was started (it may still be starting); undefined before. */
  readonly running: LanguageClient | undefined;
  /** Starts the server if it is not (logging `why`), and resolves once it answers. */
  start(why: string): Promise<LanguageClient>;
  /** Called once, when the server has started. */
  onDidStart(listener: (client: LanguageClient) => void): void;
}

/** How long after the last edit a document is checked again: typing costs nothing until it rests. */
const EDIT_CHECK_DELAY_MS = 300;
/** The schemes the language client syncs (languageClient.ts DOCUMENT_SELECTOR). */
const SCHEMES = new Set(['file', 'untitled']);

export function lazyLanguageServer(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  hooks: LanguageClientHooks,
  /** Resolves when `hooks` can answer (the secret store is open): the server gets the names at its start. */
  ready: Promise<void> = Promise.resolve(),
): LazyServer {
  let client: LanguageClient | undefined;
  let starting: Promise<LanguageClient> | undefined;
  const listeners: Array<(c: LanguageClient) => void> = [];
  const watchers: vscode.Disposable[] = [];
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const stopWatching = () => {
    for (const t of pending.values()) clearTimeout(t);
    pending.clear();
    watchers.splice(0).forEach((w) => void w.dispose());
  };

  const server: LazyServer = {
    get running() {
      return client;
    },
    start(why: string): Promise<LanguageClient> {
      starting ??= (async () => {
        stopWatching();
        log.info(`Starting the language server: ${why}.`);
        await ready;
        const { createLanguageClient } = languageClientPart(context);
        const c = createLanguageClient(context, log, hooks);
        client = c;
        await c.start();
        for (const l of listeners.splice(0)) l(c);
        return c;
      })();
      return starting;
    },
    onDidStart(listener) {
      if (client && starting) void starting.then(listener, () => undefined);
      else listeners.push(listener);
    },
  };
  // A start that was not awaited (a document, the manifest): a failure is logged, not thrown.
  const startInBackground = (why: string) =>
    void server
      .start(why)
      .catch((e: unknown) => log.error(`The SecretRef language server did not start: ${e instanceof Error ? e.message : String(e)}`));

  // The prefilters (and the credential scan's automaton, built on first use) load with the first
  // check, after activation: activating costs their load nowhere.
  let needFor: Promise<typeof serverNeededFor> | undefined;
  const check = async (doc: vscode.TextDocument) => {
    if (starting || !SCHEMES.has(doc.uri.scheme)) return;
    const needed = await (needFor ??= Promise.resolve().then(() => serverNeedPart(context).serverNeededFor));
    if (starting || doc.isClosed) return;
    const why = needed(doc.uri.toString(), doc.getText());
    if (why) startInBackground(`${why} (${vscode.workspace.asRelativePath(doc.uri)})`);
  };
  const checkLater = (doc: vscode.TextDocument) =>
    void check(doc).catch((e: unknown) => log.warn(`Could not check ${doc.uri.toString()}: ${String(e)}`));
  watchers.push(
    vscode.workspace.onDidOpenTextDocument(checkLater),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (starting || e.contentChanges.length === 0 || !SCHEMES.has(e.document.uri.scheme)) return;
      const key = e.document.uri.toString();
      clearTimeout(pending.get(key));
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          checkLater(e.document);
        }, EDIT_CHECK_DELAY_MS),
      );
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(pending.get(doc.uri.toString()));
      pending.delete(doc.uri.toString());
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('secretref.customDialects') && hasCustomDialects()) startInBackground('secretref.customDialects is set');
    }),
  );
  const manifests = vscode.workspace.createFileSystemWatcher('**/secretref.json', false, true, true);
  watchers.push(
    manifests,
    manifests.onDidCreate(() => startInBackground('a secretref.json was created')),
  );
  context.subscriptions.push({ dispose: stopWatching });

  if (hasCustomDialects()) startInBackground('secretref.customDialects is set');
  setTimeout(() => vscode.workspace.textDocuments.forEach(checkLater), 0);
  // One search that stops at the first manifest; dependencies' manifests are not the workspace's.
  void Promise.resolve(vscode.workspace.findFiles('**/secretref.json', '**/node_modules/**', 1)).then(
    (found) => {
      if (found.length > 0) startInBackground(`the workspace has ${vscode.workspace.asRelativePath(found[0])}`);
    },
    () => undefined,
  );
  return server;
}

function hasCustomDialects(): boolean {
  const custom = vscode.workspace.getConfiguration('secretref').get<unknown[]>('customDialects');
  return Array.isArray(custom) && custom.length > 0;
}
