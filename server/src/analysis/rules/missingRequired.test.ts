import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';

const text = `module.exports = {
  metadata: { name: 'github-stats', requiredSecrets: ['GITHUB_TOKEN', 'GITHUB_TOKN', 'SLACK_HOOK'] },
  run(context, secrets) { return [secrets.GITHUB_TOKEN, secrets.GITHUB_TOKN, secrets.SLACK_HOOK]; },
};`;
/** Diagnostics on the requiredSecrets entries (the uses get the store rules' own diagnostics). */
const onDeclarations = (secrets: Parameters<typeof diagnose>[2], t = text, uri = 'file:///i.js') =>
  diagnostics(uri, t, secrets)
    .filter((d) => d.range.start < t.indexOf('run('))
    .map((d) => `${d.code}: ${d.message} @ ${t.slice(d.range.start, d.range.end)}`);

describe('rule missing-required', () => {
  it('warns on a declared secret the store does not define, and suggests a near name as unknown-secret', () => {
    assert.deepEqual(onDeclarations([{ name: 'GITHUB_TOKEN' }]), [
      "unknown-secret: Secret 'GITHUB_TOKN' not found (did you mean 'GITHUB_TOKEN'?) @ GITHUB_TOKN",
      "missing-required: Required secret 'SLACK_HOOK' is not defined; the integration will not run @ SLACK_HOOK",
    ]);
  });

  it('warns when the secret is known but has no value here (the run would stop just the same)', () => {
    const t = "module.exports = { metadata: { name: 'x', requiredSecrets: ['A'] }, run(c, secrets) { return secrets.A; } };";
    assert.deepEqual(onDeclarations([{ name: 'A', hasValue: false }], t), [
      "missing-required: Required secret 'A' is not defined; the integration will not run @ A",
    ]);
    assert.deepEqual(onDeclarations([{ name: 'A', hasValue: true }], t), []);
    // The manifest alone (no client store: the CLI, other editors) declares A; that is not "missing".
    assert.deepEqual(onDeclarations([{ name: 'A', level: 'manifest' }], t), []);
  });

  it('says nothing when no store, manifest or environment knows any secret', () => {
    assert.deepEqual(onDeclarations([]), []);
  });

  it('checks declarations in JSON and YAML metadata files too', () => {
    const yaml = 'name: x\nrequiredSecrets:\n  - GITHUB_TOKEN\n  - MISSING_ONE\n';
    assert.deepEqual(
      diagnose('file:///m.yaml', yaml, [{ name: 'GITHUB_TOKEN' }]).map((d) => `${d.code} @ ${d.at}`),
      ['missing-required @ MISSING_ONE'],
    );
  });
});
