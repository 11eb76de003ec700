import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';
import { validSpelling } from './invalidName';

describe('rule invalid-name', () => {
  it('reports a name that is not an identifier (Julep), and only that', () => {
    assert.deepEqual(diagnose('file:///a.ts', "const k = '$Token{my key}';", []), [
      { code: 'invalid-name', message: "'my key' is not a valid secret name", at: 'my key' },
    ]);
  });

  it('reports it in the template form too, with a valid spelling for a quick fix', () => {
    const [d] = diagnostics('file:///a.yaml', 'k: "{{ Secrets.api-key }}"', []);
    assert.equal(d.code, 'invalid-name');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.data, { suggestion: 'api_key' });
  });

  it('says that Ductape accepts a hyphenated key but SecretRef cannot check it, as a warning with the rename', () => {
    // Ductape's health-check docs write `'Authorization': '$Secret{stripe-api-key}'`.
    const [d] = diagnostics('file:///a.ts', "const headers = { Authorization: '$Secret{stripe-api-key}' };", []);
    assert.equal(d.code, 'invalid-name');
    assert.equal(d.severity, 'warning');
    assert.equal(
      d.message,
      "'stripe-api-key' is a valid Ductape key but not a SecretRef secret name (letters, digits and _ only), so SecretRef cannot check it: rename the secret to 'stripe_api_key' in Ductape and here",
    );
    assert.deepEqual(d.data, { suggestion: 'stripe_api_key' });
    // What Ductape does not accept either stays an error, and other dialects keep the identifier rule.
    assert.equal(diagnostics('file:///a.ts', "const k = '$Secret{stripe api key}';", [])[0].severity, 'error');
    assert.equal(diagnostics('file:///a.yaml', 'k: "{{ Secrets.api-key }}"', [])[0].severity, 'error');
  });

  it('suggests the nearest valid spelling', () => {
    assert.equal(validSpelling('my key'), 'my_key');
    assert.equal(validSpelling(' STRIPE_KEY '), 'STRIPE_KEY');
    assert.equal(validSpelling('1st-key'), '_1st_key');
    assert.equal(validSpelling('!!'), undefined);
  });
});
