// Quick fix for unused-suppression: remove the comment (its whole line when it stands alone),
// or, when some of the codes it names still silence something, only the codes that do not.
import type { QuickFixProvider } from './codeAction';
import { parseDirective } from '../suppressions/suppressions';
import type { QuickFix, TextEdit } from '../model/types';

export const removeSuppressionFix: QuickFixProvider = {
  codes: ['unused-suppression'],
  provide({ doc, diagnostic }): QuickFix[] {
    const { start, end } = diagnostic.range;
    const text = doc.text;
    const comment = text.slice(start, end);
    const unused = Array.isArray(diagnostic.data?.codes)
      ? (diagnostic.data.codes as unknown[]).filter((c): c is string => typeof c === 'string')
      : [];
    // The directive without the comment's delimiters.
    // (MDX's `{/* … */}` is one comment: its braces go with it.)
    const body = comment.replace(/^(\{\s*\/\*|\/\/|\/\*|#|<!--)/, '').replace(/(\*\/\s*\}|\*\/|-->)$/, '');
    const directive = parseDirective({ range: diagnostic.range, body });
    const kept = directive ? directive.codes.filter((c) => !unused.includes(c)) : [];
    let edit: TextEdit;
    if (unused.length > 0 && kept.length > 0) {
      // Drop each unused code with one separator: the comma after it, else the one before, else the space.
      let out = comment;
      for (const c of unused) {
        const name = `(?<![\\w-])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`;
        const after = new RegExp(`${name}[ \\t]*,[ \\t]*`);
        const before = new RegExp(`[ \\t]*,[ \\t]*${name}`);
        out = after.test(out)
          ? out.replace(after, '')
          : before.test(out)
            ? out.replace(before, '')
            : out.replace(new RegExp(`[ \\t]+${name}`), '');
      }
      edit = { range: { start, end }, newText: out };
    } else {
      const line = doc.positionAt(start).line;
      const lineStart = doc.offsetAt({ line, character: 0 });
      const nextLine = doc.offsetAt({ line: line + 1, character: 0 });
      let lineEnd = nextLine;
      while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
      const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
      if (alone) edit = { range: { start: lineStart, end: nextLine }, newText: '' };
      else {
        let s = start;
        while (s > lineStart && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
        edit = { range: { start: s, end }, newText: '' };
      }
    }
    return [{ title: 'Remove the unused suppression', fixes: 'unused-suppression', edits: [edit], isPreferred: true }];
  },
};
