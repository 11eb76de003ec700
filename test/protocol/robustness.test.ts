// Bad input never crashes or stalls the server: huge, binary, minified, deeply nested and
// invalid files are answered or skipped with a clear log line, and the server keeps serving.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import { LspClient, messageOf, tempWorkspace } from './lspClient';

test('huge, binary, minified, nested and invalid documents do not take the server down', async (t) => {
  const client = await LspClient.start({ initializationOptions: { secrets: [{ name: 'KNOWN', hasValue: true }] } });
  t.after(() => client.stop());

  const huge = 'untitled:huge.txt';
  await client.open(huge, 'x'.repeat(10_500_000) + ' $Token{NOPE}', 'plaintext');
  await client.waitForLog(
    /^Skipped untitled:huge\.txt: 10\.5 MB is over the secretref\.maxFileSize limit of 5\.0 MB; raise the setting to check it\.$/,
  );

  const binary = 'untitled:blob.json';
  await client.open(binary, '\u0000\u0001\u0002PNG $Token{NOPE}', 'json');
  await client.waitForLog(/^Skipped untitled:blob\.json: it looks binary/);

  const minified = 'untitled:bundle.js';
  await client.open(minified, 'var a=1;'.repeat(150_000) + "var k='$Token{MISSING_ONE}';", 'javascript');
  const d = await client.waitForDiagnostics(minified, (x) => x.length > 0);
  assert.deepEqual(
    d.map((x: Diagnostic) => x.code),
    ['unknown-secret'],
  );

  const nested = 'untitled:deep.json';
  await client.open(nested, '['.repeat(20_000) + '"$Token{DEEP}"' + ']'.repeat(20_000), 'json');
  const nd = await client.waitForDiagnostics(nested, (x) => x.length > 0);
  assert.ok(
    nd.some((x) => /'DEEP'/.test(messageOf(x))),
    'a reference deep inside is still found by the text scan',
  );

  const yaml = 'untitled:bad.yaml';
  await client.open(yaml, 'a: [unclosed\n  b: : :\n\t- $Token{KNOWN}\n', 'yaml');
  await client.waitForDiagnostics(yaml);

  // Still alive and answering.
  const hover = await client.request<Hover | null>('textDocument/hover', {
    textDocument: { uri: huge },
    position: { line: 0, character: 3 },
  });
  assert.equal(hover, null);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: yaml },
    position: { line: 2, character: 12 },
    context: { includeDeclaration: true },
  });
  assert.equal(refs.length, 1);
  assert.equal(client.exitCode, undefined);
  assert.ok(!client.logs.some((l) => l.includes('NOPE') || l.includes('var a=1')), 'logs never carry document text');
  assert.deepEqual(
    client.logs.filter((l) => / failed/.test(l)),
    [],
    'no handler failed',
  );
});

test('malformed requests and notifications are answered empty, not fatal', async (t) => {
  const ws = tempWorkspace({ 'a.yaml': 'x: $Token{A}\n' });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  await client.notify('secretref/secretsChanged', { secrets: 'not a list' });
  await client.notify('secretref/secretsChanged', null);
  const hover = await client.request('textDocument/hover', {
    textDocument: { uri: 'file:///not/open.ts' },
    position: { line: 0, character: 0 },
  });
  assert.equal(hover, null);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: 'file:///not/open.ts' },
    position: { line: 99, character: 99 },
    context: { includeDeclaration: true },
  });
  assert.deepEqual(refs, []);
  assert.equal(client.exitCode, undefined);
});
