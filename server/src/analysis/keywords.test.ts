// The shared keyword pass answers every prefilter exactly as a search of its own would: a wrong
// "no" would hide a file's references or credentials, a wrong "yes" only costs time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { guarded, guardedStart, KeywordPass } from './keywords';
import { ParsedDocument } from './document';
import { scanCredentials } from './credentials/scan';
import { fakeCredential, randomText } from '../../../test/util/credentials';

function plain(text: string, pattern: string | RegExp): { start: number; end: number } | null {
  if (typeof pattern === 'string') {
    const i = text.indexOf(pattern);
    return i < 0 ? null : { start: i, end: i + pattern.length };
  }
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const DOTTED = guarded(/secrets\./i, 'secrets.');
const KEY = guarded(/\b(?:app|env)["']?\s*:/, 'app', 'env');
/** Begins with a guard literal; its look-behind reads the character before it. */
const CALL = guardedStart(/(?<![A-Za-z])\.secrets\s*\(|\brun\b/, '.secrets', 'run');

describe('keyword pass', () => {
  it('finds a case-sensitive literal where it occurs exactly, after look-alikes in other cases', () => {
    const text = 'const a = "integration_x"; const b = "Integration_Y"; process.env.INTEGRATION_KEY';
    // Asked once first so the literal joins the pass, then asked of a fresh pass.
    new KeywordPass('').firstMatch('INTEGRATION_');
    const pass = new KeywordPass(text);
    assert.deepEqual(pass.firstMatch('INTEGRATION_'), plain(text, 'INTEGRATION_'));
    assert.equal(new KeywordPass('process.env.integration_key').firstMatch('INTEGRATION_'), null);
  });

  it('answers a literal it has never seen, and one that is not ASCII, by searching', () => {
    const pass = new KeywordPass('der Schlüssel: geheim, requiredSecrets');
    assert.deepEqual(pass.firstMatch('Schlüssel'), { start: 4, end: 13 });
    assert.deepEqual(pass.firstMatch('requiredSecretsNeverAskedBefore'), null);
    assert.deepEqual(pass.firstMatch('requiredSecrets'), plain(pass.text, 'requiredSecrets'));
  });

  it('runs a guarded expression only where a guard literal occurs, with the same answer', () => {
    const texts = [
      '{{ Secrets.API_KEY }}',
      'no templates here',
      'secrets',
      'app: web',
      'env : prod',
      'happen: x',
      'application',
      'x.secrets (',
      'ctx.secrets(',
      'prune run',
      'rerun x.secrets()',
    ];
    for (const t of texts) {
      const pass = new KeywordPass(t);
      assert.deepEqual(pass.firstMatch(DOTTED), plain(t, DOTTED), t);
      assert.deepEqual(pass.firstMatch(KEY), plain(t, KEY), t);
      assert.deepEqual(pass.firstMatch(CALL), plain(t, CALL), t);
    }
  });

  it('refuses a guard it cannot keep: Unicode case folding matches non-ASCII letters', () => {
    assert.throws(() => guarded(/secret/iu, 'secret'), /cannot be guarded/);
    assert.throws(() => guarded(/schlüssel/, 'schlüssel'), /not plain ASCII/);
  });

  it('gives a document the answers of plain searches, on random texts', () => {
    const words = [
      'secrets',
      'Secrets',
      'SECRETS.',
      '.secrets(',
      'run',
      'INTEGRATION_',
      'integration_',
      'app:',
      'env',
      '$Token',
      'é',
      '\n',
      ' ',
      'x',
    ];
    const patterns: Array<string | RegExp> = ['secrets', 'INTEGRATION_', 'run', '$Token', '$Secret', 'ecrets', DOTTED, KEY, CALL];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 0) % n;
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: rnd(12) }, () => words[rnd(words.length)]).join(rnd(2) ? '' : ' ');
      const doc = new ParsedDocument({ uri: 'file:///x.ts', text });
      for (const p of patterns) assert.equal(doc.has(p), plain(text, p) !== null, `${String(p)} in ${JSON.stringify(text)}`);
    }
  });

  it('lets the credential scan of a document find what a scan of the text alone finds', () => {
    const token = fakeCredential('GitHub');
    const text = `// run secrets\nconst password = "${randomText(24)}7q";\nconst gh = "${token}";\n`.repeat(3);
    const doc = new ParsedDocument({ uri: 'file:///x.ts', text });
    doc.has('secrets');
    const options = { generic: true, unquoted: false };
    const shared = scanCredentials(text, { ...options, keywords: doc.keywords });
    assert.deepEqual(shared, scanCredentials(text, options));
    assert.equal(shared.filter((f) => f.known).length, 3);
    assert.equal(shared.filter((f) => !f.known).length, 3);
  });
});
