import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../model/types';
import { requiredDialect } from './required';
import { diagnose } from '../../../../test/util/diagnose';

const toolJumpIntegration = `module.exports = {
  metadata: {
    name: 'github-stats',
    requiredSecrets: [
      'GITHUB_TOKEN',
    ],
  },
  run: async function (context, secrets = {}) {
    const token = secrets.GITHUB_TOKEN;
  },
};`;

describe('dialect required (ToolJump)', () => {
  it("finds ToolJump's declaration and use, tagged with the integration", () => {
    const refs = requiredDialect.find(new ParsedDocument({ uri: 'file:///i.js', text: toolJumpIntegration }), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => [r.kind, r.name, r.integration, toolJumpIntegration.slice(r.range.start, r.range.end), r.context.app]),
      [
        ['declaration', 'GITHUB_TOKEN', 'github-stats', 'GITHUB_TOKEN', 'github-stats'],
        ['use', 'GITHUB_TOKEN', 'github-stats', 'GITHUB_TOKEN', 'github-stats'],
      ],
    );
  });

  it('finds declarations in JSON and YAML metadata files', () => {
    const json = '{ "metadata": { "name": "x", "requiredSecrets": ["A", "B"] } }';
    assert.deepEqual(
      requiredDialect
        .find(new ParsedDocument({ uri: 'file:///m.json', text: json }), DEFAULT_SETTINGS)
        .map((r) => `${r.kind}:${r.name}:${r.integration}`),
      ['declaration:A:x', 'declaration:B:x'],
    );
    const yaml = "name: y\nrequiredSecrets: ['C', D]\n";
    assert.deepEqual(
      requiredDialect
        .find(new ParsedDocument({ uri: 'file:///m.yaml', text: yaml }), DEFAULT_SETTINGS)
        .map((r) => `${r.name}@${yaml.slice(r.range.start, r.range.end)}`),
      ['C@C', 'D@D'],
    );
  });

  it("offers a name slot after secrets. inside run, in secrets[' and in the requiredSecrets array", () => {
    const text = toolJumpIntegration.replace('const token = secrets.GITHUB_TOKEN;', "const a = secrets.GI\n    const b = secrets['GI");
    const doc = new ParsedDocument({ uri: 'file:///i.js', text });
    const dot = text.indexOf('secrets.GI') + 10;
    assert.deepEqual(requiredDialect.nameSlotAt!(doc, dot), { replace: { start: dot - 2, end: dot }, prefix: 'GI' });
    const br = text.indexOf("secrets['GI") + 11;
    assert.deepEqual(requiredDialect.nameSlotAt!(doc, br), { replace: { start: br - 2, end: br }, prefix: 'GI', closer: "']" });
    const decl = text.indexOf("'GITHUB_TOKEN'") + 3;
    assert.equal(requiredDialect.nameSlotAt!(doc, decl)?.prefix, 'GI');
    // `context.` is not the secrets parameter.
    const ctxText = toolJumpIntegration.replace('const token = secrets.GITHUB_TOKEN;', 'context.GI');
    assert.equal(
      requiredDialect.nameSlotAt!(new ParsedDocument({ uri: 'file:///i.js', text: ctxText }), ctxText.indexOf('context.GI') + 10),
      undefined,
    );
  });

  it('turned off in secretref.dialects, no rule reads requiredSecrets (undeclared, unused, duplicate)', () => {
    const text = `module.exports = {
  metadata: { name: 'x', requiredSecrets: ['A', 'A', 'UNUSED'] },
  run: async function (context, secrets) { return secrets.A + secrets.B; },
};`;
    const secrets = [{ name: 'A' }, { name: 'B' }, { name: 'UNUSED' }];
    const codes = (on: boolean) =>
      diagnose('file:///i.js', text, secrets, { dialects: { required: on } })
        .map((d) => d.code)
        .sort();
    assert.deepEqual(codes(true), ['duplicate-declaration', 'undeclared-secret', 'unused-declaration']);
    assert.deepEqual(codes(false), []);
  });
});
