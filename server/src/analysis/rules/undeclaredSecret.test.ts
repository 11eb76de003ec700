import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../../../../test/util/diagnose';
import { ParsedDocument } from '../document';
import { analyzeDocument } from '../analyze';
import { attachSiblingMetadata } from '../integrations';
import { StoreSnapshot } from '../model/store';

const only = (code: string) => (uri: string, text: string) =>
  diagnose(uri, text, [])
    .filter((d) => d.code === code)
    .map((d) => `${d.message} @ ${d.at}`);
const undeclared = only('undeclared-secret');

describe('rule undeclared-secret', () => {
  it('reports every form of reading an undeclared secret (CommonJS, function run)', () => {
    const text = `module.exports = {
  metadata: { name: 'github-stats', requiredSecrets: ['GITHUB_TOKEN'] },
  run: async function (context, secrets = {}, dataFiles = []) {
    const token = secrets.GITHUB_TOKEN;
    const a = secrets.NOT_DECLARED;
    const b = secrets['BRACKET'];
    const c = secrets?.OPTIONAL;
    const { DESTRUCTURED, RENAMED: alias } = secrets;
    const s = secrets;
    const later = () => s.IN_CLOSURE;
  },
};`;
    assert.deepEqual(
      undeclared('file:///i.js', text).map((m) => m.split(' @ ')[1]),
      ['NOT_DECLARED', 'BRACKET', 'OPTIONAL', 'DESTRUCTURED', 'RENAMED', 'IN_CLOSURE'],
    );
    assert.equal(
      undeclared('file:///i.js', text)[0],
      "Secret 'NOT_DECLARED' is used but not declared in requiredSecrets; it will not be injected @ NOT_DECLARED",
    );
  });

  it('finds ESM default exports with a run method, TypeScript annotations and `satisfies`', () => {
    const text = `export default {
  metadata: { name: 'dd', requiredSecrets: ['DATADOG_API_KEY'] },
  async run(context: unknown, secrets: Record<string, string> = {}) {
    return [secrets.DATADOG_API_KEY, secrets.DATADOG_APP_KEY];
  },
} satisfies Integration;`;
    assert.deepEqual(
      undeclared('file:///i.ts', text).map((m) => m.split(' @ ')[1]),
      ['DATADOG_APP_KEY'],
    );
  });

  it('finds named exports and exports.x assignments with an arrow run, and shorthand { metadata, run }', () => {
    const esm = `export const metadata = { name: 'a', requiredSecrets: ['A'] };
export const run = async (ctx, secrets) => secrets.A + secrets.B;`;
    const cjs = `exports.metadata = { name: 'b', requiredSecrets: ['A'] };
exports.run = async (ctx, s = {}) => s.C;`;
    const shorthand = `const metadata = { name: 'c', requiredSecrets: ['A'] };
async function run(ctx, secrets) { return secrets.D; }
module.exports = { metadata, run };`;
    assert.deepEqual(
      undeclared('file:///a.mjs', esm).map((m) => m.split(' @ ')[1]),
      ['B'],
    );
    assert.deepEqual(
      undeclared('file:///b.js', cjs).map((m) => m.split(' @ ')[1]),
      ['C'],
    );
    assert.deepEqual(
      undeclared('file:///c.js', shorthand).map((m) => m.split(' @ ')[1]),
      ['D'],
    );
  });

  it('reads the declarations from a metadata file beside the module when the server supplies it', () => {
    const text = 'module.exports = { run: async (context, secrets) => [secrets.A, secrets.B] };';
    const doc = new ParsedDocument({ uri: 'file:///x/int.js', text });
    attachSiblingMetadata(doc, { uri: 'file:///x/int.yaml', text: 'name: int\nrequiredSecrets:\n  - A\n' });
    const ds = analyzeDocument(doc, new StoreSnapshot([])).diagnostics.filter((d) => d.code === 'undeclared-secret');
    assert.deepEqual(
      ds.map((d) => d.secret),
      ['B'],
    );
    // Without the sibling, nothing is known about the declarations: nothing is reported.
    assert.deepEqual(undeclared('file:///x/int.js', text), []);
  });

  it('is silent when the declarations are not a literal list, and for objects that are not integrations', () => {
    assert.deepEqual(
      undeclared(
        'file:///i.js',
        "const L = ['A', ...more];\nmodule.exports = { metadata: { name: 'x', requiredSecrets: L }, run(c, secrets) { return secrets.B; } };",
      ),
      [],
    );
    assert.deepEqual(undeclared('file:///i.js', 'const config = { run(c, secrets) { return secrets.B; } };'), []);
    assert.deepEqual(undeclared('file:///i.js', 'function run(context, secrets) { return secrets.B; }'), []);
  });

  it('does not count secrets.X outside run, or reads of a shadowing variable', () => {
    const text = `module.exports = {
  metadata: { name: 'x', requiredSecrets: ['A'] },
  run(context, secrets) {
    const f = (secrets) => secrets.SHADOWED;
    { const secrets = {}; secrets.ALSO_SHADOWED; }
    return secrets.A;
  },
};
const secrets = {}; secrets.OUTSIDE;`;
    assert.deepEqual(undeclared('file:///i.js', text), []);
  });

  it('follows `secrets ?? {}` / `secrets || {}` and a destructured secrets parameter', () => {
    const a =
      "module.exports = { metadata: { name: 'x', requiredSecrets: ['A'] }, async run(ctx, secrets) { const { A, C } = secrets ?? {}; const s = secrets || {}; return A + C + s.G; } };";
    assert.deepEqual(
      undeclared('file:///a.js', a).map((m) => m.split(' @ ')[1]),
      ['C', 'G'],
    );
    const b =
      "module.exports = { metadata: { name: 'x', requiredSecrets: ['A'] }, run: async function (context, { A, B: bee } = {}) { return A + bee; } };";
    assert.deepEqual(
      undeclared('file:///b.js', b).map((m) => m.split(' @ ')[1]),
      ['B'],
    );
  });

  it('reports nothing for a half-typed `secrets.` or `secrets[`', () => {
    const text =
      "module.exports = { metadata: { name: 'x', requiredSecrets: ['A'] }, run(c, secrets) { const a = secrets.A; const b = secrets.\n const d = secrets[ } };";
    assert.deepEqual(undeclared('file:///i.js', text), []);
  });

  it('follows the secrets object into a local helper function', () => {
    const text = `function headers(secrets) { return { Authorization: secrets.API_TOKEN }; }
module.exports = {
  metadata: { name: 'x', requiredSecrets: ['A'] },
  run(context, secrets) { return fetch('u', { headers: headers(secrets), a: secrets.A }); },
};`;
    assert.deepEqual(
      undeclared('file:///i.js', text).map((m) => m.split(' @ ')[1]),
      ['API_TOKEN'],
    );
  });
});
