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

  it('suggests the nearest valid spelling', () => {
    assert.equal(validSpelling('my key'), 'my_key');
    assert.equal(validSpelling(' STRIPE_KEY '), 'STRIPE_KEY');
    assert.equal(validSpelling('1st-key'), '_1st_key');
    assert.equal(validSpelling('!!'), undefined);
  });
});
