// The workspace index build as a client sees it: file watchers registered, progress reported
// with a cancellable token, and a cancel from the user honoured.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-protocol';
import { LspClient, tempWorkspace } from './lspClient';

test('the build registers a file watcher and reports cancellable progress', async (t) => {
  const ws = tempWorkspace({
    'a.yaml': 'k: $Token{ONE}\n',
    'b.json': '{"k": "$Token{ONE}"}',
    'big.yaml': 'k: $Token{ONE}\n' + '#'.repeat(2000),
    'blob.txt': '\u0000\u0001$Token{ONE}',
  });
  const client = await LspClient.start({ root: ws.root, settings: { maxFileSize: 1000 } });
  t.after(async () => { await client.stop(); ws.dispose(); });
  assert.match(await client.indexed(), /^Indexed 2 files in \d+ ms \(2 skipped\)\.$/);
  assert.ok(client.logs.some((l) => /^Skipped .*big\.yaml: 2 KB is over the secretref\.maxFileSize limit of 1 KB; raise the setting to read it\.$/.test(l)), client.logs.join('\n'));
  assert.ok(client.logs.some((l) => /^Skipped .*blob\.txt: it looks binary/.test(l)));
  const register = client.serverRequestParams.find((r) => r.method === 'client/registerCapability');
  assert.match(JSON.stringify(register?.params), /workspace\/didChangeWatchedFiles/);
  assert.ok(client.serverRequests.includes('window/workDoneProgress/create'));
});

test('cancelling the progress stops the build and says so in the log', async (t) => {
  const files: Record<string, string> = {};
  // Enough files that the build is still running when the cancel arrives (tiny files index fast).
  for (let i = 0; i < 4000; i++) files[`src/f${i}.ts`] = `export const k${i} = '$Token{SECRET_${i}}';\n`;
  const ws = tempWorkspace(files);
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => { await client.stop(); ws.dispose(); });
  const create = await client.waitFor('the progress token', () => client.serverRequestParams.find((r) => r.method === 'window/workDoneProgress/create'));
  await client.notify('window/workDoneProgress/cancel', { token: (create.params as { token: string | number }).token });
  const line = await client.waitForLog(/^Indexing (cancelled|failed)|^Indexed/);
  assert.match(line, /^Indexing cancelled after \d+ files/);
  // Open documents are still answered from their own text.
  const uri = ws.uri('src/f1.ts');
  await client.open(uri, files['src/f1.ts']);
  const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 25 }, context: { includeDeclaration: true } });
  assert.equal(refs.length, 1);
});
