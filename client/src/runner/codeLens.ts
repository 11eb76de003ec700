// "▶ Run" above each integration's run function, from the same discovery as the command.
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../../server/src/lsp/protocol';
import type { IntegrationSource } from './discovery';

export class RunCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly integrations: IntegrationSource) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    // Restricted Mode runs nothing, so it offers nothing to run.
    if (!vscode.workspace.isTrusted) return [];
    let all;
    try {
      all = await this.integrations.list();
    } catch {
      return []; // the server is not up yet; it asks again when the document changes
    }
    const uri = doc.uri.toString();
    return all
      .filter((i) => i.uri === uri)
      .map((i) => {
        const range = new vscode.Range(i.runLine, i.runCharacter, i.runLine, i.runCharacter);
        return new vscode.CodeLens(range, {
          title: '▶ Run',
          tooltip: `Run integration '${i.name}' with ${i.requiredSecrets.length ? i.requiredSecrets.join(', ') : 'no secrets'} injected`,
          command: CLIENT_COMMANDS.runIntegration,
          arguments: [i.uri, i.name],
        });
      });
  }
}
