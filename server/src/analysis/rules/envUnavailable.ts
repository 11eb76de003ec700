// env-unavailable: the secret is limited to other environments than the one the reference runs in (Ductape).
import type { Rule } from './rule';
import { eachUse, envProblem } from '../model/resolve';

export const envUnavailableRule: Rule = {
  id: 'envUnavailable',
  codes: ['env-unavailable'],
  perReference: true,
  check: eachUse(({ ref, secret, scope }) =>
    secret && envProblem(secret, scope.env)
      ? {
          code: 'env-unavailable',
          severity: 'error',
          message: `Secret '${ref.name}' is not available in environment '${scope.env}'`,
          data: { env: scope.env, envSource: scope.envSource, envs: secret.envs },
        }
      : undefined,
  ),
};
