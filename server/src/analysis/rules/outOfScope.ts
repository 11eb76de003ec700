// out-of-scope: the secret is scoped to other apps than the one the reference runs in (Ductape).
import type { Rule } from '../rule';
import { resolvedUses, scopeProblem } from '../resolve';
import type { AnalysisDiagnostic } from '../types';

export const outOfScopeRule: Rule = {
  id: 'outOfScope',
  codes: ['out-of-scope'],
  perReference: true,
  check(ctx) {
    const out: AnalysisDiagnostic[] = [];
    for (const { ref, secret, scope } of resolvedUses(ctx)) {
      if (!secret || !scopeProblem(secret, scope.app)) continue;
      out.push({
        code: 'out-of-scope',
        severity: 'error',
        message: `Secret '${ref.name}' is not accessible by app '${scope.app}'`,
        range: ref.range,
        secret: secret.name,
        data: { app: scope.app, appSource: scope.appSource, scope: secret.scope },
      });
    }
    return out;
  },
};
