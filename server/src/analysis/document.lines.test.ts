// Positions a document reports (diagnostics, references, completion ranges) are the editor's:
// the same line and character as the LSP library's TextDocument gives, for every line ending.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParsedDocument } from './document';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const PIECES = ['a', 'secrets.X', ' ', '\n', '\r\n', '\r', '\n\n', '😀', ''];

describe('document positions', () => {
  it('match the LSP TextDocument at every offset, for \\n, \\r\\n, \\r and mixed line endings', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = random(seed);
      const ending = seed % 4 === 0 ? undefined : ['\n', '\r\n', '\r'][seed % 3];
      const text = Array.from({ length: 40 }, () => {
        const p = PIECES[Math.floor(rnd() * PIECES.length)];
        return ending && /^[\r\n]+$/.test(p) ? ending : p;
      }).join('');
      const ours = new ParsedDocument({ uri: 'file:///a.ts', text });
      const theirs = TextDocument.create('file:///a.ts', 'typescript', 1, text);
      for (let offset = 0; offset <= text.length; offset++) {
        // Between the \r and the \n of a pair no reference starts or ends (the library moves it before the \r).
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        const want = theirs.positionAt(offset);
        assert.deepEqual(ours.positionAt(offset), want, `seed ${seed}, offset ${offset} of ${JSON.stringify(text)}`);
        assert.equal(ours.offsetAt(want), theirs.offsetAt(want), `seed ${seed}, ${JSON.stringify(want)}`);
      }
    }
  });
});
