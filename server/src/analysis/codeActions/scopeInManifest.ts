// Quick fix for out-of-scope when the scope lives in `secretref.json`: add the app the reference
// runs in to the secret's `scope` there, an edit any client applies. Offered where the client's
// Edit Scope command cannot help: a secret only the manifest declares (no stored secret to edit),
// or a client that cannot run commands.
import type { QuickFixProvider } from './codeAction';
import type { QuickFix } from '../model/types';
import { manifestEdit, manifestSecrets } from './manifestEdit';

export const scopeInManifestFix: QuickFixProvider = {
  codes: ['out-of-scope'],
  readsManifest: 'always',
  provide({ diagnostic, manifest, store, clientRunsCommands }): QuickFix[] {
    const name = diagnostic.secret;
    const app = diagnostic.data?.app;
    if (!name || typeof app !== 'string' || app === '' || !manifest) return [];
    if (clientRunsCommands !== false && store.get(name)?.level !== 'manifest') return [];
    const secrets = manifestSecrets(manifest);
    if (!secrets || !Object.prototype.hasOwnProperty.call(secrets, name)) return [];
    const entry = secrets[name];
    const scope = typeof entry === 'object' && entry !== null ? (entry as { scope?: unknown }).scope : undefined;
    // Only a scope the manifest states: an empty or absent one already lets every app in.
    if (!Array.isArray(scope) || scope.length === 0 || scope.includes(app)) return [];
    const otherFile = manifestEdit(manifest, ['secrets', name, 'scope'], [...(scope as unknown[]), app]);
    if (!otherFile) return [];
    return [
      {
        title: `Let app '${app}' use '${name}' (add it to the scope in secretref.json)`,
        fixes: diagnostic.code,
        isPreferred: true,
        otherFile,
      },
    ];
  },
};
