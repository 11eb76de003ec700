// Activation only: create the shared pieces and hand them to each feature's register function.
import * as vscode from 'vscode';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('SecretRef', { log: true });
  context.subscriptions.push(log);
}

export function deactivate(): void {}
