// Quick fix for missing-required and unknown-secret: create the secret (the client's create-secret
// UI asks for the value), or set a value when the secret exists without one.
import type { QuickFixProvider } from './codeAction';
import { isValidSecretName } from '../model/store';
import type { QuickFix } from '../model/types';

export const createSecretFix: QuickFixProvider = {
  codes: ['missing-required', 'unknown-secret'],
  provide({ diagnostic }): QuickFix[] {
    const name = diagnostic.secret;
    if (!name || !isValidSecretName(name)) return [];
    if (diagnostic.code === 'missing-required' && diagnostic.data?.exists === true) {
      return [
        {
          title: `Set a value for '${name}'`,
          fixes: diagnostic.code,
          command: { command: 'secretref.setValue', title: 'Set value', arguments: [name] },
        },
      ];
    }
    return [
      {
        title: `Create secret '${name}'`,
        fixes: diagnostic.code,
        command: { command: 'secretref.createSecret', title: 'Create secret', arguments: [name] },
      },
    ];
  },
};
