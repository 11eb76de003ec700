// The server over stdio: initialize, didOpen/didChange, pushed and pulled diagnostics,
// secretsChanged, the manifest on disk and INTEGRATION_ names as the store.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspClient, PULL_CAPABILITIES, messageOf, tempWorkspace } from './lspClient';

const codes = (d: Diagnostic[]) => d.map((x) => x.code);

test('initialize advertises the features and the completion trigger characters', async (t) => {
  const client = await LspClient.start();
  t.after(() => client.stop());
  const caps = client.initializeResult.capabilities;
  assert.deepEqual(caps.completionProvider?.triggerCharacters, ['{', '.', '<', "'", '"']);
  for (const k of [
    'hoverProvider',
    'definitionProvider',
    'referencesProvider',
    'documentHighlightProvider',
    'workspaceSymbolProvider',
    'codeLensProvider',
    'semanticTokensProvider',
    'codeActionProvider',
  ] as const) {
    assert.ok(caps[k], `${k} is advertised`);
  }
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  assert.equal(caps.diagnosticProvider, undefined, 'a client without pull support is not offered pull diagnostics');
});

test('pushes diagnostics on open and again after a change, with source, code and did-you-mean', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [{ name: 'STRIPE_KEY', hasValue: true }] } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('config.yaml');
  await client.open(uri, 'key: $Token{STRIPE_KY}\nok: $Token{STRIPE_KEY}\n');
  const first = await client.waitForDiagnostics(uri);
  assert.deepEqual(codes(first), ['unknown-secret']);
  assert.equal(first[0].source, 'secretref');
  // The code links to its page (meaning, fix, suppression), the same one --explain prints.
  assert.deepEqual(first[0].codeDescription, { href: 'https://github.com/secretref/secretref/blob/main/docs/rules/unknown-secret.md' });
  assert.match(messageOf(first[0]), /Secret 'STRIPE_KY' not found \(did you mean 'STRIPE_KEY'\?\)/);
  assert.deepEqual(first[0].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 21 } });
  await client.change(uri, 'key: $Token{STRIPE_KEY}\n');
  await client.waitForDiagnostics(uri, (d) => d.length === 0);
});

test('secretsChanged replaces the snapshot and re-checks open documents', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [] } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('a.json');
  await client.open(uri, '{ "auth": "{{Secrets.ApiToken}}" }');
  await client.waitForDiagnostics(uri, (d) => codes(d).includes('unknown-secret'));
  await client.notify('secretref/secretsChanged', { secrets: [{ name: 'APITOKEN', hasValue: true }] });
  // The template form is case-insensitive: APITOKEN satisfies {{Secrets.ApiToken}}.
  await client.waitForDiagnostics(uri, (d) => d.length === 0);
  await client.notify('secretref/secretsChanged', { secrets: [{ name: 'APITOKEN', hasValue: true, expiresAt: '2001-01-01' }] });
  const expired = await client.waitForDiagnostics(uri, (d) => d.length > 0);
  assert.deepEqual(codes(expired), ['expired']);
});

test('the manifest on disk and INTEGRATION_ variables are the store when the client sends none', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': JSON.stringify({ secrets: { FROM_MANIFEST: { description: 'declared' } } }) });
  const client = await LspClient.start({ root: ws.root, env: { INTEGRATION_FROM_ENV: 'x' } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const uri = ws.uri('use.ts');
  await client.open(uri, "const a = '$Token{FROM_MANIFEST}';\nconst b = '$Token{FROM_ENV}';\nconst c = '$Token{NOWHERE}';\n");
  const d = await client.waitForDiagnostics(uri);
  const unknown = d.filter((x) => x.code === 'unknown-secret');
  assert.equal(unknown.length, 1);
  assert.match(messageOf(unknown[0]), /'NOWHERE'/);
  assert.ok(!d.some((x) => /FROM_ENV/.test(messageOf(x))), 'an INTEGRATION_ variable is a known secret with a value');
});

test('manifest problems are reported in the manifest itself, and editing it re-checks other files', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': '{ "secrets": { "GOOD": {} } }' });
  // An (empty) client store: then a declared secret it does not hold has no value.
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [] } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const manifest = ws.uri('secretref.json');
  const other = ws.uri('b.yaml');
  await client.open(other, 'x: $Token{LATER}\n');
  await client.waitForDiagnostics(other, (d) => codes(d).includes('unknown-secret'));
  await client.open(manifest, '{ "secrets": { "GOOD": { "value": "x" } } }');
  const md = await client.waitForDiagnostics(manifest, (d) => d.length > 0);
  assert.ok(md.every((x) => x.code === 'manifest-error' && x.source === 'secretref'));
  assert.match(messageOf(md[0]), /must never hold a secret value/);
  await client.change(manifest, '{ "secrets": { "GOOD": {}, "LATER": {} } }');
  await client.waitForDiagnostics(manifest, (d) => d.length === 0);
  const after = await client.waitForDiagnostics(other, (d) => !codes(d).includes('unknown-secret'));
  assert.deepEqual(codes(after), ['no-value'], 'declared in the manifest, no value in any store');
});

test('a client with pull support pulls diagnostics and is asked to refresh on secretsChanged', async (t) => {
  const client = await LspClient.start({ capabilities: PULL_CAPABILITIES, initializationOptions: { secrets: [] } });
  t.after(() => client.stop());
  assert.ok(client.initializeResult.capabilities.diagnosticProvider);
  const uri = 'untitled:Untitled-1';
  await client.open(uri, 'token: $Token{PULLED}', 'yaml');
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  assert.deepEqual(report.kind === 'full' ? codes(report.items) : [], ['unknown-secret']);
  await client.notify('secretref/secretsChanged', { secrets: [{ name: 'PULLED', hasValue: true }] });
  await client.waitFor('a diagnostic refresh request', () =>
    client.serverRequests.includes('workspace/diagnostic/refresh') ? true : undefined,
  );
  const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(again.kind === 'full' ? again.items : null, []);
});

test('settings from workspace/configuration apply: environment and a switched-off dialect', async (t) => {
  const client = await LspClient.start({
    initializationOptions: { secrets: [{ name: 'PROD_ONLY', envs: ['prd'], hasValue: true }] },
    settings: { environment: 'dev', dialects: { template: false } },
  });
  t.after(() => client.stop());
  const uri = 'untitled:settings.yaml';
  await client.open(uri, 'a: $Token{PROD_ONLY}\nb: "{{Secrets.NotChecked}}"\n', 'yaml');
  const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
  assert.deepEqual(codes(d), ['env-unavailable']);
  assert.match(messageOf(d[0]), /not available in environment 'dev'/);
});

test('keystrokes sent as incremental changes give the diagnostics a fresh open of the same text gives', async (t) => {
  // Secrets scoped to apps and environments: the answers depend on the objects around each reference,
  // which the server carries across keystrokes that cannot move them instead of parsing again.
  const secrets = [
    { name: 'STRIPE_KEY', hasValue: true, scope: ['billing'] },
    { name: 'CRM_TOKEN', hasValue: true, envs: ['dev'] },
  ];
  const client = await LspClient.start({ capabilities: PULL_CAPABILITIES, initializationOptions: { secrets } });
  const fresh = await LspClient.start({ capabilities: PULL_CAPABILITIES, initializationOptions: { secrets } });
  t.after(async () => {
    await client.stop();
    await fresh.stop();
  });
  const lines = [
    'export const apps = [',
    "  { app: 'billing', env: 'prd', key: '$Token{STRIPE_KEY}', crm: '{{Secrets.CRM_TOKEN}}' },",
    "  { app: 'crm', note: 'x', key: '$Token{STRIPE_K",
    '];',
  ];
  const uri = 'file:///typing/apps.ts';
  let text = lines.join('\n');
  await client.open(uri, text);
  const pull = async (c: LspClient, u: string) =>
    (await c.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: u } })).items
      .map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`)
      .sort();
  await pull(client, uri);
  // Each step: [line, character, removed length, inserted text].
  const steps: Array<[number, number, number, string]> = [
    [2, lines[2].length, 0, 'E'], // finishing the name being typed
    [2, lines[2].length + 1, 0, "Y'"], // closing the string: the tree changes
    [1, 0, 0, ' '], // a blank at a line start
    [2, 10, 3, 'billing'], // the app value: out of scope becomes in scope
    [1, 27, 3, 'dev'], // the env value: unavailable becomes available
    [2, 27, 0, 'more'], // a word inside a string
    [0, 0, 0, '// edited\n'], // a line break above everything
  ];
  let n = 0;
  for (const [line, character, removed, inserted] of steps) {
    const all = text.split('\n');
    const start = all.slice(0, line).join('\n').length + (line ? 1 : 0) + character;
    text = text.slice(0, start) + inserted + text.slice(start + removed);
    await client.edit(uri, { start: { line, character }, end: { line, character: character + removed } }, inserted);
    const u = `file:///typing/fresh${n++}.ts`;
    await fresh.open(u, text);
    assert.deepEqual(await pull(client, uri), await pull(fresh, u), `after ${JSON.stringify(inserted)} at ${line}:${character}\n${text}`);
  }
  // The steps mean something: the scope answers changed along the way.
  const end = await pull(client, uri);
  assert.ok(
    !end.some((d) => d.startsWith('out-of-scope') || d.startsWith('env-unavailable')),
    `the app and env edits fixed both: ${end.join(', ')}`,
  );
  assert.match(text, /app: 'billing', note: 'morex'/);
});

test('a store of thousands of names answers completion with the first hundred, marked incomplete, and narrows as the prefix grows', async (t) => {
  const secrets = Array.from({ length: 2000 }, (_, i) => ({ name: `SERVICE_${String(i).padStart(4, '0')}_KEY`, hasValue: true }));
  const client = await LspClient.start({ initializationOptions: { secrets } });
  t.after(() => client.stop());
  const uri = 'file:///many/config.ts';
  await client.open(uri, "const k = '$Token{SERVICE_");
  type List = { isIncomplete: boolean; items: Array<{ label: string }> };
  const wide = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 26 } });
  assert.equal(wide.items.length, 100);
  assert.equal(wide.isIncomplete, true, 'the editor must ask again as the user types');
  await client.edit(uri, { start: { line: 0, character: 26 }, end: { line: 0, character: 26 } }, '19');
  const narrow = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 28 } });
  assert.equal(narrow.isIncomplete, false);
  assert.deepEqual(
    narrow.items.map((i) => i.label),
    Array.from({ length: 100 }, (_, i) => `SERVICE_19${String(i).padStart(2, '0')}_KEY`),
  );
});

test('scope written in YAML and JSON counts from the moment a secret is limited to apps or environments, while typing', async (t) => {
  const client = await LspClient.start({ initializationOptions: { secrets: [{ name: 'STRIPE_KEY', hasValue: true }] } });
  t.after(() => client.stop());
  const yaml = 'file:///proj/deploy/shop.yaml';
  const json = 'file:///proj/deploy/shop.json';
  const yamlText = 'app: shop\nenvironments:\n  - env: prd\n    key: $Token{STRIPE_KEY}\n';
  await client.open(yaml, yamlText);
  await client.open(json, '{ "app": "shop", "key": "$Token{STRIPE_KEY}" }\n');
  // No secret is limited to apps or environments: nothing depends on where the references run.
  assert.deepEqual(await client.waitForDiagnostics(yaml), []);
  assert.deepEqual(await client.waitForDiagnostics(json), []);
  // Typing in the meantime, then the secret is limited: the open documents are read with their scope.
  const typed = yamlText.replace('key:', 'api_key:');
  await client.change(yaml, typed);
  await client.waitForDiagnostics(yaml, (d) => d.length === 0);
  await client.notify('secretref/secretsChanged', {
    secrets: [{ name: 'STRIPE_KEY', hasValue: true, scope: ['payments'], envs: ['stg'] }],
  });
  const y = await client.waitForDiagnostics(yaml, (d) => d.length === 2);
  assert.deepEqual(codes(y), ['out-of-scope', 'env-unavailable']);
  assert.match(messageOf(y[0]), /Secret 'STRIPE_KEY' is not accessible by app 'shop'/);
  assert.match(messageOf(y[1]), /Secret 'STRIPE_KEY' is not available in environment 'prd'/);
  assert.deepEqual(codes(await client.waitForDiagnostics(json, (d) => d.length === 1)), ['out-of-scope']);
  // And a keystroke after that keeps them.
  await client.change(yaml, typed.replace('api_key:', 'apikey:'));
  await client.waitForDiagnostics(yaml, (d) => codes(d).join() === 'out-of-scope,env-unavailable');
});
