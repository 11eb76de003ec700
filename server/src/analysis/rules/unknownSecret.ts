// unknown-secret: a reference to a name the store does not have, with "did you mean" for a near
// name, and for a name that differs only in case where the dialect is case-sensitive.
// An empty store (no client store, no manifest) still reports: the user needs to see that the
// name resolves to nothing here, which is exactly what will happen at run time.
import type { Rule } from './rule';
import { eachUse } from '../model/resolve';

export const unknownSecretRule: Rule = {
  id: 'unknownSecret',
  codes: ['unknown-secret'],
  perReference: true,
  check: eachUse(({ ref, secret, caseMismatch }, ctx) => {
    if (secret) return undefined;
    const suggestion = caseMismatch?.name ?? ctx.store.suggest(ref.name)[0];
    const hint = caseMismatch
      ? ` (did you mean '${suggestion}'? names are case-sensitive)`
      : suggestion
        ? ` (did you mean '${suggestion}'?)`
        : '';
    return {
      code: 'unknown-secret',
      severity: 'error',
      message: `Secret '${ref.name}' not found${hint}`,
      ...(suggestion ? { data: { suggestion } } : {}),
    };
  }),
};
