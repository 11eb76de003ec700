import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';

const unused = (text: string, uri = 'file:///i.js') =>
  diagnose(uri, text, [])
    .filter((d) => d.code === 'unused-declaration')
    .map((d) => d.at);

const integ = (required: string, body: string) => `module.exports = {
  metadata: { name: 'x', requiredSecrets: [${required}] },
  run: async function (context, secrets = {}, dataFiles = []) {
${body}
  },
};`;

describe('rule unused-declaration', () => {
  it('reports a declared secret the run function never reads, as an unnecessary hint', () => {
    const text = integ("'USED', 'NEVER'", '    return secrets.USED;');
    assert.deepEqual(unused(text), ['NEVER']);
    const d = diagnostics('file:///i.js', text, []).find((x) => x.code === 'unused-declaration')!;
    assert.equal(d.message, "Secret 'NEVER' is declared in requiredSecrets but never used");
    assert.equal(d.severity, 'hint');
    assert.equal(d.unnecessary, true);
  });

  it("counts destructuring, aliases, closures and the env adapter's form as uses", () => {
    const text = integ(
      "'A', 'B', 'C', 'D'",
      `    const { A } = secrets;
    const s = secrets;
    setTimeout(() => s.B, 10);
    return [secrets['C'], process.env.INTEGRATION_D];`,
    );
    assert.deepEqual(unused(text), []);
  });

  it('is silent when the secrets object escapes where reads cannot be followed', () => {
    assert.deepEqual(unused(integ("'A', 'B'", '    return callApi(secrets);')), []);
    assert.deepEqual(unused(integ("'A', 'B'", '    return { ...secrets };')), []);
    assert.deepEqual(unused(integ("'A', 'B'", '    for (const k of Object.keys(secrets)) use(k);')), []);
    assert.deepEqual(unused(integ("'A', 'B'", '    const k = pick(); return secrets[k];')), []);
  });

  it('is silent for metadata without a run function in the file', () => {
    assert.deepEqual(unused("module.exports.metadata = { name: 'x', requiredSecrets: ['A'] };"), []);
  });
});
