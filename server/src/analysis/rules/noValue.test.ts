import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';

describe('rule no-value', () => {
  it('warns when the store says the secret has no value', () => {
    const [d] = diagnostics('file:///a.txt', '$Token{EMPTY}', [{ name: 'EMPTY', level: 'workspace', hasValue: false }]);
    assert.equal(d.code, 'no-value');
    assert.equal(d.severity, 'warning');
    assert.equal(d.message, "Secret 'EMPTY' is declared but has no value here");
  });

  it('warns for a secret only declared in the manifest', () => {
    assert.deepEqual(
      diagnose('file:///a.txt', '$Token{DECLARED}', [{ name: 'DECLARED', level: 'manifest' }]).map((d) => d.code),
      ['no-value'],
    );
  });

  it('is quiet once the client store or the environment supplies it', () => {
    assert.deepEqual(
      diagnose('file:///a.txt', '$Token{K}', [
        { name: 'K', level: 'manifest' },
        { name: 'K', level: 'user', hasValue: true },
      ]),
      [],
    );
    assert.deepEqual(
      diagnose('file:///a.txt', '$Token{K}', [
        { name: 'K', level: 'manifest' },
        { name: 'K', level: 'env', hasValue: true },
      ]),
      [],
    );
    assert.deepEqual(diagnose('file:///a.txt', '$Token{K}', [{ name: 'K', level: 'user' }]), [], 'unknown value state is not reported');
  });

  it('counts an environment-specific value in that environment only', () => {
    const store = [{ name: 'DB', hasValue: false, valueEnvs: ['prd'] }];
    assert.deepEqual(diagnose('file:///a.yaml', 'env: prd\nurl: $Token{DB}', store), []);
    assert.deepEqual(
      diagnose('file:///a.yaml', 'env: dev\nurl: $Token{DB}', store).map((d) => d.code),
      ['no-value'],
    );
  });
});
