// undeclared-secret (ToolJump): "Only the secrets declared in requiredSecrets are injected into
// your integration": a read of `secrets.X` where X is not declared is undefined at run time.
// Reported only when the declarations are known in full (a literal list, inline or beside the module).
import { jsFacts } from '../integrations';
import { dialectEnabled } from '../dialects/dialect';
import { requiredDialect } from '../dialects/required';
import type { Rule } from './rule';
import { secretFlow } from '../taint/flow';
import type { AnalysisDiagnostic } from '../model/types';

export const undeclaredSecretRule: Rule = {
  id: 'undeclaredSecret',
  codes: ['undeclared-secret'],
  check(ctx) {
    if (ctx.doc.kind !== 'javascript' && ctx.doc.kind !== 'typescript') return [];
    if (!dialectEnabled(ctx.settings, requiredDialect)) return [];
    const facts = jsFacts(ctx.doc);
    if (!facts || facts.integrations.length === 0) return [];
    const out: AnalysisDiagnostic[] = [];
    for (const use of secretFlow(ctx.doc, ctx.settings).uses) {
      const integ = facts.integrations[use.owner];
      const required = integ?.required;
      if (!required || !required.complete) continue;
      if (required.entries.some((e) => e.name === use.name)) continue;
      out.push({
        code: 'undeclared-secret',
        severity: 'error',
        message: `Secret '${use.name}' is used but not declared in requiredSecrets; it will not be injected`,
        range: use.range,
        secret: use.name,
        data: { ...(integ.name ? { integration: integ.name } : {}), declaredInSibling: integ.requiredFromSibling },
      });
    }
    return out;
  },
};
