// The server's open documents must answer exactly as vscode-languageserver-textdocument's
// TextDocument would after the same edits: every offset the server reports comes from them.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocument } from './openDocument';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const PIECES = ['a', 'Z', '_', ' ', '\n', '\r\n', '\r', '$Token{', '}', 'app: x', 'é', '😀', ''];

test('after random edits (line breaks, CRLF, astral characters), text, offsets and lines match TextDocument', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const rnd = random(seed);
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
    const initial = Array.from({ length: 30 }, () => pick(PIECES)).join('');
    const ref = TextDocument.create('file:///a.ts', 'typescript', 1, initial);
    const doc = OpenDocument.create('file:///a.ts', 'typescript', 1, initial);
    for (let step = 0; step < 150; step++) {
      const lines = ref.lineCount;
      const at = () => ({ line: Math.floor(rnd() * (lines + 1)), character: Math.floor(rnd() * 12) });
      const a = at(),
        b = rnd() < 0.5 ? a : at();
      const text = Array.from({ length: Math.floor(rnd() * 4) }, () => pick(PIECES)).join('');
      const change = rnd() < 0.02 ? { text } : { range: { start: a, end: b }, text };
      TextDocument.update(ref, [change], step + 2);
      doc.update(change, step + 2);
      const where = `seed ${seed}, step ${step}`;
      assert.equal(doc.lineCount, ref.lineCount, where);
      for (let k = 0; k < 4; k++) {
        const p = at();
        assert.equal(doc.offsetAt(p), ref.offsetAt(p), `${where}: offsetAt ${JSON.stringify(p)}`);
        const o = Math.floor(rnd() * (ref.getText().length + 2));
        assert.deepEqual(doc.positionAt(o), ref.positionAt(o), `${where}: positionAt ${o}`);
        const q = at();
        const range = { start: p, end: q };
        if (ref.offsetAt(p) <= ref.offsetAt(q)) assert.equal(doc.getText(range), ref.getText(range), `${where}: getText(range)`);
        const s = Math.floor(rnd() * (ref.getText().length + 1)),
          e = s + Math.floor(rnd() * 20);
        assert.equal(doc.source.slice(s, e), ref.getText().slice(s, e), `${where}: slice ${s}-${e}`);
        const l = Math.floor(rnd() * (lines + 1));
        assert.deepEqual(doc.getLineRange(l), ref.getLineRange(l), `${where}: getLineRange ${l}`);
        assert.equal(doc.getEOLCharacters(l), ref.getEOLCharacters(l), `${where}: getEOLCharacters ${l}`);
      }
      assert.equal(doc.source.length, ref.getText().length, where);
      // Now and then an analysis reads the whole text, as a diagnostics pull does.
      if (rnd() < 0.2) assert.equal(doc.getText(), ref.getText(), where);
    }
    assert.equal(doc.getText(), ref.getText(), `seed ${seed}: the final text`);
    assert.equal(doc.version, ref.version);
  }
});

test('hundreds of keystrokes read back the same in parts and as a whole (past the depth where edits are rebuilt)', () => {
  const big = 'const x = 1;\n'.repeat(20_000);
  const doc = OpenDocument.create('file:///big.ts', 'typescript', 1, big);
  doc.offsetAt({ line: 0, character: 0 });
  for (let i = 0; i < 200; i++) {
    doc.update({ range: { start: { line: 100, character: 6 + i }, end: { line: 100, character: 6 + i } }, text: 'y' }, i + 2);
  }
  // Reads in parts see every keystroke...
  assert.equal(doc.getText({ start: { line: 100, character: 0 }, end: { line: 100, character: 12 } }), 'const yyyyyy');
  assert.equal(doc.source.length, big.length + 200);
  // ...and the whole text is the same as applying them to a string.
  assert.equal(doc.getText(), big.slice(0, 13 * 100 + 6) + 'y'.repeat(200) + big.slice(13 * 100 + 6));
});
