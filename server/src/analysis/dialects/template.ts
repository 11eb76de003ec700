// Dialect `template` (API Store): `{{Secrets.NAME}}`, `{{ secrets.name }}` and the spelling
// `<<Secrets.NAME>>`, case-insensitive, found as text in every file.
//
// `${{ secrets.X }}` is a GitHub Actions expression, not this form: the secret lives in GitHub,
// so reporting it as unknown here would be noise on every workflow file. It is skipped.
import { CONFIG_LANGUAGES, type Dialect } from './dialect';
import type { ParsedDocument } from '../document';
import { referencesFrom, slotAt, type TextMatch } from './textForms';
import { guardedStart } from '../keywords';

// As in `token`, a name never runs across a quote, `$` or a bracket (an unclosed form in code being typed).
const TEMPLATE = /(?<!\$)\{\{[ \t]*secrets\.([^{}<>$'"`\r\n]{0,256}?)[ \t]*\}\}|<<[ \t]*secrets\.([^{}<>$'"`\r\n]{0,256}?)[ \t]*>>/gi;
const OPENER = /(?<!\$)(\{\{|<<)([ \t]*)secrets\.([A-Za-z0-9_]*)$/i;

/** The matches in `text`, at offsets from `base` (where `text` starts in the document). */
function* matches(text: string, base = 0): Generator<TextMatch> {
  TEMPLATE.lastIndex = 0;
  for (let m = TEMPLATE.exec(text); m; m = TEMPLATE.exec(text)) {
    const name = m[1] ?? m[2] ?? '';
    // The name starts right after the first `.` of the match (`{{ Secrets.` has no other dot before it).
    const nameStart = m.index + m[0].indexOf('.') + 1;
    yield { name, nameStart: base + nameStart, fullStart: base + m.index, fullEnd: base + m.index + m[0].length };
  }
}

/** The prefilter: every template reference holds `secrets.` (a file without it is answered by the shared keyword pass). */
const SECRETS_DOT = guardedStart(/secrets\./i, 'secrets.');

export const templateDialect: Dialect = {
  id: 'template',
  label: '{{Secrets.NAME}}',
  caseSensitive: false,
  forms: [{ format: (name) => `{{Secrets.${name}}}`, detail: 'API definitions and templates' }],
  languages: CONFIG_LANGUAGES,
  mayContain: (text) => text.has(SECRETS_DOT),
  find: (doc: ParsedDocument) => referencesFrom(doc, matches(doc.text), 'template', false),
  findInLines: (doc: ParsedDocument, start: number, end: number) =>
    referencesFrom(doc, matches(doc.lines(start, end), start), 'template', false),
  nameSlotAt: (doc, offset) =>
    slotAt(doc, offset, OPENER, (m, after) => {
      const closer = m[1] === '<<' ? '>>' : '}}';
      if (after.trimStart().startsWith(closer)) return undefined;
      // Mirror the spacing the user chose after the opener: `{{ secrets.x }}`.
      return (m[2] ? ' ' : '') + closer;
    }),
};
