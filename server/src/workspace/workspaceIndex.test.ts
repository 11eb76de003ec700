import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { tempTree } from '../../../test/util/tempTree';
import { WorkspaceIndex, fileUri } from './workspaceIndex';
import { listProjectFiles } from './files';
import { releaseMemory } from '../lsp/memory';

test("build indexes every file; references respect each dialect's case rule", async (t) => {
  const root = tempTree(t, {
    'a.yaml': 'k: $Token{API_KEY}\nj: "{{ secrets.api_key }}"\n',
    'b.ts': "const x = '$Token{api_key}';\n",
    'c/d.json': '{ "h": "<<Secrets.Api_Key>>" }',
    'e.txt': 'no references here',
    'blob.json': '\u0000\u0001 $Token{API_KEY}',
  });
  const index = new WorkspaceIndex();
  const result = await index.build(await listProjectFiles(root));
  assert.deepEqual(result, { indexed: 4, skipped: 1, cancelled: false }, 'the binary file is skipped');
  const refs = index.referencesTo('API_KEY');
  assert.deepEqual(refs.map((r) => `${path.basename(r.uri)}:${r.range.start.line}:${r.name}`).sort(), [
    'a.yaml:0:API_KEY',
    'a.yaml:1:api_key',
    'd.json:0:Api_Key',
  ]);
  assert.equal(index.referencesTo('api_key').length, 3, 'the lower-case token names the lower-case secret, plus both template forms');
  assert.equal(index.filesUsing('API_KEY'), 2);
  assert.deepEqual(index.names().sort(), ['API_KEY', 'Api_Key', 'api_key']);
});

test("setText replaces a file's references; delete and deleteUnder remove them", () => {
  const index = new WorkspaceIndex();
  const a = fileUri('/w/src/a.yaml'),
    b = fileUri('/w/src/sub/b.yaml'),
    c = fileUri('/w/other.yaml');
  index.setText(a, 'x: $Token{ONE}');
  index.setText(b, 'x: $Token{ONE}');
  index.setText(c, 'x: $Token{ONE}');
  assert.equal(index.referencesTo('ONE').length, 3);
  index.setText(a, 'x: $Token{TWO}');
  assert.equal(index.referencesTo('ONE').length, 2);
  assert.equal(index.referencesTo('TWO').length, 1);
  assert.deepEqual(index.deleteUnder(fileUri('/w/src')), [a, b]);
  assert.deepEqual(
    index.referencesTo('ONE').map((r) => r.uri),
    [c],
  );
  assert.deepEqual(index.referencesTo('TWO'), []);
  assert.ok(index.delete(c));
  assert.equal(index.fileCount, 0);
});

test('a cancelled build stops between files and keeps what it indexed', async (t) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`f${String(i).padStart(2, '0')}.yaml`] = `k: $Token{S${i}}`;
  const root = tempTree(t, files);
  const index = new WorkspaceIndex();
  let done = 0;
  const result = await index.build(await listProjectFiles(root), {
    isCancelled: () => done >= 5,
    onProgress: (n) => {
      done = n;
    },
  });
  assert.deepEqual(result, { indexed: 5, skipped: 0, cancelled: true });
  assert.equal(index.fileCount, 5);
});

test('reference hooks add declarations the dialects do not find (manifest entries)', () => {
  const index = new WorkspaceIndex();
  index.referenceHooks.push((uri) =>
    uri.endsWith('secretref.json')
      ? [
          {
            uri,
            name: 'FROM_HOOK',
            dialect: 'manifest',
            kind: 'declaration',
            caseSensitive: true,
            range: { start: { line: 0, character: 1 }, end: { line: 0, character: 10 } },
            context: {},
          },
        ]
      : [],
  );
  index.setText(fileUri('/w/secretref.json'), '{}');
  index.setText(fileUri('/w/a.yaml'), 'k: $Token{FROM_HOOK}');
  assert.equal(index.declarationsOf('FROM_HOOK').length, 1);
  assert.equal(index.filesUsing('FROM_HOOK'), 1);
});

test('the index keeps no file text once a file is indexed', () => {
  // A name of 13 or more characters cut from a text can keep the whole text alive (V8's sliced
  // strings): 200 files of 100 KB each would stay in memory through their references' names.
  const filler = '# ' + 'x'.repeat(98) + '\n';
  const index = new WorkspaceIndex();
  releaseMemory();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 200; i++) {
    const text = `api_key: "$Token{SERVICE_${i % 7}_SIGNING_SECRET}"\n${filler.repeat(1000)}tenant: "{{ secrets.tenant_${i}_webhook_secret }}"\n`;
    index.setText(fileUri(`/w/configs/service${i}.yaml`), text);
  }
  releaseMemory();
  const kept = process.memoryUsage().heapUsed - before;
  assert.equal(index.referencesTo('SERVICE_3_SIGNING_SECRET').length, 29);
  assert.equal(index.referencesTo('tenant_150_webhook_secret')[0]?.range.start.line, 1001);
  // The texts total 20 MB; the references of 200 files take tens of KB.
  assert.ok(kept < 2_000_000, `the index kept ${(kept / 1e6).toFixed(1)} MB after indexing 20 MB of text`);
});

test('the index gives back each reference as it was set: ranges, full range, context, integration', () => {
  const index = new WorkspaceIndex();
  const uri = fileUri('/w/integrations/stripe.ts');
  const use = {
    uri,
    name: 'STRIPE_SIGNING_SECRET',
    dialect: 'ductape' as const,
    kind: 'use' as const,
    caseSensitive: true,
    range: { start: { line: 4, character: 20 }, end: { line: 4, character: 41 } },
    fullRange: { start: { line: 4, character: 12 }, end: { line: 4, character: 42 } },
    context: { app: 'billing', appSource: 'integration' as const, env: 'prod', envSource: 'code' as const },
    integration: 'stripe-webhooks',
  };
  const declaration = {
    ...use,
    kind: 'declaration' as const,
    range: { start: { line: 1, character: 3 }, end: { line: 1, character: 24 } },
  };
  index.setReferences(uri, [declaration, use]);
  assert.deepEqual(index.fileReferences(uri), [declaration, use]);
  assert.deepEqual(index.referencesTo('STRIPE_SIGNING_SECRET'), [declaration, use]);
  // What a caller does with a copy does not reach the index.
  index.fileReferences(uri)[1].context.env = 'dev';
  assert.equal(index.referencesTo('STRIPE_SIGNING_SECRET')[1].context.env, 'prod');
});
