// Dialect `template` (seed 003): `{{Secrets.NAME}}`, `{{ secrets.name }}` and the spelling
// `<<Secrets.NAME>>`, case-insensitive, found as text in every file.
//
// `${{ secrets.X }}` is a GitHub Actions expression, not this form: the secret lives in GitHub,
// so reporting it as unknown here would be noise on every workflow file. It is skipped.
import type { Dialect } from '../dialect';
import type { ParsedDocument } from '../document';
import { referencesFrom, slotAt, type TextMatch } from './textForms';

// As in `token`, a name never runs across a quote, `$` or a bracket (an unclosed form in code being typed).
const TEMPLATE = /(?<!\$)\{\{[ \t]*secrets\.([^{}<>$'"`\r\n]{0,256}?)[ \t]*\}\}|<<[ \t]*secrets\.([^{}<>$'"`\r\n]{0,256}?)[ \t]*>>/gi;
const OPENER = /(?<!\$)(\{\{|<<)([ \t]*)secrets\.([A-Za-z0-9_]*)$/i;

/** Matches starting in [from, to): the whole text, or a run of whole lines. */
function* matches(text: string, from = 0, to = text.length): Generator<TextMatch> {
  TEMPLATE.lastIndex = from;
  for (let m = TEMPLATE.exec(text); m && m.index < to; m = TEMPLATE.exec(text)) {
    const name = m[1] ?? m[2] ?? '';
    // The name starts right after the first `.` of the match (`{{ Secrets.` has no other dot before it).
    const nameStart = m.index + m[0].indexOf('.') + 1;
    yield { name, nameStart, fullStart: m.index, fullEnd: m.index + m[0].length };
  }
}

export const templateDialect: Dialect = {
  id: 'template',
  label: '{{Secrets.NAME}}',
  caseSensitive: false,
  format: (name) => `{{Secrets.${name}}}`,
  mayContain: (text) => /secrets\./i.test(text),
  find: (doc: ParsedDocument) => referencesFrom(doc, matches(doc.text), 'template', false),
  findInLines: (doc: ParsedDocument, start: number, end: number) => referencesFrom(doc, matches(doc.text, start, end), 'template', false),
  nameSlotAt: (doc, offset) =>
    slotAt(doc, offset, OPENER, (m, after) => {
      const closer = m[1] === '<<' ? '>>' : '}}';
      if (after.trimStart().startsWith(closer)) return undefined;
      // Mirror the spacing the user chose after the opener: `{{ secrets.x }}`.
      return (m[2] ? ' ' : '') + closer;
    }),
};
