// A workspace made to stall the server: FIFOs and /dev/zero where .gitignore and the manifest
// go, links out of the folder, a 34 MB manifest. The index is built, the odd files are skipped
// with a log line, and requests are answered.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { LspClient, tempWorkspace } from './lspClient';

test('FIFOs, /dev/zero and links out of the workspace are skipped, and the server answers', async (t) => {
  const ws = tempWorkspace({ 'a.yaml': 'k: $Token{ONE}\n', 'sub/b.yaml': 'k: $Token{ONE}\n', 'fifo/c.yaml': 'k: $Token{ONE}\n' });
  const outside = tempWorkspace({ 'far.yaml': 'k: $Token{ONE}\n' });
  execFileSync('mkfifo', [path.join(ws.root, '.gitignore')]);
  execFileSync('mkfifo', [path.join(ws.root, 'secretref.json')]);
  execFileSync('mkfifo', [path.join(ws.root, 'fifo', '.gitignore')]);
  symlinkSync('/dev/zero', path.join(ws.root, 'sub', '.gitignore'));
  symlinkSync('/dev/zero', path.join(ws.root, 'zero.yaml'));
  symlinkSync('/proc/self/environ', path.join(ws.root, 'leak.env'));
  symlinkSync(path.join(outside.root, 'far.yaml'), path.join(ws.root, 'far.yaml'));
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
    outside.dispose();
  });
  assert.match(await client.indexed(), /^Indexed 3 files in \d+ ms/);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: ws.uri('a.yaml') },
    position: { line: 0, character: 12 },
    context: { includeDeclaration: true },
  });
  assert.deepEqual(refs.map((r) => path.relative(ws.root, new URL(r.uri).pathname)).sort(), ['a.yaml', 'fifo/c.yaml', 'sub/b.yaml']);
  assert.ok(
    client.logs.some((l) => /^Skipped the manifest .*secretref\.json: it is not a regular file \(a FIFO\)\.$/.test(l)),
    client.logs.join('\n'),
  );
  assert.equal(client.exitCode, undefined);
});

test('a 34 MB manifest is skipped at the size limit with a log line naming the setting', async (t) => {
  const secrets: Record<string, unknown> = {};
  for (let i = 0; i < 400_000; i++) secrets[`SECRET_NUMBER_${i}`] = { description: 'x'.repeat(40) };
  const ws = tempWorkspace({ 'a.yaml': 'k: $Token{SECRET_NUMBER_1}\n' });
  writeFileSync(path.join(ws.root, 'secretref.json'), JSON.stringify({ secrets }, null, 2));
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  assert.ok(
    client.logs.some((l) =>
      /^Skipped the manifest .*secretref\.json: \d+\.\d MB is over the secretref\.maxFileSize limit of 5\.0 MB; raise the setting to read it\.$/.test(
        l,
      ),
    ),
    client.logs.join('\n'),
  );
  await client.open(ws.uri('a.yaml'), 'k: $Token{SECRET_NUMBER_1}\n');
  const d = await client.waitForDiagnostics(ws.uri('a.yaml'));
  assert.equal(d.length, 1, 'without the manifest the name is unknown');
});

test('a custom pattern that backtracks exponentially in JavaScript does not block the server', async (t) => {
  const client = await LspClient.start({
    settings: {
      customDialects: [
        { id: 'redos', pattern: '(?<name>(a|aa)+)b' },
        { id: 'ahead', pattern: 'k=(?<name>\\w+)(?=;)' },
      ],
    },
    initializationOptions: { secrets: [{ name: 'KNOWN', hasValue: true }] },
  });
  t.after(() => client.stop());
  const uri = 'untitled:slow.txt';
  await client.open(uri, 'a'.repeat(100_000) + '!\n$Token{KNOWN} $Token{NOPE}\n');
  const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
  assert.deepEqual(
    d.map((x) => x.code),
    ['unknown-secret'],
  );
  const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 1, character: 9 },
  });
  assert.match(JSON.stringify(hover?.contents), /KNOWN/);
  assert.ok(
    client.logs.some((l) =>
      /^Custom dialect 'ahead': the pattern uses something SecretRef's linear-time matcher does not support .*; fix it in the setting secretref\.customDialects$/.test(
        l,
      ),
    ),
    client.logs.join('\n'),
  );
});
