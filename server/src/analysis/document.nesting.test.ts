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

// The nesting guard: deeper than 256 brackets or two-column indentation steps is text only. Files
// with few brackets are answered from their count; files with more are measured.
describe('bracket and indentation nesting at the limit', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['256 nested arrays', 'file:///w/a.js', 'const v = ' + '['.repeat(256) + ']'.repeat(256) + ';\n', true],
    ['257 nested arrays', 'file:///w/a.js', 'const v = ' + '['.repeat(257) + ']'.repeat(257) + ';\n', false],
    ['1,000 sibling objects on one line', 'file:///w/a.js', 'const v = [' + '{}, '.repeat(1_000) + '];\n', true],
    ['1,000 sibling objects, one per line', 'file:///w/a.json', '[\n' + '  {"a": [1]},\n'.repeat(1_000) + '  {}\n]\n', true],
    ['a YAML key indented 512 columns', 'file:///w/a.yaml', 'a:\n' + ' '.repeat(512) + 'b: 1\n', true],
    ['a YAML key indented 514 columns', 'file:///w/a.yaml', 'a:\n' + ' '.repeat(514) + 'b: 1\n', false],
  ];
  for (const [name, uri, text, parsed] of cases) {
    it(`${name}: ${parsed ? 'parsed' : 'scanned as text'}`, () => {
      const doc = new ParsedDocument({ uri, text });
      assert.equal(doc.parseable, parsed);
      if (parsed) assert.equal(doc.textOnlyReason, undefined);
      else assert.match(doc.textOnlyReason ?? '', /it nests deeper than 256 levels/);
    });
  }
});
