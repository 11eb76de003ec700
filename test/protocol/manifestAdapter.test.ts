// "secretsAdapter": "env" in secretref.json decides whether `process.env.INTEGRATION_X` is the
// secret X outside integration modules. Adding or removing it, on disk (a watched-file event, as
// an editor sends it) or in the manifest's open buffer, changes what every file refers to: open
// documents are checked again and the index's references (find references, rename) follow,
// without reopening anything.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, messageOf, tempWorkspace } from './lspClient';

type Location = { uri: string; range: Diagnostic['range'] };
type Edit = { changes?: Record<string, unknown[]> };

/** Asks again until the answer is `expected` (the index reads files in the background), else fails with the last answer. */
async function eventually<T>(ask: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = await ask();
    try {
      assert.deepEqual(got, expected);
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const WITHOUT = JSON.stringify({ secrets: { GITHUB_TOKEN: {} } }, null, 2) + '\n';
const WITH = JSON.stringify({ secretsAdapter: 'env', secrets: { GITHUB_TOKEN: {} } }, null, 2) + '\n';

test('adding and removing "secretsAdapter": "env" re-checks open files and re-indexes the others, on disk and in the open manifest', async (t) => {
  const helper =
    "export const token = process.env.INTEGRATION_GITHUB_TOKN;\nexport const live = process.env.INTEGRATION_TESTING === 'true';\n";
  const ws = tempWorkspace({
    'secretref.json': WITHOUT,
    'test/helpers.js': helper,
    'scripts/release.js': 'await publish(process.env.INTEGRATION_GITHUB_TOKEN);\n',
  });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const helpers = ws.uri('test/helpers.js');
  const manifest = ws.uri('secretref.json');
  await client.open(helpers, helper);
  // Without the adapter, INTEGRATION_ variables are the project's own: nothing to report.
  assert.deepEqual(await client.waitForDiagnostics(helpers), []);
  // GITHUB_TOKEN's line in the manifest: the one after `"secrets": {`, with the setting or without.
  let tokenLine = 2;
  const referencesOfToken = async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: manifest },
      position: { line: tokenLine, character: 6 },
      context: { includeDeclaration: false },
    });
    return refs.map((r) => `${r.uri.slice(ws.uri('').length + 1)}:${r.range.start.line}:${r.range.start.character}`).sort();
  };
  const renamed = async () => {
    const edit = await client.request<Edit>('textDocument/rename', {
      textDocument: { uri: manifest },
      position: { line: tokenLine, character: 6 },
      newName: 'GH_TOKEN',
    });
    return Object.keys(edit.changes ?? {})
      .map((u) => u.slice(ws.uri('').length + 1))
      .sort();
  };
  assert.deepEqual(await referencesOfToken(), []);

  // On disk, as a save from another tool or a `git pull`: the client's file watcher tells the server.
  ws.write('secretref.json', WITH);
  tokenLine = 3;
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: manifest, type: 2 }] });
  const d = await client.waitForDiagnostics(helpers, (x) => x.length > 0);
  assert.deepEqual(
    d.map((x) => [x.code, x.range.start.line]),
    [
      ['unknown-secret', 0],
      ['unknown-secret', 1],
    ],
  );
  assert.match(messageOf(d[0]), /Secret 'GITHUB_TOKN' not found \(did you mean 'GITHUB_TOKEN'\?\)/);
  // scripts/release.js was never opened: the index read it again under the new setting.
  await eventually(referencesOfToken, ['scripts/release.js:0:38']);
  assert.deepEqual(await renamed(), ['scripts/release.js', 'secretref.json']);

  // In the manifest's open buffer, before any save: removing the setting takes them away again.
  await client.open(manifest, WITH);
  await client.change(manifest, WITHOUT);
  tokenLine = 2;
  assert.deepEqual(await client.waitForDiagnostics(helpers, (x) => x.length === 0), []);
  await eventually(referencesOfToken, []);
  assert.deepEqual(await renamed(), ['secretref.json']);
  // And adding it back in the buffer.
  await client.change(manifest, WITH);
  tokenLine = 3;
  await client.waitForDiagnostics(helpers, (x) => x.length === 2);
  await eventually(referencesOfToken, ['scripts/release.js:0:38']);
});
