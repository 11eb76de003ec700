// Activation only: create the shared pieces and hand them to each feature's register function.
// The language server is not among them: it starts when the workspace first needs it (lazyServer.ts).
import { loadStarted } from './loadClock';
import * as vscode from 'vscode';
import { registerStoreCommands } from './commands';
import type { ServerLink } from './commands/secretCommands';
import {
  REFERENCE_FORMS,
  RENAME_REFERENCES,
  type ReferenceFormsParams,
  type ReferenceFormsResult,
  type RenameReferencesParams,
  type RenameReferencesResult,
} from '../../server/src/lsp/protocol';
import { lazyLanguageServer } from './lazyServer';
import { registerRunner } from './runner/register';
import { registerContextStatus } from './status/contextStatus';
import { storeHooks } from './store/clientHooks';
import type { SecretStore } from './store/secretStore';
import { openSecretStore } from './store/vscodeStorage';
import { registerSecretsView, type SecretsTreeProvider } from './views/secretsView';

// This bundle's top level ends here (esbuild evaluates the imported modules first): module
// evaluation is loadStarted to this. VS Code calls activate() later, once it has read the
// extension's storage, and meanwhile runs other extensions' code: that wait is not ours.
const loadEnded = performance.now();

/** Returned by activate() only to the extension-host tests (test/e2e), which need the real SecretStorage. */
export interface SecretRefTestApi {
  secrets: vscode.SecretStorage;
  /** The secret store and the Secrets view's data, so tests can check a command's effect on both. */
  store: SecretStore;
  secretsTree: SecretsTreeProvider;
  /** Where this extension's logs and global state files are, for the canary test to search. */
  logUri: vscode.Uri;
  globalStorageUri: vscode.Uri;
  /** What each `secretref` task wrote to its terminal (redacted), by task name, and its exit code. */
  taskTranscripts?: Map<string, { text: string; exitCode?: number }>;
  /** Records consent as the dialog's "Allow and Run" would (the modal cannot be clicked from the host). */
  allowSecrets(consentKey: string, names: string[]): Promise<void>;
  /** Resolves once the secret store is open (activation does not wait for it). */
  ready: Promise<void>;
  /** For the idle benchmark: this bundle's module evaluation plus the activate() call (our own work). */
  activationMs: number;
  /** Between the end of module evaluation and the call of activate(): VS Code's wait, not our code. */
  hostWaitMs: number;
  /** And from there until the store was open (SecretStorage: in code-server, the browser's); set once ready. */
  storeOpenMs?: number;
}

export function activate(context: vscode.ExtensionContext): SecretRefTestApi | undefined {
  const called = performance.now();
  const log = vscode.window.createOutputChannel('SecretRef', { log: true });
  context.subscriptions.push(log);

  // Opening reads SecretStorage; the store's operations queue behind it, and the views refresh when it is open.
  const { store, opened } = openSecretStore(context, (line) => log.info(line));
  const secretsView = registerSecretsView(store);
  const server: ServerLink = {};
  context.subscriptions.push(...registerStoreCommands(store, log, server), ...secretsView.disposables, ...registerContextStatus());
  // Names and metadata for the language server (client/src/languageClient.ts takes these hooks).
  // The server is told the secret names at its start: it waits for the store to be open.
  const languageServer = lazyLanguageServer(context, log, storeHooks(store), opened);
  const send = async <R>(method: string, params?: unknown): Promise<R> =>
    (await languageServer.start(`${method} was asked for`)).sendRequest<R>(method, params);
  // The runner asks the language server for `secretref/integrations`: a command waits for it to
  // start, the "▶ Run" lenses only ask once it runs (a lens must not start it for every script).
  const runner = registerRunner(
    context,
    store,
    () => ({ sendRequest: send }),
    () => languageServer.running,
  );
  languageServer.onDidStart((client) => {
    // The Secrets view's "unused" badge counts references in the server's workspace index.
    secretsView.provider.useLanguageServer((method, params) => client.sendRequest(method, params));
    // "▶ Run" lenses come from the server's integrations: ask again now that it answers.
    runner.refreshLenses();
  });
  // Showing the Secrets view is using SecretRef: its badges need the index.
  const startForView = () => {
    if (secretsView.view.visible) void languageServer.start('the Secrets view is shown').catch(() => undefined);
  };
  context.subscriptions.push(secretsView.view.onDidChangeVisibility(startForView));
  startForView();
  // Rename Secret from the palette offers to rename the references in files too.
  server.renameReferences = async (name, newName) => {
    const client = await languageServer.start('Rename Secret looks for references');
    const r = await client.sendRequest<RenameReferencesResult>(RENAME_REFERENCES, {
      name,
      newName,
    } satisfies RenameReferencesParams);
    return { edit: await client.protocol2CodeConverter.asWorkspaceEdit(r.edit), references: r.references, files: r.files };
  };
  // Copy Reference and Insert Reference write what the server's dialects say.
  server.referenceForms = async (name, languageId) =>
    (await send<ReferenceFormsResult>(REFERENCE_FORMS, { name, languageId } satisfies ReferenceFormsParams)).dialects;
  const activationMs = loadEnded - loadStarted + (performance.now() - called);
  // Any installed extension can read another's exports, and the store can read values:
  // only the extension-host tests (ExtensionMode.Test) get it.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  const api: SecretRefTestApi = {
    secrets: context.secrets,
    store,
    secretsTree: secretsView.provider,
    logUri: context.logUri,
    globalStorageUri: context.globalStorageUri,
    taskTranscripts: runner.taskTranscripts,
    allowSecrets: (key, names) => runner.policy.consent.allow(key, names),
    ready: opened,
    activationMs,
    hostWaitMs: called - loadEnded,
  };
  const activated = performance.now();
  void opened.then(() => (api.storeOpenMs = performance.now() - activated));
  return api;
}

export function deactivate(): void {}
