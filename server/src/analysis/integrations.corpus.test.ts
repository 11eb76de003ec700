// A corpus of realistic integrations (test/fixtures/integrations): CommonJS, ESM and TypeScript
// modules, aliases, destructuring, closures, helpers, listeners, the env adapter, the Julep SDK,
// and safe logging. Each expected finding is written on its line as `// expect: CODE NAME…`;
// the test asserts the exact set, so a false positive fails it as surely as a miss.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from './analyze';
import { ParsedDocument } from './document';
import { attachSiblingMetadata, findIntegrations, mayHoldIntegrationCode } from './integrations';
import { StoreSnapshot } from './model/store';
import { DEFAULT_SETTINGS } from './model/types';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'integrations');
const CODES = new Set(['undeclared-secret', 'unused-declaration', 'duplicate-declaration', 'logged-secret', 'hardcoded-secret']);
const files = readdirSync(DIR)
  .filter((f) => /\.(?:[cm]?js|ts)$/.test(f))
  .sort();

function load(file: string): ParsedDocument {
  // Analysed as project files: fixture folders are exempt from hardcoded-secret, which must be checked here too.
  const doc = new ParsedDocument({ uri: `file:///project/integrations/${file}`, text: readFileSync(join(DIR, file), 'utf8') });
  const sibling = file.replace(/\.[^.]+$/, '.json');
  if (existsSync(join(DIR, sibling)))
    attachSiblingMetadata(doc, { uri: `file:///project/integrations/${sibling}`, text: readFileSync(join(DIR, sibling), 'utf8') });
  return doc;
}

function expected(doc: ParsedDocument): string[] {
  const out: string[] = [];
  doc.text.split('\n').forEach((line, i) => {
    const m = /\/\/ expect: ([a-z-]+) ([\w ]+)$/.exec(line);
    if (m) out.push(`${i + 1} ${m[1]} ${m[2].trim().split(/\s+/).sort().join(',')}`);
  });
  return out;
}

describe('integration corpus: the exact findings', () => {
  it('has at least twenty integrations', () => assert.ok(files.length >= 20, `${files.length} files`));

  for (const file of files) {
    it(file, () => {
      const doc = load(file);
      // A fixture from a project whose manifest names the env adapter says so in its header.
      const settings = doc.text.includes('"secretsAdapter": "env"') ? { ...DEFAULT_SETTINGS, envAdapter: true } : DEFAULT_SETTINGS;
      const { diagnostics } = analyzeDocument(doc, new StoreSnapshot([]), settings);
      const actual = diagnostics
        .filter((d) => CODES.has(d.code))
        .map((d) => {
          const names = Array.isArray(d.data?.names) ? (d.data.names as string[]) : [d.secret ?? ''];
          return `${doc.positionAt(d.range.start).line + 1} ${d.code} ${[...names].sort().join(',')}`;
        });
      assert.deepEqual(actual.sort(), expected(doc).sort());
    });
  }

  it('finds the integration in every module that has one, with its name and run position', () => {
    const missing = files
      .filter((f) => !/^(env-adapter|julep-tasks|slack-listener)\./.test(f))
      .filter((f) => findIntegrations(load(f)).length !== 1);
    assert.deepEqual(missing, []);
    const [gh] = findIntegrations(load('github-stats.js'));
    assert.equal(gh.name, 'github-stats');
    assert.deepEqual(
      gh.required?.entries.map((e) => e.name),
      ['GITHUB_TOKEN'],
    );
    assert.equal(load('github-stats.js').text.slice(gh.run!.start, gh.run!.start + 3), 'run');
    assert.equal(findIntegrations(load('sibling-metadata.js'))[0].name, 'asana-tasks');
  });
});

describe('the integration prefilter', () => {
  it('lets through every form the integration analysis reads, and keeps out files that name none', () => {
    for (const yes of [
      "export default { metadata: { name: 'x', requiredSecrets: ['A'] }, run }",
      'module.exports = { metadata, run(context, secrets) {} }',
      'const t = process.env.INTEGRATION_TOKEN;',
      "const t = process.env['INTEGRATION_TOKEN'];",
      'const { INTEGRATION_TOKEN: t } = process.env;',
      "const k = await event.secrets ('KEY');",
      'steps:\n  - secret_name: db',
      'fetch(url, { headers: { a: secrets.API_KEY } })',
      // `run` in every place an integration can define it, beside `metadata` as a key.
      "exports.metadata = { name: 'x' };\nexports.run = async (context, s) => s.A;",
      "const metadata = { name: 'x' };\nconst go = () => 1;\nexport { metadata, go as run };",
      "module.exports = { 'metadata': meta, 'run': handler };",
      "module.exports = { metadata: meta, ['run']: handler };",
      'module.exports = { metadata: meta, run /* the handler */ : handler };',
      'export const metadata = meta;\nexport async function run<T>(context: T) {}',
    ])
      assert.equal(mayHoldIntegrationCode(yes), true, yes);
    for (const no of [
      "const cfg = { key: '$Token{STRIPE_KEY}', note: '{{Secrets.CRM}}' };",
      'const runtime = fileMetadata.size;',
      'export function run() { return 1; }',
      'const metadata = { name: "x" };',
      // `INTEGRATION_` inside a longer name (DOMPurify's tables, an SDK's constant): no variable read here starts so.
      'const HTML_INTEGRATION_POINTS = { foreignobject: true }, id = process.env.COPILOT_INTEGRATION_ID;',
      // A bundle that mentions both only in prose and calls: `metadata,` as a word, `.run(` as a call.
      '// check the integrity metadata, then run the steps\nconst metadata = read();\nfactory.run(job);',
    ])
      assert.equal(mayHoldIntegrationCode(no), false, no);
  });
});

describe('declaration files', () => {
  it('are not searched for integrations: a .d.ts holds types, nothing that runs', () => {
    const text =
      "export declare const metadata: { requiredSecrets: ['A'] };\nexport declare function run(context: unknown, secrets: { A: string }): void;\n";
    assert.equal(findIntegrations(new ParsedDocument({ uri: 'file:///sdk/index.d.ts', text })).length, 0);
    const asModule =
      "export const metadata = { name: 'x', requiredSecrets: ['A'] };\nexport function run(context: unknown, secrets: { A: string }) { return secrets.A; }\n";
    assert.equal(findIntegrations(new ParsedDocument({ uri: 'file:///src/index.ts', text: asModule })).length, 1);
  });
});
