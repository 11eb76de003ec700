// invalid-name: a reference whose name is not an identifier (Julep: a secret name "must be a
// valid identifier"), in any dialect. The suggestion is the nearest valid spelling, for a quick fix.
// A name the dialect's platform accepts (Ductape's `stripe-api-key`) works there, so it is a
// warning that says so: SecretRef's store cannot hold it, so it cannot check the reference.
import { dialectById } from '../dialects';
import type { Rule } from './rule';
import { isValidSecretName } from '../model/store';
import type { AnalysisDiagnostic } from '../model/types';

export const invalidNameRule: Rule = {
  id: 'invalidName',
  codes: ['invalid-name'],
  perReference: true,
  check(ctx) {
    const out: AnalysisDiagnostic[] = [];
    for (const ref of ctx.references) {
      if (isValidSecretName(ref.name)) continue;
      const suggestion = validSpelling(ref.name);
      const platform = dialectById(ref.dialect)?.platformNames;
      const theirs = platform && platform.accepts.test(ref.name) ? platform.platform : undefined;
      out.push({
        code: 'invalid-name',
        severity: theirs ? 'warning' : 'error',
        message: theirs
          ? `'${ref.name}' is a valid ${theirs} key but not a SecretRef secret name (letters, digits and _ only), so SecretRef cannot check it: ` +
            `rename the secret${suggestion ? ` to '${suggestion}'` : ''} in ${theirs} and here`
          : `'${ref.name}' is not a valid secret name`,
        range: ref.range,
        secret: ref.name,
        ...(suggestion ? { data: { suggestion } } : {}),
      });
    }
    return out;
  },
};

/** `my key` → `my_key`, ` X ` → `X`, `1st` → `_1st`; undefined when nothing usable is left. */
export function validSpelling(name: string): string | undefined {
  let s = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+(?=[A-Za-z])/, '')
    .replace(/_+$/, '');
  if (s === '') return undefined;
  if (/^[0-9]/.test(s)) s = '_' + s;
  return isValidSecretName(s) ? s : undefined;
}
