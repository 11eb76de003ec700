// Quick fix for out-of-scope: edit the secret's scope (its apps) in the client, with the app the
// reference runs in picked already. The scope lives in the client's store or the manifest, so
// this is a client command, offered to clients that run commands.
import type { QuickFixProvider } from './codeAction';
import type { QuickFix } from '../model/types';

export const EDIT_SCOPE_COMMAND = 'secretref.editScope';

export const editScopeFix: QuickFixProvider = {
  codes: ['out-of-scope'],
  provide({ diagnostic, store }): QuickFix[] {
    const name = diagnostic.secret;
    const app = diagnostic.data?.app;
    if (!name || typeof app !== 'string' || app === '') return [];
    // A secret only secretref.json declares has no stored secret to edit: scopeInManifest edits the file.
    if (store.get(name)?.level === 'manifest') return [];
    return [
      {
        title: `Let app '${app}' use '${name}' (edit its scope)`,
        fixes: diagnostic.code,
        command: { command: EDIT_SCOPE_COMMAND, title: 'Edit scope', arguments: [name, app] },
      },
    ];
  },
};
