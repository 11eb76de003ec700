// The workspace index build as a client sees it: file watchers registered, progress reported
// with a cancellable token, and a cancel from the user honoured.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Hover, Location } from 'vscode-languageserver-protocol';
import { LspClient, tempWorkspace } from './lspClient';

test('the build registers a file watcher and reports cancellable progress', async (t) => {
  const ws = tempWorkspace({
    'secretref.json': '{ "secrets": { "ONE": {} } }\n',
    'a.yaml': 'k: $Token{ONE}\n',
    'b.json': '{"k": "$Token{ONE}"}',
    'big.yaml': 'k: $Token{ONE}\n' + '#'.repeat(2000),
    'blob.txt': '\u0000\u0001$Token{ONE}',
  });
  const client = await LspClient.start({ root: ws.root, settings: { maxFileSize: 1000 } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  assert.match(await client.indexed(), /^Indexed 3 files in \d+ ms \(2 skipped\)\.$/);
  assert.ok(
    client.logs.some((l) =>
      /^Skipped .*big\.yaml: 2 KB is over the secretref\.maxFileSize limit of 1 KB; raise the setting to read it\.$/.test(l),
    ),
    client.logs.join('\n'),
  );
  assert.ok(client.logs.some((l) => /^Skipped .*blob\.txt: it looks binary/.test(l)));
  const register = client.serverRequestParams.find((r) => r.method === 'client/registerCapability');
  assert.match(JSON.stringify(register?.params), /workspace\/didChangeWatchedFiles/);
  assert.ok(client.serverRequests.includes('window/workDoneProgress/create'));
});

test('cancelling the progress stops the build and says so in the log', async (t) => {
  const files: Record<string, string> = {};
  // Enough files that the build is still running when the cancel arrives: 4,000 tiny files
  // indexed in about 100 ms, sometimes before the cancel was read, and the test failed then.
  for (let i = 0; i < 20000; i++) files[`src/d${i % 50}/f${i}.ts`] = `export const k${i} = '$Token{SECRET_${i}}';\n`;
  files['secretref.json'] = '{ "secrets": {} }\n';
  const ws = tempWorkspace(files);
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const create = await client.waitFor('the progress token', () =>
    client.serverRequestParams.find((r) => r.method === 'window/workDoneProgress/create'),
  );
  await client.notify('window/workDoneProgress/cancel', { token: (create.params as { token: string | number }).token });
  const line = await client.waitForLog(/^Indexing (cancelled|failed)|^Indexed/);
  assert.match(line, /^Indexing cancelled after \d+ files/);
  // Open documents are still answered from their own text.
  const uri = ws.uri('src/d1/f1.ts');
  await client.open(uri, files['src/d1/f1.ts']);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: { line: 0, character: 25 },
    context: { includeDeclaration: true },
  });
  assert.equal(refs.length, 1);
});

test('a build superseded by a newer one (settings changed while indexing) raises no alarm', async (t) => {
  const files: Record<string, string> = { 'secretref.json': '{ "secrets": {} }\n', 'keep.yaml': 'k: $Token{ONE}\n' };
  for (let i = 0; i < 4000; i++) files[`src/f${i}.ts`] = `export const k${i} = '$Token{SECRET_${i}}';\n`;
  const ws = tempWorkspace(files);
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  // As an editor does on start: the settings arrive while the first build is still running.
  client.settings = { files: { exclude: ['src/**'] } };
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  assert.match(await client.waitForLog(/^Indexed 2 files/, 30_000), /^Indexed 2 files in \d+ ms\.$/);
  assert.deepEqual(
    client.logs.filter((l) => /cancelled/i.test(l)),
    [],
  );
});

test('hover counts the files that use a secret without the ones secretref.files.exclude leaves out, open or not', async (t) => {
  const files = {
    'app.yaml': 'key: $Token{STRIPE_KEY}\n',
    'other.yaml': 'key: $Token{STRIPE_KEY}\n',
    'scratch/old.yaml': 'key: $Token{STRIPE_KEY}\n',
  };
  const ws = tempWorkspace(files);
  const client = await LspClient.start({ root: ws.root, settings: { files: { exclude: ['scratch/**'] } } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const excluded = ws.uri('scratch/old.yaml');
  await client.open(excluded, files['scratch/old.yaml']);
  await client.waitForDiagnostics(excluded);
  const uri = ws.uri('app.yaml');
  await client.open(uri, files['app.yaml']);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 15 } });
  assert.match((hover.contents as { value: string }).value, /Used in 2 files/);
});

test('a workspace without secretref.json is not indexed until a file with a reference is opened', async (t) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`src/f${i}.ts`] = `export const k${i} = ${i};\n`;
  files['config/app.yaml'] = 'key: $Token{STRIPE_KEY}\n';
  const ws = tempWorkspace(files);
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.waitForLog(/^No secretref\.json in the workspace/);
  // Files without a reference are checked as they open, and start nothing.
  const plain = ws.uri('src/f1.ts');
  await client.open(plain, files['src/f1.ts']);
  await client.waitForDiagnostics(plain);
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(!client.logs.some((l) => /^Indexed/.test(l)), client.logs.join('\n'));
  assert.ok(!client.serverRequests.includes('window/workDoneProgress/create'), 'no index build started');
  // The first reference starts the whole index (the two open files come from the editor's text).
  const config = ws.uri('config/app.yaml');
  await client.open(config, files['config/app.yaml']);
  assert.match(await client.waitForLog(/^Indexed \d+ files/), /^Indexed 199 files/);
});
