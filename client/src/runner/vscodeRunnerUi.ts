// VS Code's side of RunnerUi (runPolicy.ts): the modal consent question, the Restricted Mode
// error and the "no value" warning with a Create/Set button per secret. Names only, never a value.
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../../server/src/lsp/protocol';
import type { MissingSecret, RunnerUi } from './runPolicy';

export const vscodeRunnerUi: RunnerUi = {
  restricted(message: string): void {
    void vscode.window
      .showErrorMessage(message, 'Manage Workspace Trust')
      .then((a) => a && vscode.commands.executeCommand('workbench.trust.manage'));
  },

  missing(message: string, missing: readonly MissingSecret[], env: string | undefined): void {
    // A secret the store lacks is created; one it has without a value here gets its value set.
    const buttons = missing.map((m) => ({
      title: m.state === 'unknown' ? `Create '${m.name}'` : `Set '${m.name}'`,
      run: () =>
        m.state === 'unknown'
          ? vscode.commands.executeCommand(CLIENT_COMMANDS.createSecret, m.name)
          : vscode.commands.executeCommand(CLIENT_COMMANDS.setValue, m.name, env),
    }));
    void vscode.window.showWarningMessage(message, ...buttons).then((b) => b?.run());
  },

  async consent(question: string, detail: string): Promise<boolean> {
    const allow = 'Allow and Run';
    return (await vscode.window.showWarningMessage(question, { modal: true, detail }, allow)) === allow;
  },
};
