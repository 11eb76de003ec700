import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';
import { fixtureText } from '../../../../test/util/fixture';

// Ductape: STRIPE_KEY is scoped to payment_app.
const store = [{ name: 'STRIPE_KEY', scope: ['payment_app'] }, { name: 'SHARED' }];

describe('rule out-of-scope', () => {
  it('reports a secret used by an app outside its scope (Ductape, JS)', () => {
    const text = fixtureText('ductape-actions.js');
    const seen = diagnose('file:///a.js', text, store).filter((d) => d.code === 'out-of-scope');
    assert.deepEqual(seen, [
      { code: 'out-of-scope', message: "Secret 'STRIPE_KEY' is not accessible by app 'analytics_app'", at: 'STRIPE_KEY' },
    ]);
  });

  it('accepts the app in scope', () => {
    const text = "ductape.actions.run({ app: 'payment_app', input: { headers: { Authorization: 'Bearer $Token{STRIPE_KEY}' } } });";
    assert.deepEqual(diagnose('file:///a.ts', text, store), []);
  });

  it('uses the app setting when the code names none, and the code over the setting', () => {
    assert.deepEqual(
      diagnose('file:///a.txt', '$Token{STRIPE_KEY}', store, { app: 'other_app' }).map((d) => d.message),
      ["Secret 'STRIPE_KEY' is not accessible by app 'other_app'"],
    );
    assert.deepEqual(diagnose('file:///a.yaml', 'app: payment_app\nk: $Token{STRIPE_KEY}', store, { app: 'other_app' }), []);
  });

  it('says nothing when no app is known, or the secret serves every app', () => {
    assert.deepEqual(diagnose('file:///a.txt', '$Token{STRIPE_KEY}', store), []);
    assert.deepEqual(diagnose('file:///a.yaml', 'app: x\nk: $Token{SHARED}', store), []);
  });

  it('works in JSON and YAML, and for the case-insensitive form', () => {
    const [json] = diagnostics('file:///a.json', '{ "access_tag": "analytics_app", "k": "{{secrets.stripe_key}}" }', store);
    assert.equal(json.code, 'out-of-scope');
    assert.equal(json.severity, 'error');
    assert.deepEqual(json.data, { app: 'analytics_app', appSource: 'code', scope: ['payment_app'] });
    const yaml = diagnose('file:///a.yaml', 'access_tag: analytics_app\nk: $Token<STRIPE_KEY>', store);
    assert.deepEqual(
      yaml.map((d) => d.code),
      ['out-of-scope'],
    );
  });
});
