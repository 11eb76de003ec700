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
import { attachSiblingMetadata, findIntegrations } from './integrations';
import { StoreSnapshot } from './store';
import { DEFAULT_SETTINGS } from './types';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'integrations');
const CODES = new Set(['undeclared-secret', 'unused-declaration', 'duplicate-declaration', 'logged-secret', 'hardcoded-secret']);
const files = readdirSync(DIR).filter((f) => /\.(?:[cm]?js|ts)$/.test(f)).sort();

function load(file: string): ParsedDocument {
  // Analysed as project files: fixture folders are exempt from hardcoded-secret, which must be checked here too.
  const doc = new ParsedDocument({ uri: `file:///project/integrations/${file}`, text: readFileSync(join(DIR, file), 'utf8') });
  const sibling = file.replace(/\.[^.]+$/, '.json');
  if (existsSync(join(DIR, sibling))) attachSiblingMetadata(doc, { uri: `file:///project/integrations/${sibling}`, text: readFileSync(join(DIR, sibling), 'utf8') });
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
      const { diagnostics } = analyzeDocument(doc, new StoreSnapshot([]), DEFAULT_SETTINGS);
      const actual = diagnostics.filter((d) => CODES.has(d.code)).map((d) => {
        const names = Array.isArray(d.data?.names) ? (d.data!.names as string[]) : [d.secret ?? ''];
        return `${doc.positionAt(d.range.start).line + 1} ${d.code} ${[...names].sort().join(',')}`;
      });
      assert.deepEqual(actual.sort(), expected(doc).sort());
    });
  }

  it('finds the integration in every module that has one, with its name and run position', () => {
    const missing = files.filter((f) => !/^(env-adapter|julep-tasks|slack-listener)\./.test(f)).filter((f) => findIntegrations(load(f)).length !== 1);
    assert.deepEqual(missing, []);
    const [gh] = findIntegrations(load('github-stats.js'));
    assert.equal(gh.name, 'github-stats');
    assert.deepEqual(gh.required?.entries.map((e) => e.name), ['GITHUB_TOKEN']);
    assert.equal(load('github-stats.js').text.slice(gh.run!.start, gh.run!.start + 3), 'run');
    assert.equal(findIntegrations(load('sibling-metadata.js'))[0].name, 'asana-tasks');
  });
});
