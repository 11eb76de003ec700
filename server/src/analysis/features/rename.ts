// Rename rules: what a secret may be renamed to, and the edits that rename its references.
import { isValidSecretName } from '../model/store';
import type { StoreSnapshot } from '../model/store';

export type RenameCheck = { ok: true } | { ok: false; message: string };

/** Whether `oldName` may become `newName`. Messages name both secrets and say what to do. */
export function checkRename(oldName: string, newName: string, store: StoreSnapshot, workspaceNames: Iterable<string> = []): RenameCheck {
  if (newName === oldName) return { ok: false, message: `'${newName}' is already the name of this secret: type a different name.` };
  if (!isValidSecretName(newName)) {
    return {
      ok: false,
      message: `'${newName}' is not a valid secret name: use letters, digits and underscores, starting with a letter or underscore.`,
    };
  }
  const differsOnlyInCase = newName.toLowerCase() === oldName.toLowerCase();
  const existing = store.get(newName);
  if (existing && !differsOnlyInCase) {
    return {
      ok: false,
      message: `A secret named '${newName}' already exists: renaming '${oldName}' to it would merge two secrets. Pick another name or delete '${newName}' first.`,
    };
  }
  if (!differsOnlyInCase) {
    for (const n of workspaceNames) {
      if (n === newName) {
        return {
          ok: false,
          message: `'${newName}' is already referenced in this workspace: renaming '${oldName}' to it would merge two secrets. Pick another name.`,
        };
      }
    }
  }
  return { ok: true };
}

/** Whether a name can be renamed at all (prepareRename). */
export function checkRenameable(name: string): RenameCheck {
  if (!isValidSecretName(name)) {
    return { ok: false, message: `'${name}' is not a valid secret name, so it cannot be renamed: fix the reference first.` };
  }
  return { ok: true };
}

/** Edits replacing the name in each reference range. */
export function renameEdits<R>(ranges: readonly R[], newName: string): Array<{ range: R; newText: string }> {
  return ranges.map((range) => ({ range, newText: newName }));
}
