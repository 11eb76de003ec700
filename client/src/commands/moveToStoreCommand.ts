// The client half of the hardcoded-secret quick fix. The server only says where the credential is
// and what to write instead (server/src/analysis/codeActions/moveHardcodedToStore.ts); the
// credential itself is read here from the editor's own copy of the document, stored in
// SecretStorage, and replaced by the reference in one edit. It never goes to a log or the server.
import * as vscode from 'vscode';
import type { SecretStore } from '../store/secretStore';
import { ConflictError } from '../store/errors';
import { command, defaultLevel, inputRequired, isArgsObject } from './ui';

interface OffsetEdit {
  range: { start: number; end: number };
  newText: string;
}

function isOffsetRange(v: unknown): v is { start: number; end: number } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { start?: unknown }).start === 'number' &&
    typeof (v as { end?: unknown }).end === 'number'
  );
}

/** Replaces the suggested name by the chosen one only where it stands as a whole identifier. */
function renameIn(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text.replace(new RegExp(`(?<![A-Za-z0-9_])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`, 'g'), to);
}

export function registerMoveToStoreCommand(store: SecretStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const id = 'secretref.moveHardcodedToStore';
  // Args: [uri, {start,end} offsets of the credential, suggestedName, replacementText, extraEdits]; a fifth-position
  // args object `{ name }` (tests) skips the name prompt.
  return vscode.commands.registerCommand(
    id,
    command(
      log,
      id,
      async (uriArg: unknown, rangeArg: unknown, suggestedArg: unknown, replacementArg: unknown, extraArg: unknown, options?: unknown) => {
        if (typeof uriArg !== 'string' || !isOffsetRange(rangeArg) || typeof replacementArg !== 'string') {
          throw new Error(
            "Move to secret store needs the quick fix's arguments (a document, a range and a replacement): run it from the light bulb on a hardcoded credential.",
          );
        }
        const suggested = typeof suggestedArg === 'string' ? suggestedArg : 'SECRET';
        const extra = Array.isArray(extraArg)
          ? (extraArg as OffsetEdit[]).filter((e) => isOffsetRange(e?.range) && typeof e.newText === 'string')
          : [];
        const uri = vscode.Uri.parse(uriArg);
        const doc = await vscode.workspace.openTextDocument(uri);
        const version = doc.version;
        const credential = doc.getText(new vscode.Range(doc.positionAt(rangeArg.start), doc.positionAt(rangeArg.end)));
        if (credential.length === 0)
          throw new Error(
            `Nothing to move in ${vscode.workspace.asRelativePath(uri)}: the credential is no longer there. Save the file and try the quick fix again.`,
          );

        const level = defaultLevel();
        const validate = (n: string) => store.checkName(n) ?? (store.find(n, level) ? new ConflictError(n, level).message : undefined);
        const given = isArgsObject(options) && typeof options.name === 'string' ? options.name : undefined;
        const name =
          given ??
          (await inputRequired({
            title: 'Move the credential into the secret store',
            prompt: `Name of the new ${level} secret; the code will refer to it instead of the credential`,
            value: suggested,
            validateInput: validate,
          }));
        const invalid = validate(name);
        if (invalid) throw new Error(invalid);

        if (doc.version !== version)
          throw new Error(
            `${vscode.workspace.asRelativePath(uri)} changed while you named the secret; nothing was stored. Try the quick fix again.`,
          );
        await store.create({ name, level, value: credential });

        const edit = new vscode.WorkspaceEdit();
        const at = (r: { start: number; end: number }) => new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
        edit.replace(uri, at(rangeArg), renameIn(replacementArg, suggested, name));
        for (const e of extra) edit.replace(uri, at(e.range), renameIn(e.newText, suggested, name));
        const applied = await vscode.workspace.applyEdit(edit);
        if (!applied) {
          // The value is safe in the store either way; say what is left to do rather than losing it.
          throw new Error(
            `Stored '${name}', but ${vscode.workspace.asRelativePath(uri)} could not be edited: replace the credential with a reference to '${name}' by hand.`,
          );
        }
        log.info(`Moved a hardcoded credential from ${vscode.workspace.asRelativePath(uri)} into ${level} secret '${name}'.`);
        void vscode.window.showInformationMessage(`The credential is now ${level} secret '${name}'. Rotate it if it was ever committed.`);
        return name;
      },
    ),
  );
}
