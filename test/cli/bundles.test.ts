// The bundles the VSIX and the npm package ship hold no string a credential scanner takes for a
// credential: the rule set's synthetic samples stay in `rules/*.samples.ts`, which nothing the
// bundles import. vsce refuses to package an extension whose files hold one, and a secrets tool
// that ships credential-shaped strings is flagged by every scanner its users run.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, it } from 'node:test';
import { scanCredentials } from '../../server/src/analysis/credentials/scan';
import { ensureBuilt, ROOT } from './cliHarness';

before(ensureBuilt);

for (const bundle of [
  'server.js',
  'server-main.js',
  'cli.js',
  'cli-main.js',
  'extension.js',
  'language-client.js',
  'server-need.js',
  'runner-child.js',
]) {
  it(`dist/${bundle} holds no credential-shaped string`, () => {
    const text = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
    const found = scanCredentials(text, { generic: false, unquoted: false });
    assert.deepEqual(
      found.map((f) => `${f.ruleId} at ${f.start}`),
      [],
      `dist/${bundle}: a sample or a real credential reached the bundle`,
    );
  });
}
