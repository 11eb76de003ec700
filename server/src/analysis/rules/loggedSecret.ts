// logged-secret (ToolJump: "Never log secrets"): a secret value reaches a log call or a thrown
// error. The data flow is in taint/flow.ts; this rule words the finding, once per call.
import type { Rule } from './rule';
import { secretFlow } from '../taint/flow';
import type { AnalysisDiagnostic } from '../model/types';

export function loggedMessage(names: readonly string[], call: string): string {
  if (names.length === 1) return `Secret '${names[0]}' is written to a log by ${call}`;
  return `Secrets ${names.map((n) => `'${n}'`).join(', ')} are written to a log by ${call}`;
}

export const loggedSecretRule: Rule = {
  id: 'loggedSecret',
  codes: ['logged-secret'],
  check(ctx) {
    if (ctx.doc.kind !== 'javascript' && ctx.doc.kind !== 'typescript') return [];
    const out: AnalysisDiagnostic[] = [];
    for (const leak of secretFlow(ctx.doc, ctx.settings).leaks) {
      out.push({
        code: 'logged-secret',
        severity: 'warning',
        message: loggedMessage(leak.names, leak.call),
        range: leak.range,
        secret: leak.names[0],
        data: { call: leak.call, names: leak.names, ...(leak.redactEdits ? { redactEdits: leak.redactEdits } : {}) },
      });
    }
    return out;
  },
};
