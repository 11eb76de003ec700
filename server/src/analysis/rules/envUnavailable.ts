// env-unavailable: the secret is limited to other environments than the one the reference runs in (Ductape).
import type { Rule } from '../rule';
import { envProblem, resolvedUses } from '../resolve';
import type { AnalysisDiagnostic } from '../types';

export const envUnavailableRule: Rule = {
  id: 'envUnavailable',
  codes: ['env-unavailable'],
  perReference: true,
  check(ctx) {
    const out: AnalysisDiagnostic[] = [];
    for (const { ref, secret, scope } of resolvedUses(ctx)) {
      if (!secret || !envProblem(secret, scope.env)) continue;
      out.push({
        code: 'env-unavailable',
        severity: 'error',
        message: `Secret '${ref.name}' is not available in environment '${scope.env}'`,
        range: ref.range,
        secret: secret.name,
        data: { env: scope.env, envSource: scope.envSource, envs: secret.envs },
      });
    }
    return out;
  },
};
