// unknown-secret: a reference to a name the store does not have, with "did you mean" for a near
// name, and for a name that differs only in case where the dialect is case-sensitive.
// An empty store (no client store, no manifest) still reports: the user needs to see that the
// name resolves to nothing here, which is exactly what will happen at run time.
import type { Rule } from '../rule';
import { resolvedUses } from '../resolve';
import type { AnalysisDiagnostic } from '../types';

export const unknownSecretRule: Rule = {
  id: 'unknownSecret',
  codes: ['unknown-secret'],
  perReference: true,
  check(ctx) {
    const out: AnalysisDiagnostic[] = [];
    for (const { ref, secret, caseMismatch } of resolvedUses(ctx)) {
      if (secret) continue;
      let hint = '';
      let suggestion: string | undefined;
      if (caseMismatch) {
        suggestion = caseMismatch.name;
        hint = ` (did you mean '${suggestion}'? names are case-sensitive)`;
      } else {
        suggestion = ctx.store.suggest(ref.name)[0];
        if (suggestion) hint = ` (did you mean '${suggestion}'?)`;
      }
      out.push({
        code: 'unknown-secret',
        severity: 'error',
        message: `Secret '${ref.name}' not found${hint}`,
        range: ref.range,
        secret: ref.name,
        ...(suggestion ? { data: { suggestion } } : {}),
      });
    }
    return out;
  },
};
