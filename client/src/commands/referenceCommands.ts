// Copy Reference and Insert Reference: the secret's name in the syntax of a chosen dialect.
import * as vscode from 'vscode';
import { InvalidInputError } from '../store/errors';
import type { SecretStore } from '../store/secretStore';
import { syntaxesForLanguage, syntaxFor, type ReferenceSyntax } from './referenceSyntax';
import { command, isArgsObject, required, resolveSecret } from './ui';

async function pickSyntax(arg: unknown, name: string, languageId: string | undefined): Promise<ReferenceSyntax> {
  if (isArgsObject(arg) && typeof arg.dialect === 'string') {
    const s = syntaxFor(arg.dialect);
    if (!s) throw new InvalidInputError(`Unknown reference syntax '${arg.dialect}': use one of token, template, required, env, taskSecret, event.`);
    return s;
  }
  const pick = await vscode.window.showQuickPick(
    syntaxesForLanguage(languageId).map((s) => ({ label: s.format(name), description: s.detail, syntax: s })),
    { placeHolder: `Reference ${name} as…` },
  );
  return required(pick).syntax;
}

export function registerReferenceCommands(store: SecretStore, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    // Args: tree item | name | { name, dialect }
    vscode.commands.registerCommand('secretref.copyReference', command(log, 'secretref.copyReference', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Copy a reference to which secret?');
      const syntax = await pickSyntax(arg, s.name, vscode.window.activeTextEditor?.document.languageId);
      const text = syntax.format(s.name);
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(`Copied ${text}`, 3000);
      return text;
    })),

    // Args: tree item | name | { name, dialect }
    vscode.commands.registerCommand('secretref.insertReference', command(log, 'secretref.insertReference', async (arg?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) throw new InvalidInputError('Open a file and place the cursor where the reference goes, then run "Secrets: Insert Reference" again.');
      const s = await resolveSecret(store, arg, 'Insert a reference to which secret?');
      const syntax = await pickSyntax(arg, s.name, editor.document.languageId);
      const text = syntax.format(s.name);
      await editor.edit((b) => editor.selections.forEach((sel) => b.replace(sel, text)));
      return text;
    })),
  ];
}
