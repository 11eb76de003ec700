import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';
import { fixture } from '../../../../test/util/fixture';
import { analyzeDocument } from '../analyze';
import { StoreSnapshot } from '../model/store';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS, type Reference } from '../model/types';
import { unknownSecretRule } from './unknownSecret';

const store = [{ name: 'STRIPE_KEY' }, { name: 'MySecret' }, { name: 'DATABASE_URL' }];

describe('rule unknown-secret', () => {
  it('reports a name the store does not have, on the name', () => {
    assert.deepEqual(diagnose('file:///a.yaml', 'k: $Token{PAYPAL_TOKEN}', store), [
      { code: 'unknown-secret', message: "Secret 'PAYPAL_TOKEN' not found", at: 'PAYPAL_TOKEN' },
    ]);
  });

  it('suggests a near name', () => {
    const [d] = diagnostics('file:///a.ts', "const u = '$Token{DATABASE_ULR}';", store);
    assert.equal(d.message, "Secret 'DATABASE_ULR' not found (did you mean 'DATABASE_URL'?)");
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.data, { suggestion: 'DATABASE_URL' });
    assert.equal(d.secret, 'DATABASE_ULR');
  });

  it('says names are case-sensitive when a case-sensitive form differs only in case', () => {
    const [d] = diagnostics('file:///a.json', '{ "k": "$Token{stripe_key}" }', store);
    assert.equal(d.message, "Secret 'stripe_key' not found (did you mean 'STRIPE_KEY'? names are case-sensitive)");
    assert.deepEqual(d.data, { suggestion: 'STRIPE_KEY' });
  });

  it('accepts any case in the case-insensitive template form (API Store)', () => {
    assert.deepEqual(diagnose('file:///a.yaml', 'a: "{{ secrets.mysecret }}"\nb: "{{SECRETS.STRIPE_key}}"', store), []);
  });

  it('reports every reference in the empty store, with no suggestion', () => {
    const text = "x: $Token{A}\ny: '{{Secrets.B}}'";
    assert.deepEqual(
      diagnose('file:///a.yaml', text, []).map((d) => d.message),
      ["Secret 'A' not found", "Secret 'B' not found"],
    );
  });

  it('checks use references of any dialect, including ones added later, and skips declarations', () => {
    const doc = new ParsedDocument({ uri: 'file:///a.js', text: 'secrets.stripe_key; secrets.NOPE; secrets.GONE' });
    const ref = (name: string, start: number, caseSensitive: boolean, kind: 'use' | 'declaration' = 'use'): Reference => ({
      name,
      dialect: 'someFutureDialect',
      kind,
      caseSensitive,
      context: {},
      range: { start, end: start + name.length },
      fullRange: { start: start - 8, end: start + name.length },
    });
    const ds = unknownSecretRule.check({
      doc,
      references: [ref('stripe_key', 8, false), ref('NOPE', 28, true, 'declaration'), ref('GONE', 42, true)],
      store: new StoreSnapshot(store),
      settings: DEFAULT_SETTINGS,
      now: new Date(),
    });
    assert.deepEqual(
      ds.map((d) => d.message),
      ["Secret 'GONE' not found"],
    );
  });

  it('reports nothing for a file without references', () => {
    const doc = fixture('no-references.ts');
    assert.deepEqual(analyzeDocument(doc, new StoreSnapshot([])).diagnostics, []);
  });
});
