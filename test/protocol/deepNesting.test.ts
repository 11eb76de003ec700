// Documents whose expressions nest 50,000 levels deep without brackets: each is answered (checked
// as text, with a log line saying so) and the server keeps answering other requests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient, messageOf } from './lspClient';
import { DEEP_CHAINS } from '../util/deepChains';

test('50k-deep chains of every construct are answered, and the server stays responsive', async (t) => {
  const client = await LspClient.start({ initializationOptions: { secrets: [{ name: 'KNOWN', hasValue: true }] } });
  t.after(() => client.stop());
  const small = 'untitled:small.yaml';
  await client.open(small, 'k: $Token{KNOWN}\n');
  let i = 0;
  for (const [name, body] of Object.entries(DEEP_CHAINS)) {
    const uri = `untitled:deep${i++}.js`;
    await client.open(uri, `const key = '$Token{NOPE_${i}}';\n` + body, 'javascript');
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d.map(messageOf), [`Secret 'NOPE_${i}' not found`], name);
    await client.waitForLog(
      new RegExp(`^Checked untitled:deep${i - 1}\\.js as text only: an expression chains more than 1000 operators or parentheses\\.`),
    );
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: small },
      position: { line: 0, character: 12 },
    });
    assert.match(JSON.stringify(hover?.contents), /KNOWN/, `hover answered after ${name}`);
  }
  assert.deepEqual(
    client.logs.filter((l) => / failed/.test(l)),
    [],
  );
  assert.equal(client.exitCode, undefined);
});
