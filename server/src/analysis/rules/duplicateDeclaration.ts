// duplicate-declaration: the same name twice in one requiredSecrets list (JS/TS, JSON, YAML).
import { jsFacts, mayDeclareSecrets, metadataFromFile, type RequiredSecretsList } from '../integrations';
import { dialectEnabled } from '../dialects/dialect';
import { requiredDialect } from '../dialects/required';
import type { Rule } from './rule';
import type { AnalysisDiagnostic } from '../model/types';

export const duplicateDeclarationRule: Rule = {
  id: 'duplicateDeclaration',
  codes: ['duplicate-declaration'],
  check(ctx) {
    if (!dialectEnabled(ctx.settings, requiredDialect) || !mayDeclareSecrets(ctx.doc)) return [];
    const lists: RequiredSecretsList[] = [];
    if (ctx.doc.kind === 'javascript' || ctx.doc.kind === 'typescript') {
      for (const integ of jsFacts(ctx.doc)?.integrations ?? [])
        if (integ.required && !integ.requiredFromSibling) lists.push(integ.required);
    } else if (ctx.doc.kind === 'json' || ctx.doc.kind === 'yaml') {
      const list = metadataFromFile(ctx.doc)?.required;
      if (list) lists.push(list);
    }
    const out: AnalysisDiagnostic[] = [];
    for (const list of lists) {
      const seen = new Set<string>();
      for (const e of list.entries) {
        if (!seen.has(e.name)) {
          seen.add(e.name);
          continue;
        }
        out.push({
          code: 'duplicate-declaration',
          severity: 'warning',
          message: `Secret '${e.name}' is declared more than once in requiredSecrets`,
          range: e.range,
          secret: e.name,
          unnecessary: true,
        });
      }
    }
    return out;
  },
};
