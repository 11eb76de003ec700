// Deep expression chains without brackets: the parser and the walkers recurse once per level, so
// a file of 50,000 chained operators is scanned as text, while big ordinary code is still parsed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from './document';
import { analyzeDocument } from './analyze';
import { StoreSnapshot } from './model/store';
import { DEFAULT_SETTINGS } from './model/types';
import { DEEP_CHAINS } from '../../../test/util/deepChains';

const REFERENCE = "const key = '$Token{NOPE}';\n";
const store = new StoreSnapshot([{ name: 'KNOWN' }], {});

describe('deep expression chains', () => {
  for (const [name, body] of Object.entries(DEEP_CHAINS)) {
    it(`${name}: scanned as text, its references still found`, () => {
      const doc = new ParsedDocument({ uri: 'file:///w/deep.js', text: REFERENCE + body });
      assert.equal(doc.parseable, false);
      assert.match(doc.textOnlyReason ?? '', /an expression chains more than 1000 operators or parentheses/);
      const { diagnostics } = analyzeDocument(doc, store, DEFAULT_SETTINGS, new Date());
      assert.deepEqual(
        diagnostics.map((d) => d.message),
        ["Secret 'NOPE' not found"],
      );
    });
  }

  const ordinary: Record<string, string> = {
    statements: 'const k = a.b.c(d) + 1;\n'.repeat(20_000),
    'statements without semicolons': 'let k = a.b.c(d) + 1\n'.repeat(20_000),
    'a long array of numbers': 'const v = [\n' + '  -0.5, 1.25e-3, -7,\n'.repeat(20_000) + '];\n',
    'JSX markup': 'const v = (<div>\n' + '  <p class="x" id="y">Hello <b>world</b>, 1.5 - 2</p>\n'.repeat(5_000) + '</div>);\n',
    'documentation comments': (
      '/**\n' +
      ' * Returns a + b - c. See https://example.com/a.b for more.\n'.repeat(50) +
      ' */\nexport function f() {}\n'
    ).repeat(100),
    'strings with operators': "const s = 'a + b + c' +\n  '- - - . . .' +\n  `? : ! ~ ${1}`;\n".repeat(5_000),
  };
  for (const [name, text] of Object.entries(ordinary)) {
    it(`${name}: still parsed`, () => {
      const doc = new ParsedDocument({ uri: 'file:///w/app.jsx', text });
      assert.equal(doc.textOnlyReason, undefined);
      assert.equal(doc.parseable, true);
    });
  }
});
