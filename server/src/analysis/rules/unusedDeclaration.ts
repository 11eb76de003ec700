// unused-declaration: a requiredSecrets entry the run function never reads. Injecting a secret
// the code does not need widens what the integration can see, so the editor greys it out.
// Not reported when the secrets object escapes where reads cannot be followed (passed to an
// unknown function, spread, iterated): any name might be read there.
import { jsFacts } from '../integrations';
import { dialectEnabled } from '../dialects/dialect';
import { requiredDialect } from '../dialects/required';
import type { Rule } from './rule';
import { secretFlow } from '../taint/flow';
import type { AnalysisDiagnostic } from '../model/types';

export const unusedDeclarationRule: Rule = {
  id: 'unusedDeclaration',
  codes: ['unused-declaration'],
  check(ctx) {
    if (ctx.doc.kind !== 'javascript' && ctx.doc.kind !== 'typescript') return [];
    if (!dialectEnabled(ctx.settings, requiredDialect)) return [];
    const facts = jsFacts(ctx.doc);
    if (!facts || facts.integrations.length === 0) return [];
    const flow = secretFlow(ctx.doc, ctx.settings);
    const out: AnalysisDiagnostic[] = [];
    facts.integrations.forEach((integ, owner) => {
      if (!integ.required || integ.requiredFromSibling || !integ.run || flow.opaque.has(owner)) return;
      const used = new Set(flow.uses.filter((u) => u.owner === owner).map((u) => u.name));
      // The env adapter's form reads the same secret: `process.env.INTEGRATION_X` inside the integration uses X.
      for (const r of facts.envRefs)
        if (r.fullRange.start >= integ.range.start && r.fullRange.end <= Math.max(integ.range.end, integ.run.node.end)) used.add(r.name);
      const seen = new Set<string>();
      for (const e of integ.required.entries) {
        if (seen.has(e.name)) continue;
        seen.add(e.name);
        if (used.has(e.name) || e.name === '') continue;
        out.push({
          code: 'unused-declaration',
          severity: 'hint',
          message: `Secret '${e.name}' is declared in requiredSecrets but never used`,
          range: e.range,
          secret: e.name,
          unnecessary: true,
          ...(integ.name ? { data: { integration: integ.name } } : {}),
        });
      }
    });
    return out;
  },
};
