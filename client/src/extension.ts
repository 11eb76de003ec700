// Activation only: create the shared pieces and hand them to each feature's register function.
import * as vscode from 'vscode';

/** Returned by activate() for the extension-host tests (test/e2e), which need the real SecretStorage. */
export interface SecretRefTestApi {
  secrets: vscode.SecretStorage;
}

export async function activate(context: vscode.ExtensionContext): Promise<SecretRefTestApi> {
  const log = vscode.window.createOutputChannel('SecretRef', { log: true });
  context.subscriptions.push(log);
  return { secrets: context.secrets };
}

export function deactivate(): void {}
