// out-of-scope: the secret is scoped to other apps than the one the reference runs in (Ductape).
import type { Rule } from './rule';
import { eachUse, scopeProblem } from '../model/resolve';

export const outOfScopeRule: Rule = {
  id: 'outOfScope',
  codes: ['out-of-scope'],
  perReference: true,
  check: eachUse(({ ref, secret, scope }) =>
    secret && scopeProblem(secret, scope.app)
      ? {
          code: 'out-of-scope',
          severity: 'error',
          message: `Secret '${ref.name}' is not accessible by app '${scope.app}'`,
          data: { app: scope.app, appSource: scope.appSource, scope: secret.scope },
        }
      : undefined,
  ),
};
