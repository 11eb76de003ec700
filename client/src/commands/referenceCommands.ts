// Copy Reference and Insert Reference: the secret's name in the syntax of a chosen dialect. The
// language server's dialects say how each is written (`secretref/referenceForms`), custom ones too.
import * as vscode from 'vscode';
import { InvalidInputError } from '../store/errors';
import type { SecretStore } from '../store/secretStore';
import type { ServerLink } from './secretCommands';
import { command, isArgsObject, required, resolveSecret } from './ui';

async function pickReference(server: ServerLink, arg: unknown, name: string, languageId: string | undefined): Promise<string> {
  if (!server.referenceForms)
    throw new InvalidInputError(
      'The SecretRef language server is not running, so the reference forms are not known yet; try again once it has started.',
    );
  const dialects = await server.referenceForms(name, languageId);
  if (isArgsObject(arg) && typeof arg.dialect === 'string') {
    const wanted = arg.dialect;
    const d = dialects.find((x) => x.id === wanted);
    const on = dialects
      .filter((x) => x.enabled)
      .map((x) => x.id)
      .join(', ');
    if (!d) throw new InvalidInputError(`Unknown reference syntax '${wanted}': use one of ${on}.`);
    if (!d.enabled)
      throw new InvalidInputError(
        `The reference syntax '${wanted}' is turned off in the setting secretref.dialects: turn it on, or use one of ${on}.`,
      );
    return d.forms[0].text;
  }
  const items = dialects.filter((d) => d.enabled).flatMap((d) => d.forms.map((f) => ({ label: f.text, description: f.detail })));
  const pick = await vscode.window.showQuickPick(items, { placeHolder: `Reference ${name} as…` });
  return required(pick).label;
}

export function registerReferenceCommands(store: SecretStore, log: vscode.LogOutputChannel, server: ServerLink): vscode.Disposable[] {
  return [
    // Args: tree item | name | { name, dialect }
    vscode.commands.registerCommand(
      'secretref.copyReference',
      command(log, 'secretref.copyReference', async (arg?: unknown) => {
        const s = await resolveSecret(store, arg, 'Copy a reference to which secret?');
        const text = await pickReference(server, arg, s.name, vscode.window.activeTextEditor?.document.languageId);
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(`Copied ${text}`, 3000);
        return text;
      }),
    ),

    // Args: tree item | name | { name, dialect }
    vscode.commands.registerCommand(
      'secretref.insertReference',
      command(log, 'secretref.insertReference', async (arg?: unknown) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor)
          throw new InvalidInputError(
            'Open a file and place the cursor where the reference goes, then run "Secrets: Insert Reference" again.',
          );
        const s = await resolveSecret(store, arg, 'Insert a reference to which secret?');
        const text = await pickReference(server, arg, s.name, editor.document.languageId);
        await editor.edit((b) => editor.selections.forEach((sel) => b.replace(sel, text)));
        return text;
      }),
    ),
  ];
}
