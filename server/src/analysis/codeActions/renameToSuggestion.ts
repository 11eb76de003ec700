// Quick fix for unknown-secret in every dialect: replace the name with the one the store has
// (`data.suggestion`, from "did you mean"); for invalid-name, with the nearest valid spelling.
import type { QuickFixProvider } from './codeAction';
import type { QuickFix } from '../model/types';

export const renameToSuggestionFix: QuickFixProvider = {
  codes: ['unknown-secret', 'invalid-name'],
  provide({ diagnostic }): QuickFix[] {
    const suggestion = diagnostic.data?.suggestion;
    if (typeof suggestion !== 'string' || suggestion === '') return [];
    return [
      {
        title: `Change to '${suggestion}'`,
        fixes: diagnostic.code,
        edits: [{ range: diagnostic.range, newText: suggestion }],
        isPreferred: true,
      },
    ];
  },
};
