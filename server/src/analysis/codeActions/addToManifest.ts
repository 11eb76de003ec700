// Quick fix for unknown-secret and missing-required, for clients that cannot run the
// `secretref.*` commands (editors other than VS Code): declare the secret in the
// `secretref.json` that governs the file, an edit any client applies. VS Code's client gets
// "Create secret" instead, which asks for the value too.
import type { QuickFixProvider } from './codeAction';
import { isValidSecretName } from '../model/store';
import type { QuickFix } from '../model/types';
import { manifestEdit, manifestSecrets } from './manifestEdit';

export const addToManifestFix: QuickFixProvider = {
  codes: ['unknown-secret', 'missing-required'],
  readsManifest: 'without-commands',
  provide({ diagnostic, manifest, clientRunsCommands }): QuickFix[] {
    const name = diagnostic.secret;
    if (clientRunsCommands !== false || !manifest || !name || !isValidSecretName(name)) return [];
    // Already declared (missing-required of a declared secret without a value): nothing to add.
    if (diagnostic.code === 'missing-required' && diagnostic.data?.exists === true) return [];
    const secrets = manifestSecrets(manifest);
    if (!secrets || Object.prototype.hasOwnProperty.call(secrets, name)) return [];
    const otherFile = manifestEdit(manifest, ['secrets', name], {});
    if (!otherFile) return [];
    return [
      {
        title: `Declare '${name}' in secretref.json`,
        fixes: diagnostic.code,
        otherFile,
      },
    ];
  },
};
