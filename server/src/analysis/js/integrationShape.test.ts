// The token scan that spares the parse of modules whose `metadata` and `run` cannot make an
// integration: every integration must still be found, with and without the words in comments.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedDocument } from '../document';
import { attachSiblingMetadata, findIntegrations, jsFacts, mayHoldIntegrationCode } from '../integrations';
import { integrationShape } from './integrationShape';

const found = (text: string, file = 'integration.js'): number =>
  findIntegrations(new ParsedDocument({ uri: `file:///project/integrations/${file}`, text })).length;

describe('integrations the token scan must let through to the parse', () => {
  // None of these holds `secrets`, `secret_name` or `INTEGRATION_`: only `metadata` and `run` let them through.
  const integrations: Array<[string, string]> = [
    [
      'metadata in a comment and as a key',
      "// the metadata: name and version\nmodule.exports = { metadata: { name: 'a' }, run: async (ctx) => ctx };",
    ],
    ['string keys', "module.exports = { 'metadata': { name: 'a' }, 'run': function (ctx) { return ctx; } };"],
    ['a computed run key', "module.exports = { metadata: { name: 'a' }, ['run']: (ctx) => ctx };"],
    ['a method', "export default { metadata: { name: 'a' }, async run(ctx) { return ctx; } };"],
    ['a generator method', "export default { metadata: { name: 'a' }, *run(ctx) { yield ctx; } };"],
    ['shorthands', "const metadata = { name: 'a' };\nfunction run(ctx) { return ctx; }\nmodule.exports = { metadata, run };"],
    ['an export list with an alias', "const metadata = { name: 'a' };\nconst go = (ctx) => ctx;\nexport { metadata, go as run };"],
    ['CommonJS exports', "exports.metadata = { name: 'a' };\nexports.run = async (ctx) => ctx;"],
    ['module.exports members', "module.exports.metadata = { name: 'a' };\nmodule.exports.run = function (ctx) { return ctx; };"],
    ['ESM declarations', "export const metadata = { name: 'a' };\nexport async function run(ctx) { return ctx; }"],
    ['a comment between key and colon', "module.exports = { metadata: { name: 'a' }, run /* the handler */ : (c) => c };"],
    ['after regular expressions', "if (/'/.test(x)) y();\nconst r = /`/;\nmodule.exports = { metadata: { name: 'a' }, run: (c) => c };"],
    [
      'after a division and a template',
      "const h = (a + b) / 2, t = `${h}/2`;\nmodule.exports = { metadata: { name: 'a' }, run: (c) => c };",
    ],
  ];
  for (const [what, text] of integrations)
    it(what, () => {
      assert.equal(mayHoldIntegrationCode(text), true);
      assert.equal(found(text), 1);
    });

  it('TypeScript: a typed run and a non-null assertion before a division', () => {
    const text =
      "const n = size! / 2;\nexport const metadata: Meta = { name: 'a' };\nexport async function run<T>(ctx: T): Promise<T> { return ctx; }";
    assert.equal(found(text, 'integration.ts'), 1);
  });

  it('a run beside a metadata file, with `metadata` only in a comment', () => {
    const text = '// metadata: in the JSON file beside this one\nmodule.exports = { run: async (ctx) => ctx };';
    const doc = new ParsedDocument({ uri: 'file:///project/integrations/asana.js', text });
    attachSiblingMetadata(doc, {
      uri: 'file:///project/integrations/asana.json',
      text: '{ "name": "asana", "requiredSecrets": ["ASANA_TOKEN"] }',
    });
    assert.equal(findIntegrations(doc).length, 1);
  });

  it('JSX, where a quote in the text is not a string', () => {
    const text = "const v = <p>don't</p>;\nmodule.exports = { metadata: { name: 'a' }, run: (c) => c };";
    assert.equal(found(text, 'integration.jsx'), 1);
    assert.equal(found(text, 'integration.js'), 1);
  });

  it('every module of the integration corpus', () => {
    const dir = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'integrations');
    const modules = readdirSync(dir).filter((f) => /\.(?:[cm]?js|ts)$/.test(f));
    assert.ok(modules.length >= 20);
    for (const f of modules) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (!/metadata/.test(text) || !/\brun\b/.test(text)) continue;
      const shape = integrationShape(text, f.endsWith('.ts'));
      assert.ok(shape.paired || shape.run, f);
    }
  });
});

describe('code around an integration that the scanner reads differently from the parser', () => {
  // Each before and after every module of the integration corpus, with its secret forms renamed so
  // that the scan decides: what is found must be what the parse alone finds (a .jsx/.tsx name
  // skips the scan). Quotes and backticks inside the regular expressions would swallow the module
  // if a `/` were read the wrong way.
  const tricky = [
    "if (a) /'/.test(b);\n",
    'while (x) /`/g.exec(s);\n',
    "x = y / 2 / z; // it's\n",
    'a = (b) / c / d;\n',
    "const t = `a${ {b: '}'}.b }c${`${'`'}`}`;\n",
    'x = a++ / 2;\n',
    "x = typeof /re'/;\n",
    "label: { }\n/re'/.test(x);\n",
    'x = this / 2; y = 1 / this.z;\n',
    'var of = 1; z = of / 2;\n',
    'let type = 4, q = type / 2 / 3;\n',
    'const o = { if: 1 }; z = o.if / 2;\n',
    "f(function () { return /'/; });\n",
    "async function* g() { yield /'/; }\n",
    'x = n! / 2;\n',
  ];
  it('finds what the parse finds', () => {
    const dir = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'integrations');
    const differ: string[] = [];
    for (const f of readdirSync(dir).filter((f) => /\.(?:[cm]?js|ts)$/.test(f))) {
      const module = readFileSync(join(dir, f), 'utf8')
        .replace(/ecrets/g, 'ecretz')
        .replace(/INTEGRATION_/g, 'INTEGRATIONS')
        .replace(/secret_name/g, 'secret_nam');
      for (const code of tricky)
        for (const text of [code + module, module + '\n' + code]) {
          const scanned = found(text, f);
          const parsed = found(text, f.replace(/\.[cm]?([jt])s$/, '.$1sx'));
          if (scanned !== parsed) differ.push(`${f} ${JSON.stringify(code)}: ${scanned} against ${parsed}`);
        }
    }
    assert.deepEqual(differ, []);
  });
});

describe('secret forms the token scan must let through to the parse', () => {
  const facts = (text: string) => jsFacts(new ParsedDocument({ uri: 'file:///project/src/module.js', text }))!;

  it('metadata that declares secrets without a run', () => {
    const text = "module.exports = { metadata: { name: 'a', requiredSecrets: ['API_KEY'] } };";
    assert.deepEqual(
      findIntegrations(new ParsedDocument({ uri: 'file:///project/a.js', text }))[0].required?.entries.map((e) => e.name),
      ['API_KEY'],
    );
  });

  it("Flatfile's event.secrets, also after ?. and across a line break", () => {
    const text = "// run: on upload; metadata: none\nconst a = await event?.secrets('A');\nconst b = await event.\n  secrets('B');";
    assert.deepEqual(
      facts(text).eventRefs.map((r) => r.name),
      ['A', 'B'],
    );
  });

  it('a task expression in a string', () => {
    const text = "// the run's metadata\nconst step = { arguments: { url: '$ secrets.db_url' } };";
    assert.deepEqual(
      facts(text).taskRefs.map((r) => r.name),
      ['db_url'],
    );
  });

  it('a task expression in a template', () => {
    const text = "// the run's metadata\nconst step = { arguments: { key: `$ f'{secrets.api_key}' ${suffix}` } };";
    assert.deepEqual(
      facts(text).taskRefs.map((r) => r.name),
      ['api_key'],
    );
  });
});

describe('modules the token scan keeps from the parse', () => {
  const shapeOf = (text: string, typescript = false) => integrationShape(text, typescript);

  it('an editor action: `metadata` passed to super, `run` a class method', () => {
    const text =
      "class Fold extends EditorAction {\n  constructor() { super({ id: 'fold', metadata: { description: 'Fold' } }); }\n  run(accessor, editor) { return editor; }\n}";
    assert.equal(mayHoldIntegrationCode(text), true);
    assert.equal(shapeOf(text).paired, false);
    assert.equal(found(text), 0);
  });

  it("a class's `run` method is no run: no metadata file is looked up for it", () => {
    const text =
      "export class Fold extends EditorAction {\n  static metadata = { id: 'fold' };\n  async run(accessor) { return accessor; }\n  ['run']() {}\n}";
    const { paired, run } = shapeOf(text);
    assert.deepEqual({ paired, run }, { paired: false, run: false });
    // The lookup reads files beside the module (in the server, on every keystroke): it must not be asked.
    const doc = new ParsedDocument({ uri: 'file:///project/src/fold.js', text });
    let asked = 0;
    attachSiblingMetadata(doc, () => {
      asked++;
      return undefined;
    });
    assert.equal(findIntegrations(doc).length, 0);
    assert.equal(asked, 0);
  });

  it('an integration object after a class, and a class expression inside one, are still read', () => {
    const after = "class Helper { run() {} }\nmodule.exports = { metadata: { name: 'a' }, run: (c) => c };";
    assert.equal(found(after), 1);
    const inside = "module.exports = { metadata: { name: 'a' }, Tool: class { run() {} }, run: (c) => c };";
    assert.equal(found(inside), 1);
    const member = "const k = o.class;\nmodule.exports = { metadata: { name: 'a' }, run: (c) => c };";
    assert.equal(found(member), 1);
  });

  it('`metadata` and `run` only in comments and strings', () => {
    const text = "/* metadata: the build's, run: once */\nconst s = 'metadata: x, run: y';\nrunner.start(metadata);";
    const { paired, run } = shapeOf(text);
    assert.deepEqual({ paired, run }, { paired: false, run: false });
  });

  it('an SDK naming a `secrets.` RPC method in a string', () => {
    const text =
      "// run the session; metadata: see below\nconst rpc = { secrets: { addFilterValues: (p) => connection.sendRequest('secrets.addFilterValues', p) } };";
    assert.equal(mayHoldIntegrationCode(text), true);
    const shape = shapeOf(text);
    assert.equal(shape.paired || shape.run || shape.requiredSecrets || shape.secretsMember || shape.expressionString, false);
  });

  it('a bundle whose `var metadata` is not at the top level', () => {
    const text = '(function () {\n  var metadata = read();\n  function run(job) { return job; }\n  return { go: run };\n})();';
    assert.equal(shapeOf(text).paired, false);
  });

  it('answers "may" where the scanner cannot read a `/` as the parser does', () => {
    assert.equal(shapeOf('if (a) {}\n/x/.test(s);').paired, true);
    assert.equal(shapeOf('while (a) /x/.test(s);').paired, true);
  });
});
