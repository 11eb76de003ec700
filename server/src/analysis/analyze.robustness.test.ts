// Bad input never crashes the analysis: huge, minified, binary, invalid and absurdly nested
// documents all return, and the plain-text forms are still found where they can be.
// (How fast they return is measured by the benchmark, not asserted here.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze';
import { completeAt } from './features/completion';
import { ParsedDocument } from './document';
import { StoreSnapshot } from './model/store';
import { DEFAULT_SETTINGS } from './model/types';
import { MAX_REFERENCES_PER_FORM } from './dialects/textForms';

const store = new StoreSnapshot([{ name: 'STRIPE_KEY', scope: ['payment_app'] }]);
const analyze = (uri: string, text: string) => analyzeDocument({ uri, text }, store, DEFAULT_SETTINGS);

describe('analysis of bad input', () => {
  it('scans a 10 MB file as text without parsing it, and still finds its references', () => {
    const line = "const x = { app: 'analytics_app', k: 'value' };\n";
    const text = line.repeat(Math.ceil(10_000_000 / line.length)) + "const k = '$Token{STRIPE_KEY}'; // $Token{NOPE}\n";
    const doc = new ParsedDocument({ uri: 'file:///big.ts', text });
    assert.equal(doc.parseable, false);
    const r = analyzeDocument(doc, store);
    assert.deepEqual(
      r.references.map((x) => x.name),
      ['STRIPE_KEY', 'NOPE'],
    );
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['unknown-secret'],
    );
  });

  it('handles a minified one-line bundle with references and many unclosed openings', () => {
    const chunk = 'function a(b){return b&&b.c?{d:"$Token{ST",e:[1,2,3]}:null}var ';
    const text = chunk.repeat(20_000) + 'z={app:"payment_app",k:"$Token{STRIPE_KEY}"};';
    const doc = new ParsedDocument({ uri: 'file:///bundle.min.js', text });
    assert.equal(doc.parseable, false, 'a minified bundle is scanned as text, not parsed');
    const r = analyzeDocument(doc, store);
    assert.deepEqual(
      r.references.map((x) => x.name),
      ['STRIPE_KEY'],
    );
    assert.deepEqual(r.diagnostics, []);
  });

  it('takes a $Token{ in binary content for chance, not a reference', () => {
    const bytes = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const text = '\u0000PNG' + bytes + '$Token{NOPE}' + bytes;
    const doc = new ParsedDocument({ uri: 'file:///image.json', text });
    assert.equal(doc.parseable, false);
    assert.deepEqual(analyzeDocument(doc, store), { references: [], diagnostics: [] });
  });

  it('survives a generated file with hundreds of thousands of references, checking the first ones', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `k${i}: "{{Secrets.K${i}}}" $Token{T${i}}`).join('\n');
    const r = analyze('file:///generated.yaml', text);
    assert.ok(r.references.length > 0 && r.references.length <= 2 * MAX_REFERENCES_PER_FORM);
    assert.equal(r.diagnostics[0].message, "Secret 'K0' not found");
  });

  it('handles invalid JSON and YAML, reading the scope that can be read', () => {
    const json = analyze('file:///bad.json', '{ "app": "analytics_app", "k": "$Token{STRIPE_KEY}", ,, ]]] "x": }');
    assert.deepEqual(
      json.diagnostics.map((d) => d.code),
      ['out-of-scope'],
    );
    const yaml = analyze('file:///bad.yaml', 'app: analytics_app\nk: $Token{STRIPE_KEY}\n  - : : [\n\t{bad');
    assert.ok(yaml.references.length === 1);
  });

  it('handles 10 000 nested arrays and objects in TS, JSON and YAML', () => {
    const n = 10_000;
    for (const [uri, text] of [
      ['file:///deep.ts', 'const x = ' + '['.repeat(n) + "'$Token{NOPE}'" + ']'.repeat(n)],
      ['file:///deep-obj.js', 'x = ' + '{a:'.repeat(n) + "'$Token{NOPE}'" + '}'.repeat(n)],
      ['file:///deep.json', '{"a":'.repeat(n) + '"$Token{NOPE}"' + '}'.repeat(n)],
      ['file:///deep.yaml', '['.repeat(n) + '"{{Secrets.NOPE}}"' + ']'.repeat(n)],
      ['file:///deep-block.yaml', Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' $Token{NOPE}'],
    ]) {
      const r = analyze(uri, text);
      assert.deepEqual(
        r.diagnostics.map((d) => d.message),
        ["Secret 'NOPE' not found"],
        uri,
      );
    }
  });

  it('completes in all of them without throwing', () => {
    const deep = '['.repeat(10_000) + '"$Token{STR';
    assert.equal(completeAt({ uri: 'file:///deep.json', text: deep }, deep.length, store).length, 1);
    const bin = '\u0000\u0001$Token{';
    assert.equal(completeAt({ uri: 'file:///b.bin', text: bin }, bin.length, store).length, 1);
  });

  it('handles empty and reference-free documents', () => {
    for (const uri of ['file:///e.ts', 'file:///e.json', 'file:///e.yaml', 'file:///e.txt']) {
      assert.deepEqual(analyze(uri, ''), { references: [], diagnostics: [] });
    }
  });
});
