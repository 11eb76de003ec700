// The server as Neovim, Helix or Emacs run it: no client store, no client commands. Then
// nothing is said about values, no action, lens or hover link runs a `secretref.*` command
// (those clients answer "unhandled method"), the first diagnostics already know the manifest,
// nested manifests govern their subtree, and inline suppressions work as in the CLI.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DiagnosticTag, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type Hover } from 'vscode-languageserver-protocol';
import { LspClient, PULL_CAPABILITIES, tempWorkspace } from './lspClient';

const codes = (d: Diagnostic[]) => d.map((x) => String(x.code));

const MANIFEST = JSON.stringify({ secrets: { GITHUB_TOKEN: { description: 'CI token' } } }, null, 2) + '\n';

test('without a client store: the first diagnostics know the manifest and say nothing about values', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': MANIFEST });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  // Opened at once, before the server can have read the manifest from disk.
  const uri = ws.uri('ci.yaml');
  await client.open(uri, 'a: $Token{GITHUB_TOKEN}\nb: $Token{GITHUB_TOKN}\n');
  await client.waitForDiagnostics(uri);
  const first = client.published.find((p) => p.uri === uri)!;
  assert.deepEqual(codes(first.diagnostics), ['unknown-secret'], 'no unknown-secret for a manifest secret, no no-value');
  assert.equal(first.diagnostics[0].range.start.line, 1);
});

test('a pull before the manifest is read waits for it', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': MANIFEST });
  const client = await LspClient.start({ root: ws.root, capabilities: PULL_CAPABILITIES });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('ci.yaml');
  await client.open(uri, 'a: $Token{GITHUB_TOKEN}\n');
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(report.kind === 'full' ? report.items : null, []);
});

test('without client commands: edit-only fixes, no command actions, no command links in hovers', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': MANIFEST });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('ci.yaml');
  await client.open(uri, 'a: $Token{GITHUB_TOKN}\nb: $Token{BRAND_NEW}\n');
  const diags = await client.waitForDiagnostics(uri, (d) => d.length === 2);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    context: { diagnostics: diags },
  });
  assert.ok(actions.length > 0);
  assert.deepEqual(
    actions.filter((a) => a.command),
    [],
    'no action runs a command this client cannot run',
  );
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes("Change to 'GITHUB_TOKEN'") || titles.some((x) => /GITHUB_TOKEN/.test(x)), titles.join(' | '));
  const declare = actions.find((a) => a.title === "Declare 'BRAND_NEW' in secretref.json");
  assert.ok(declare, titles.join(' | '));
  const manifestEdits = declare.edit?.changes?.[ws.uri('secretref.json')];
  assert.ok(manifestEdits && manifestEdits.length > 0);
  assert.ok(
    manifestEdits.some((e) => e.newText.includes('"BRAND_NEW": {}')),
    JSON.stringify(manifestEdits),
  );
  assert.ok(titles.includes("Ignore 'unknown-secret' on this line"));

  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } });
  const md = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.ok(md.length > 0);
  assert.ok(!md.includes('command:'), md);
});

test('VS Code (commands: true, a client store) still gets Create secret and no-value', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': MANIFEST });
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [], commands: true } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('ci.yaml');
  await client.open(uri, 'a: $Token{GITHUB_TOKEN}\nb: $Token{BRAND_NEW}\n');
  const diags = await client.waitForDiagnostics(uri, (d) => d.length === 2);
  assert.deepEqual(codes(diags).sort(), ['no-value', 'unknown-secret']);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
    context: { diagnostics: diags.filter((d) => d.code === 'unknown-secret') },
  });
  assert.ok(actions.some((a) => a.command?.command === 'secretref.createSecret'));
  assert.ok(!actions.some((a) => /^Declare /.test(a.title)));
});

test('a nested secretref.json governs its subtree from the first check', async (t) => {
  const ws = tempWorkspace({
    'secretref.json': MANIFEST,
    'packages/billing/secretref.json': JSON.stringify({ secrets: { STRIPE_KEY: {} } }),
  });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('packages/billing/pay.yaml');
  await client.open(uri, 'k: $Token{STRIPE_KEY}\nt: $Token{GITHUB_TOKEN}\n');
  await client.waitForDiagnostics(uri);
  const first = client.published.find((p) => p.uri === uri)!;
  assert.deepEqual(
    first.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`),
    ['1:unknown-secret'],
  );
  const root = ws.uri('root.yaml');
  await client.open(root, 'k: $Token{STRIPE_KEY}\nt: $Token{GITHUB_TOKEN}\n');
  const d = await client.waitForDiagnostics(root);
  assert.deepEqual(
    d.map((x) => `${x.range.start.line}:${String(x.code)}`),
    ['0:unknown-secret'],
  );
});

test("a folder opened inside a repository is governed by the repository root's manifest", async (t) => {
  const ws = tempWorkspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'secretref.json': MANIFEST, 'packages/billing/pay.yaml': '' });
  const client = await LspClient.start({ root: `${ws.root}/packages/billing` });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('packages/billing/pay.yaml');
  await client.open(uri, 't: $Token{GITHUB_TOKEN}\nu: $Token{GITHUB_TOKN}\n');
  await client.waitForDiagnostics(uri);
  const first = client.published.find((p) => p.uri === uri)!;
  assert.deepEqual(
    first.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`),
    ['1:unknown-secret'],
  );
});

test('inline suppressions in JS, YAML, JSON with comments and Markdown; a stale one is an unnecessary hint', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': MANIFEST });
  const client = await LspClient.start({ root: ws.root });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const files: Record<string, string> = {
    'a.js': '// secretref-disable-next-line unknown-secret\nconst a = "$Token{NOPE}";\nconst b = "$Token{NOPE}";\n',
    'b.yaml': 'a: $Token{NOPE} # secretref-disable-line\nb: $Token{NOPE}\n',
    'docs/README.md':
      'Use `$Token{NOPE}`. <!-- secretref-disable-line -->\n\n<!-- secretref-disable-next-line unknown-secret -->\nThen `$Token{NOPE}`.\n\nLast `$Token{NOPE}`.\n',
    '.vscode/tasks.json':
      '{\n  /* secretref-disable */\n  "a": "$Token{NOPE}",\n  /* secretref-enable */\n  "b": "$Token{NOPE}" // secretref-disable-line expired\n}\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    const uri = ws.uri(rel);
    await client.open(uri, text);
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    const unknown = d.filter((x) => x.code === 'unknown-secret').map((x) => x.range.start.line);
    if (rel === 'a.js') assert.deepEqual(unknown, [2], rel);
    if (rel === 'b.yaml') assert.deepEqual(unknown, [1], rel);
    if (rel === 'docs/README.md') assert.deepEqual(unknown, [5], rel);
    if (rel === '.vscode/tasks.json') {
      assert.deepEqual(unknown, [4], rel);
      const stale = d.find((x) => x.code === 'unused-suppression');
      assert.ok(stale, rel);
      assert.equal(stale.range.start.line, 4);
      assert.deepEqual(stale.tags, [DiagnosticTag.Unnecessary]);
      assert.equal(stale.severity, 4);
    }
  }
});
