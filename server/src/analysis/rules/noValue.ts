// no-value: the secret is known (declared in the manifest, or listed by the store) but nothing
// supplies a value for it in the environment the reference runs in.
import type { Rule } from './rule';
import { eachUse, lacksValue } from '../model/resolve';

export const noValueRule: Rule = {
  id: 'noValue',
  codes: ['no-value'],
  perReference: true,
  check: eachUse(({ ref, secret, scope }) =>
    secret && lacksValue(secret, scope.env)
      ? {
          code: 'no-value',
          severity: 'warning',
          message: `Secret '${ref.name}' is declared but has no value here`,
          ...(scope.env ? { data: { env: scope.env } } : {}),
        }
      : undefined,
  ),
};
