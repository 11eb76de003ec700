// Quick fix for unused-declaration and duplicate-declaration: remove the entry from
// requiredSecrets with its comma (or its whole line when it sits on one), in JS/TS, JSON and YAML.
import type { QuickFixProvider } from './codeAction';
import type { OffsetRange, QuickFix, TextEdit } from '../model/types';

/** The edit deleting a list element whose name is at `nameRange`, with its separator. */
export function removeElementEdit(text: string, nameRange: OffsetRange): TextEdit {
  // The element with its quotes.
  let s = nameRange.start;
  let e = nameRange.end;
  if (s > 0 && (text[s - 1] === '"' || text[s - 1] === "'" || text[s - 1] === '`') && text[e] === text[s - 1]) {
    s--;
    e++;
  }
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  const before = text.slice(lineStart, s);
  let after = e;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  const hasComma = text[after] === ',';
  let afterComma = hasComma ? after + 1 : after;
  while (afterComma < text.length && (text[afterComma] === ' ' || text[afterComma] === '\t')) afterComma++;
  const endsLine = afterComma >= text.length || text[afterComma] === '\n' || text[afterComma] === '\r';
  // YAML block sequence entry (`  - NAME`) or an entry alone on its line: delete the line.
  if ((/^\s*-\s+$/.test(before) || /^\s*$/.test(before)) && endsLine) {
    let lineEnd = afterComma;
    if (text[lineEnd] === '\r') lineEnd++;
    if (text[lineEnd] === '\n') lineEnd++;
    // The last entry of a multi-line list without a trailing comma: drop the comma the previous entry leaves behind.
    if (!hasComma && !/^\s*-\s+$/.test(before)) {
      let p = lineStart - 1;
      while (p >= 0 && /\s/.test(text[p])) p--;
      if (text[p] === ',') return { range: { start: p, end: afterComma }, newText: '' };
    }
    return { range: { start: lineStart, end: lineEnd }, newText: '' };
  }
  if (hasComma) return { range: { start: s, end: afterComma }, newText: '' };
  // The last element inline: take the comma before it.
  let p = s - 1;
  while (p >= 0 && /[ \t]/.test(text[p])) p--;
  if (text[p] === ',') return { range: { start: p, end: e }, newText: '' };
  return { range: { start: s, end: e }, newText: '' };
}

export const removeDeclarationFix: QuickFixProvider = {
  codes: ['unused-declaration', 'duplicate-declaration'],
  provide({ doc, diagnostic }): QuickFix[] {
    const name = diagnostic.secret ?? doc.text.slice(diagnostic.range.start, diagnostic.range.end);
    const title =
      diagnostic.code === 'duplicate-declaration'
        ? `Remove the duplicate '${name}' from requiredSecrets`
        : `Remove '${name}' from requiredSecrets`;
    return [{ title, fixes: diagnostic.code, edits: [removeElementEdit(doc.text, diagnostic.range)], isPreferred: true }];
  },
};
