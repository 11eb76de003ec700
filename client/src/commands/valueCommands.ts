// Copy Value: the one command that takes a value out of SecretStorage, to the clipboard only,
// after an explicit confirmation, and cleared again after `secretref.clipboardClearSeconds`
// unless the clipboard no longer holds it (the user copied something else meanwhile).
import * as vscode from 'vscode';
import { SecretStoreError } from '../store/errors';
import type { SecretStore } from '../store/secretStore';
import { command, isArgsObject, resolveSecret } from './ui';

export function registerValueCommands(store: SecretStore, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  return [
    // Args: tree item | name | { name, env?, confirmed: true }. Returns nothing: the value goes to the clipboard only.
    vscode.commands.registerCommand(
      'secretref.copyValue',
      command(log, 'secretref.copyValue', async (arg?: unknown): Promise<void> => {
        const s = await resolveSecret(store, arg, 'Copy the value of which secret?');
        const env =
          isArgsObject(arg) && typeof arg.env === 'string'
            ? arg.env
            : vscode.workspace.getConfiguration('secretref').get<string>('environment') || undefined;
        const seconds = Math.max(0, vscode.workspace.getConfiguration('secretref').get<number>('clipboardClearSeconds', 30));
        if (!(isArgsObject(arg) && arg.confirmed === true)) {
          const answer = await vscode.window.showWarningMessage(
            `Copy the value of '${s.name}'${env ? ` for ${env}` : ''} to the clipboard?`,
            {
              modal: true,
              detail:
                seconds > 0
                  ? `The clipboard is cleared after ${seconds} seconds if it still holds the value.`
                  : 'The clipboard is not cleared automatically (secretref.clipboardClearSeconds is 0).',
            },
            'Copy Value',
          );
          if (answer !== 'Copy Value') return;
        }
        let value = await store.getValue(s.name, env);
        if (value === undefined) {
          throw new SecretStoreError(
            'not_found',
            `Secret '${s.name}' has no value${env ? ` for ${env} and no default value` : ''}. Set one with "Secrets: Set Value".`,
          );
        }
        await vscode.env.clipboard.writeText(value);
        log.info(`Copied the value of '${s.name}' to the clipboard${seconds > 0 ? `; clearing it in ${seconds} s` : ''}.`);
        vscode.window.setStatusBarMessage(`Copied the value of ${s.name}${seconds > 0 ? ` (cleared in ${seconds} s)` : ''}`, 3000);
        if (seconds > 0) {
          const copied = value;
          const t = setTimeout(
            () =>
              void (async () => {
                timers.delete(t);
                try {
                  if ((await vscode.env.clipboard.readText()) === copied) await vscode.env.clipboard.writeText('');
                } catch {
                  // The clipboard may be unavailable (remote window closed): nothing more can be done.
                }
              })(),
            seconds * 1000,
          );
          timers.add(t);
        }
        value = undefined;
      }),
    ),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  ];
}
