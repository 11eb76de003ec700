// no-value: the secret is known (declared in the manifest, or listed by the store) but nothing
// supplies a value for it in the environment the reference runs in.
import type { Rule } from '../rule';
import { lacksValue, resolvedUses } from '../resolve';
import type { AnalysisDiagnostic } from '../types';

export const noValueRule: Rule = {
  id: 'noValue',
  codes: ['no-value'],
  perReference: true,
  check(ctx) {
    const out: AnalysisDiagnostic[] = [];
    for (const { ref, secret, scope } of resolvedUses(ctx)) {
      if (!secret || !lacksValue(secret, scope.env)) continue;
      out.push({
        code: 'no-value',
        severity: 'warning',
        message: `Secret '${ref.name}' is declared but has no value here`,
        range: ref.range,
        secret: secret.name,
        ...(scope.env ? { data: { env: scope.env } } : {}),
      });
    }
    return out;
  },
};
