// Quick fix for logged-secret: log whether the secret is set (`!!value`) instead of the value,
// as ToolJump's safe lines do. The edits come from the flow walk (data.redactEdits).
import type { QuickFixProvider } from './codeAction';
import type { QuickFix, TextEdit } from '../model/types';

function isEdit(x: unknown): x is TextEdit {
  const e = x as TextEdit;
  return !!e && typeof e.newText === 'string' && !!e.range && typeof e.range.start === 'number' && typeof e.range.end === 'number';
}

export const redactLoggedValueFix: QuickFixProvider = {
  codes: ['logged-secret'],
  provide({ diagnostic }): QuickFix[] {
    const edits = diagnostic.data?.redactEdits;
    if (!Array.isArray(edits) || edits.length === 0 || !edits.every(isEdit)) return [];
    const names = Array.isArray(diagnostic.data?.names) ? (diagnostic.data.names as string[]) : [diagnostic.secret ?? 'the secret'];
    const title =
      names.length === 1
        ? `Log whether '${names[0]}' is set (!!value), not its value`
        : 'Log whether the secrets are set (!!value), not their values';
    return [{ title, fixes: 'logged-secret', edits, isPreferred: true }];
  },
};
