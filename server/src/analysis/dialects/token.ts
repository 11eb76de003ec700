// Dialect `token` (Ductape): Ductape's `$Token{NAME}` and `$Secret{NAME}` (the form its docs have
// written since late 2025, same meaning), each also spelled with `<NAME>`; case-sensitive, found
// as text in every file (strings, comments, any language).
import { CONFIG_LANGUAGES, type Dialect } from './dialect';
import type { ParsedDocument } from '../document';
import { referencesFrom, slotAt, type TextMatch } from './textForms';

// A name runs to the closer but never across a quote, `$` or another bracket: in code being typed,
// those mean the form was left unclosed (`'$Token{ST', b: '$Token{X}'`), not that the name has them.
// Names are capped in length so an unclosed `$Token{` in a one-line bundle cannot make the scan quadratic.
const TOKEN = /\$(Token|Secret)(?:\{([^{}<>$'"`\r\n]{0,256})\}|<([^{}<>$'"`\r\n]{0,256})>)/g;
const OPENER = /\$(?:Token|Secret)([{<])([A-Za-z0-9_]*)$/;

/** The matches in `text`, at offsets from `base` (where `text` starts in the document). */
function* matches(text: string, base = 0): Generator<TextMatch> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // `$Secret{...}` in docs is a placeholder, as `$Secret{}` is: where a name goes, not one.
    const written = m[2] ?? m[3] ?? '';
    const name = /^\s*(\.{3}|…)\s*$/.test(written) ? '' : written;
    // `$` + the keyword + the opening bracket.
    const nameStart = base + m.index + m[1].length + 2;
    yield { name, nameStart, fullStart: base + m.index, fullEnd: base + m.index + m[0].length };
  }
}

export const tokenDialect: Dialect = {
  id: 'token',
  label: '$Token{NAME} and $Secret{NAME}',
  caseSensitive: true,
  forms: [
    { format: (name) => `$Token{${name}}`, detail: 'Ductape-style configs (any file)' },
    { format: (name) => `$Secret{${name}}`, detail: "Ductape's current docs (any file)" },
  ],
  languages: CONFIG_LANGUAGES,
  // A Ductape key is "the exact key you used when creating the secret", with no rule on its
  // characters; its docs write `$Secret{stripe-api-key}` as well as `$Secret{STRIPE_API_KEY}`.
  platformNames: { platform: 'Ductape', accepts: /^[A-Za-z_][A-Za-z0-9_-]*$/ },
  mayContain: (text) => text.has('$Token') || text.has('$Secret'),
  find: (doc: ParsedDocument) => referencesFrom(doc, matches(doc.text), 'token', true),
  findInLines: (doc: ParsedDocument, start: number, end: number) =>
    referencesFrom(doc, matches(doc.lines(start, end), start), 'token', true),
  nameSlotAt: (doc, offset) =>
    slotAt(doc, offset, OPENER, (m, after) => {
      const closer = m[1] === '<' ? '>' : '}';
      return after.startsWith(closer) ? undefined : closer;
    }),
};
