import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../../../../test/util/diagnose';

const dups = (uri: string, text: string) =>
  diagnose(uri, text, [])
    .filter((d) => d.code === 'duplicate-declaration')
    .map((d) => `${d.message} @ ${d.at}`);

describe('rule duplicate-declaration', () => {
  it('reports the second and later entries of a name in JS, JSON and YAML', () => {
    const js =
      "module.exports = { metadata: { name: 'x', requiredSecrets: ['A', 'B', 'A'] }, run(c, secrets) { return secrets.A + secrets.B; } };";
    assert.deepEqual(dups('file:///i.js', js), ["Secret 'A' is declared more than once in requiredSecrets @ A"]);
    assert.deepEqual(dups('file:///m.json', '{ "name": "x", "requiredSecrets": ["A", "A", "A"] }').length, 2);
    assert.deepEqual(dups('file:///m.yaml', 'metadata:\n  requiredSecrets:\n    - A\n    - "A"\n'), [
      "Secret 'A' is declared more than once in requiredSecrets @ A",
    ]);
  });

  it('does not report names that differ in case (secret names are case-sensitive)', () => {
    assert.deepEqual(dups('file:///m.json', '{ "requiredSecrets": ["token", "TOKEN"] }'), []);
  });
});
