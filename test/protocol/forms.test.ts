// The server over stdio on the reference forms of real repositories: Ductape's `$Secret{}`,
// references in Markdown and MDX code fences, the env adapter only where it is used, and a
// secret leaked through a function of the same file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, messageOf, tempWorkspace } from './lspClient';

const codes = (d: Diagnostic[]) => d.map((x) => x.code);

test("Ductape's $Secret{NAME} is checked and completed like $Token{NAME}", async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({
    root: ws.root,
    initializationOptions: {
      secrets: [
        { name: 'STRIPE_KEY', hasValue: true },
        { name: 'OLD_KEY', hasValue: true, expiresAt: '2001-01-01' },
      ],
    },
  });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('app.yaml');
  await client.open(uri, 'key: $Secret{STRIPE_KY}\nok: $Secret<STRIPE_KEY>\nold: $Secret{OLD_KEY}\nnew: $Secret{ST');
  const d = await client.waitForDiagnostics(uri, (x) => x.length === 2);
  assert.deepEqual(codes(d), ['unknown-secret', 'expired']);
  assert.match(messageOf(d[0]), /Secret 'STRIPE_KY' not found \(did you mean 'STRIPE_KEY'\?\)/);
  assert.deepEqual(d[0].range, { start: { line: 0, character: 13 }, end: { line: 0, character: 22 } });
  type List = { items: Array<{ label: string; textEdit?: { newText: string } }> };
  const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 16 } });
  const stripe = list.items.find((i) => i.label === 'STRIPE_KEY');
  assert.ok(stripe, 'STRIPE_KEY is offered after $Secret{');
  assert.equal(stripe.textEdit?.newText, 'STRIPE_KEY}', 'the unclosed form is closed');
  // Renaming replaces the name only: each reference keeps the form it was written in.
  type Edit = { changes?: Record<string, Array<{ newText: string; range: Diagnostic['range'] }>> };
  const edit = await client.request<Edit>('textDocument/rename', {
    textDocument: { uri },
    position: { line: 1, character: 16 },
    newName: 'PAYMENTS_KEY',
  });
  const edits = edit.changes?.[uri] ?? [];
  assert.deepEqual(
    edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]),
    [[1, 12, 'PAYMENTS_KEY']],
  );
});

test('process.env.INTEGRATION_X names a secret only in integration modules, or anywhere with "secretsAdapter": "env"', async (t) => {
  const testSwitch = "const live = process.env.INTEGRATION_TESTING === 'true';\nconst k = '$Token{NOWHERE}';\n";
  const integration = "exports.metadata = { name: 'sync' };\nexports.run = async () => process.env.INTEGRATION_GITHUB_TOKN;\n";
  const ws = tempWorkspace({ 'secretref.json': JSON.stringify({ secrets: { GITHUB_TOKEN: {} } }) });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const setup = ws.uri('test/setup.ts');
  await client.open(setup, testSwitch);
  const d = await client.waitForDiagnostics(setup, (x) => x.length > 0);
  // The test switch is the project's own variable; the $Token{} on the next line shows the file was checked.
  assert.deepEqual(
    d.map((x) => [x.code, x.range.start.line]),
    [['unknown-secret', 1]],
  );
  const sync = ws.uri('integrations/sync.js');
  await client.open(sync, integration);
  const s = await client.waitForDiagnostics(sync, (x) => x.length > 0);
  assert.deepEqual(codes(s), ['unknown-secret']);
  assert.match(messageOf(s[0]), /Secret 'GITHUB_TOKN' not found \(did you mean 'GITHUB_TOKEN'\?\)/);

  // The manifest says every file reads its secrets from INTEGRATION_ variables: now the switch is one.
  const adapter = tempWorkspace({ 'secretref.json': JSON.stringify({ secretsAdapter: 'env', secrets: { GITHUB_TOKEN: {} } }) });
  const other = await LspClient.start({ root: adapter.root });
  t.after(async () => {
    await other.stop();
    adapter.dispose();
  });
  await other.indexed();
  const uri = adapter.uri('test/setup.ts');
  await other.open(uri, testSwitch);
  const e = await other.waitForDiagnostics(uri, (x) => x.length === 2);
  assert.deepEqual(
    e.map((x) => [x.code, x.range.start.line]),
    [
      ['unknown-secret', 0],
      ['unknown-secret', 1],
    ],
  );
  assert.match(messageOf(e[0]), /Secret 'TESTING' not found/);
});

test('"secretsAdapter": "env" in a nested manifest governs its own subtree only', async (t) => {
  const testSwitch = "const live = process.env.INTEGRATION_TESTING === 'true';\n";
  const ws = tempWorkspace({
    'secretref.json': JSON.stringify({ secrets: { GITHUB_TOKEN: {} } }),
    'packages/worker/secretref.json': JSON.stringify({ secretsAdapter: 'env', secrets: { GITHUB_TOKEN: {} } }),
  });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const worker = ws.uri('packages/worker/src/config.ts');
  await client.open(worker, testSwitch);
  const w = await client.waitForDiagnostics(worker, (x) => x.length > 0);
  assert.deepEqual(
    w.map((x) => messageOf(x)),
    ["Secret 'TESTING' not found"],
  );
  // The root's subtree (and a sibling package without a manifest of its own) keeps the switch as the project's own.
  for (const rel of ['test/setup.ts', 'packages/web/test/setup.ts']) {
    const uri = ws.uri(rel);
    await client.open(uri, testSwitch + "const k = '$Token{NOWHERE}';\n");
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line]),
      [['unknown-secret', 1]],
      rel,
    );
  }
});

test('a secret from event.secrets() passed to a same-file helper that logs the URL it built is a logged-secret', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [{ name: 'API_KEY', hasValue: true }] } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('listener.js');
  await client.open(
    uri,
    [
      'export default function (listener) {',
      "  listener.on('job:ready', async (event) => {",
      "    const apiKey = await event.secrets('API_KEY');",
      '    await fetchRecords(apiKey);',
      '  });',
      '}',
      'async function fetchRecords(token) {',
      "  const url = new URL('https://api.example.com/records');",
      "  url.searchParams.set('token', token);",
      "  console.log('Fetching ' + url);",
      '  return fetch(url);',
      '}',
      '',
    ].join('\n'),
  );
  const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
  assert.deepEqual(codes(d), ['logged-secret']);
  assert.match(messageOf(d[0]), /Secret 'API_KEY' is written to a log by console\.log/);
  assert.equal(d[0].range.start.line, 9, 'reported at the log call in the helper');
});

test('Markdown: fenced YAML and JS are checked as code, with ranges in the .md document; prose only with the text forms; the index, references and rename include .md and .mdx', async (t) => {
  const guide = [
    '# Sync task',
    '',
    'Store the refreshToken: response.refreshToken and read $Token{GITHUB_TOKEN} in configs.',
    '',
    '```yaml',
    'main:',
    '  - tool: github',
    '    secret_name: GITHUB_TOKN',
    '```',
    '',
    '```js',
    "export default (l) => l.on('job:ready', async (event) => {",
    "  const key = await event.secrets('GITHUB_TOKEN');",
    '  console.log(key);',
    '});',
    '```',
    '',
  ].join('\n');
  const ws = tempWorkspace({
    'secretref.json': JSON.stringify({ secrets: { GITHUB_TOKEN: {} } }),
    'docs/setup.mdx': "import X from './x';\n\n<X>\n\n```ts\nconst t = '$Secret{GITHUB_TOKEN}';\n```\n\n</X>\n",
    'app.yaml': 'token: $Token{GITHUB_TOKEN}\n',
  });
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [{ name: 'GITHUB_TOKEN', hasValue: true }] } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const uri = ws.uri('docs/guide.md');
  ws.write('docs/guide.md', guide);
  await client.open(uri, guide, 'markdown');
  const d = await client.waitForDiagnostics(uri, (x) => x.length >= 2);
  assert.deepEqual(
    d.map((x) => [x.code, x.range.start.line, x.range.start.character, x.range.end.character]),
    [
      ['unknown-secret', 7, 17, 28],
      ['logged-secret', 13, 14, 17],
    ],
  );
  assert.match(messageOf(d[0]), /Secret 'GITHUB_TOKN' not found \(did you mean 'GITHUB_TOKEN'\?\)/);
  // Typing fixes the name in the fence; closing the JS fence early turns the rest into prose.
  await client.change(uri, guide.replace('GITHUB_TOKN', 'GITHUB_TOKEN'));
  await client.waitForDiagnostics(uri, (x) => x.length === 1 && x[0].code === 'logged-secret');
  await client.change(uri, guide.replace("'job:ready', async (event) => {", "'job:ready', async (event) => {\n```"));
  await client.waitForDiagnostics(uri, (x) => codes(x).join() === 'unknown-secret');
  await client.change(uri, guide);

  type Location = { uri: string; range: Diagnostic['range'] };
  const app = ws.uri('app.yaml');
  await client.open(app, 'token: $Token{GITHUB_TOKEN}\n');
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: app },
    position: { line: 0, character: 17 },
    context: { includeDeclaration: false },
  });
  const where = refs.map((r) => `${r.uri.slice(r.uri.lastIndexOf('/') + 1)}:${r.range.start.line}`).sort();
  assert.deepEqual(where, ['app.yaml:0', 'guide.md:12', 'guide.md:2', 'setup.mdx:5']);
  type Edit = { changes?: Record<string, Array<{ newText: string; range: Diagnostic['range'] }>> };
  const edit = await client.request<Edit>('textDocument/rename', {
    textDocument: { uri: app },
    position: { line: 0, character: 17 },
    newName: 'GH_TOKEN',
  });
  const mdx = edit.changes?.[ws.uri('docs/setup.mdx')] ?? [];
  assert.deepEqual(
    mdx.map((e) => [e.range.start.line, e.range.start.character, e.newText]),
    [[5, 19, 'GH_TOKEN']],
    'the $Secret{} form is kept',
  );
});

test("Julep's tool-call secrets: mapping in a JS task definition is checked, indexed, found and renamed with its YAML uses", async (t) => {
  const task = [
    "import { Julep } from '@julep/sdk';",
    'const julep = new Julep({ apiKey: process.env.JULEP_API_KEY });',
    'export const taskDefinition = {',
    '  main: [',
    '    {',
    "      kind: 'tool_call',",
    "      tool: 'email',",
    '      secrets: {',
    "        service_api_key: 'email_service_api_kye',",
    "        sender_address: 'email_sender_address',",
    '      },',
    '    },',
    '  ],',
    '};',
    // A mock client's secrets object names no secret.
    "export const mock = { secrets: { get: 'email_service_api_kye' } };",
    '',
  ].join('\n');
  const yaml = 'main:\n  - tool: email\n    secrets:\n      sender_address: email_sender_address\n';
  const ws = tempWorkspace({
    'secretref.json': JSON.stringify({ secrets: { email_service_api_key: {}, email_sender_address: {} } }),
    'tasks/email.ts': task,
    'tasks/email.yaml': yaml,
  });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  // From the YAML step, before the JS file is opened: the index holds its references.
  type Location = { uri: string; range: Diagnostic['range'] };
  const y = ws.uri('tasks/email.yaml');
  await client.open(y, yaml);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: y },
    position: { line: 3, character: 24 },
    context: { includeDeclaration: false },
  });
  assert.deepEqual(refs.map((r) => `${r.uri.slice(r.uri.lastIndexOf('/') + 1)}:${r.range.start.line}:${r.range.start.character}`).sort(), [
    'email.ts:9:25',
    'email.yaml:3:22',
  ]);
  type Edit = { changes?: Record<string, Array<{ newText: string; range: Diagnostic['range'] }>> };
  const edit = await client.request<Edit>('textDocument/rename', {
    textDocument: { uri: y },
    position: { line: 3, character: 24 },
    newName: 'email_from_address',
  });
  assert.deepEqual(
    (edit.changes?.[ws.uri('tasks/email.ts')] ?? []).map((e) => [
      e.range.start.line,
      e.range.start.character,
      e.range.end.character,
      e.newText,
    ]),
    [[9, 25, 45, 'email_from_address']],
  );

  const uri = ws.uri('tasks/email.ts');
  await client.open(uri, task);
  const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
  assert.deepEqual(
    d.map((x) => [x.code, x.range.start.line, x.range.start.character]),
    [['unknown-secret', 8, 26]],
  );
  assert.match(messageOf(d[0]), /Secret 'email_service_api_kye' not found \(did you mean 'email_service_api_key'\?\)/);
});
