// The thin client: starts the language server, gives it names and metadata (never values),
// keeps it told when secrets change, and follows a rename of references with a rename in
// the store. Everything else the server does on its own.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { SecretInfo } from '../../server/src/analysis/model/types';
import { JSON_LANGUAGES, widenToLineStart } from './completion/jsonRanking';
import { filteredTraceChannel } from './traceFilter';
import { CLIENT_COMMANDS, SECRETS_CHANGED, type InitializationOptions, type SecretsChangedParams } from '../../server/src/lsp/protocol';

export interface LanguageClientHooks {
  getSecrets(): SecretInfo[];
  onDidChangeSecrets: (listener: () => unknown) => { dispose(): unknown };
  /** Called after the references were renamed in the workspace, so the stored secret follows. */
  renameInStore(oldName: string, newName: string): Promise<void>;
}

/** Every file (text forms live in any file) and unsaved editors; the server skips binary and huge files. */
export const DOCUMENT_SELECTOR = [{ scheme: 'file' }, { scheme: 'untitled' }];

function initializationOptions(hooks: LanguageClientHooks): InitializationOptions {
  const cfg = vscode.workspace.getConfiguration('secretref');
  return {
    secrets: hooks.getSecrets(),
    environment: cfg.get<string>('environment') || undefined,
    app: cfg.get<string>('app') || undefined,
    // This client implements the secretref.* commands the server's fixes, lenses and hover links run.
    commands: true,
  };
}

export function startLanguageClient(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  hooks: LanguageClientHooks,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };

  let client: LanguageClient | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: () => initializationOptions(hooks),
    // The server pulls settings with workspace/configuration; this makes the client tell it when they change.
    synchronize: { configurationSection: ['secretref', 'files.exclude'] },
    outputChannel: log,
    // The same channel, but a trace never shows a document's text (only its length).
    traceOutputChannel: filteredTraceChannel(log),
    // Hovers link to these commands; no other command may run from server markdown.
    markdown: { isTrusted: { enabledCommands: [CLIENT_COMMANDS.setValue, CLIENT_COMMANDS.rotateSecret, CLIENT_COMMANDS.createSecret] } },
    middleware: {
      // In JSON our names must outrank the JSON service's value completions (see jsonRanking.ts).
      provideCompletionItem: async (document, position, context, token, next) => {
        const result = await next(document, position, context, token);
        if (!result || !JSON_LANGUAGES.has(document.languageId)) return result;
        const line = document.lineAt(position.line).text;
        for (const item of Array.isArray(result) ? result : result.items) rankInJson(item, line, position);
        return result;
      },
      // The server renames the references; the store must follow or every reference would dangle.
      // The edit is applied here (not returned) so the store is renamed only once the files are.
      provideRenameEdits: async (document, position, newName, token, next) => {
        const c = client;
        if (!c) return next(document, position, newName, token);
        const prepared = await c.sendRequest<{ placeholder?: string } | null>(
          'textDocument/prepareRename',
          { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character } },
          token,
        );
        const edit = await next(document, position, newName, token);
        if (!edit || token.isCancellationRequested) return edit;
        const oldName = prepared?.placeholder;
        if (!(await vscode.workspace.applyEdit(edit))) {
          void vscode.window.showErrorMessage(
            `SecretRef: renaming the references of '${oldName ?? 'the secret'}' to '${newName}' failed; the stored secret was not renamed.`,
          );
          return new vscode.WorkspaceEdit();
        }
        if (oldName && oldName !== newName) {
          try {
            await hooks.renameInStore(oldName, newName);
          } catch (e) {
            const why = e instanceof Error ? e.message : String(e);
            void vscode.window.showErrorMessage(
              `SecretRef: the references now say '${newName}', but renaming the stored secret '${oldName}' failed: ${why}. Rename it with "Secrets: Rename Secret" so nothing dangles.`,
            );
          }
        }
        return new vscode.WorkspaceEdit();
      },
    },
  };

  client = new LanguageClient('secretref', 'SecretRef Language Server', serverOptions, clientOptions);
  const notify = () => {
    if (!client?.isRunning()) return;
    const params: SecretsChangedParams = { secrets: hooks.getSecrets() };
    client
      .sendNotification(SECRETS_CHANGED, params)
      .catch((e: unknown) =>
        log.warn(`Could not send the secret names to the language server: ${e instanceof Error ? e.message : String(e)}`),
      );
  };
  context.subscriptions.push(
    hooks.onDidChangeSecrets(notify),
    // The status-bar context is in settings; the server re-reads them itself on didChangeConfiguration.
    { dispose: () => void client?.stop().catch(() => undefined) },
  );
  client
    .start()
    .catch((e: unknown) => log.error(`The SecretRef language server did not start: ${e instanceof Error ? e.message : String(e)}`));
  return client;
}

function rankInJson(item: vscode.CompletionItem, line: string, position: vscode.Position): void {
  const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
  if (!range || !range.isSingleLine || range.start.line !== position.line || typeof item.insertText !== 'string') return;
  const label = typeof item.label === 'string' ? item.label : item.label.label;
  const edit = widenToLineStart(line, {
    start: range.start.character,
    end: range.end.character,
    newText: item.insertText,
    filterText: item.filterText ?? label,
  });
  item.range = new vscode.Range(position.line, edit.start, position.line, edit.end);
  item.insertText = edit.newText;
  item.filterText = edit.filterText;
}
