// VS Code's JSON service also completes inside a JSON string: values of the same key elsewhere
// in the file, a misspelt `"$Token{STRIPE_KYE}"` included, each replacing the whole string. The
// editor ranks every provider's items by how much of the typed text their filter text matches,
// from where each item's range starts: a name slot after `$Token{` matches two letters, the
// JSON value the whole string, so the JSON value came first and Enter inserted the typo.
// Our items in JSON therefore start at the line's first non-blank character (the same text
// put back in front of the name), so they match the most typed text and rank first. Pure: no
// `vscode`; the client's completion middleware applies it.

/** One completion item's single-line edit, in characters of the line. */
export interface LineEdit {
  start: number;
  end: number;
  newText: string;
  filterText: string;
}

export const JSON_LANGUAGES: ReadonlySet<string> = new Set(['json', 'jsonc']);

/** The edit widened to start at the first non-blank character of `line` (unchanged if it already does). */
export function widenToLineStart(line: string, edit: LineEdit): LineEdit {
  const firstNonBlank = line.length - line.trimStart().length;
  if (edit.start <= firstNonBlank) return edit;
  const before = line.slice(firstNonBlank, edit.start);
  return { start: firstNonBlank, end: edit.end, newText: before + edit.newText, filterText: before + edit.filterText };
}
