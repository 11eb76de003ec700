// Wires the runner into the extension: the command, the "▶ Run" CodeLens and the output channel.
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../../server/src/lsp/protocol';
import { RunCodeLensProvider } from './codeLens';
import { cached, integrationsFromServer, type RequestSender } from './discovery';
import { IntegrationRunner, parseRunOptions, type SecretValueSource } from './runCommand';

export type { SecretValueSource } from './runCommand';

const SCRIPT_LANGUAGES = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

export function registerRunner(
  context: vscode.ExtensionContext,
  values: SecretValueSource,
  languageClient: () => RequestSender | undefined,
): IntegrationRunner {
  // Integration output gets its own channel: it streams raw text, not log lines.
  const output = vscode.window.createOutputChannel('SecretRef: Integrations');
  const integrations = cached(integrationsFromServer(languageClient));
  const runner = new IntegrationRunner({ context, values, integrations, output });
  const lenses = new RunCodeLensProvider(integrations);
  context.subscriptions.push(
    output,
    runner,
    vscode.commands.registerCommand(CLIENT_COMMANDS.runIntegration, (uri?: string | vscode.Uri, name?: string, options?: unknown) =>
      runner.run(uri, name, parseRunOptions(options)),
    ),
    vscode.commands.registerCommand('secretref.stopIntegration', () => {
      const n = runner.stopAll();
      if (!n) void vscode.window.showInformationMessage('No integration is running.');
      return n;
    }),
    vscode.languages.registerCodeLensProvider(
      SCRIPT_LANGUAGES.map((language) => ({ language, scheme: 'file' })),
      lenses,
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()),
  );
  return runner;
}
