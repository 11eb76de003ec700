// missing-required (ToolJump): "If a secret is not defined, but required by an integration, the
// integration will not run". Checked on requiredSecrets entries against the store snapshot. A
// name close to a defined one is more likely a typo than a missing secret: that is reported as
// unknown-secret with the suggestion. With an empty snapshot (no client store, no manifest, no
// INTEGRATION_* variables) nothing is known, so nothing is reported: every entry would be flagged.
import type { Rule } from './rule';
import { lacksValue, effectiveScope } from '../model/resolve';
import type { AnalysisDiagnostic } from '../model/types';
import { REQUIRED_DIALECT_ID } from '../dialects/required';

export const missingRequiredRule: Rule = {
  id: 'missingRequired',
  codes: ['missing-required', 'unknown-secret'],
  check(ctx) {
    if (ctx.store.size === 0) return [];
    const out: AnalysisDiagnostic[] = [];
    const seen = new Set<string>();
    for (const ref of ctx.references) {
      if (ref.dialect !== REQUIRED_DIALECT_ID || ref.kind !== 'declaration' || ref.name === '') continue;
      const key = `${ref.integration ?? ''}\u0000${ref.name}`;
      if (seen.has(key)) continue; // a duplicate entry is duplicate-declaration's business
      seen.add(key);
      const { secret, caseMismatch } = ctx.store.lookup(ref.name, true);
      if (secret) {
        // Only a store that says it has no value stops the run. A manifest entry alone (the CLI in CI)
        // says what the project expects, not what is missing: every declaration would be flagged.
        const env = effectiveScope(ref.context, ctx.settings).env;
        if (secret.hasValue !== false || !lacksValue(secret, env)) continue;
      } else {
        const suggestion = caseMismatch?.name ?? ctx.store.suggest(ref.name)[0];
        if (suggestion) {
          out.push({
            code: 'unknown-secret',
            severity: 'error',
            message: `Secret '${ref.name}' not found (did you mean '${suggestion}'?${caseMismatch ? ' names are case-sensitive' : ''})`,
            range: ref.range,
            secret: ref.name,
            data: { suggestion },
          });
          continue;
        }
      }
      out.push({
        code: 'missing-required',
        severity: 'warning',
        message: `Required secret '${ref.name}' is not defined; the integration will not run`,
        range: ref.range,
        secret: ref.name,
        data: { exists: !!secret },
      });
    }
    return out;
  },
};
