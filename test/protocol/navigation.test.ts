// Navigation over the workspace index, against the real server: files on disk are indexed
// without being opened, and every answer spans every dialect.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, unlinkSync } from 'node:fs';
import type {
  CodeLens,
  DocumentHighlight,
  Hover,
  Location,
  SemanticTokens,
  SymbolInformation,
  WorkspaceEdit,
  CompletionList,
} from 'vscode-languageserver-protocol';
import { LspClient, applyEdits, tempWorkspace } from './lspClient';

const FILES: Record<string, string> = {
  'secretref.json': JSON.stringify(
    { secrets: { STRIPE_KEY: { description: 'Charges cards', scope: ['payments'] }, UNUSED_ONE: {} } },
    null,
    2,
  ),
  'apps/pay.ts': "export const cfg = {\n  app: 'payments',\n  key: '$Token{STRIPE_KEY}',\n};\n",
  'apps/pay.yaml': 'auth:\n  header: "Bearer {{ secrets.stripe_key }}"\n  other: $Token<STRIPE_KEY>\n',
  'notes.md': 'Rotate $Token{STRIPE_KEY} monthly. Not the same: $Token{stripe_key}.\n',
  'node_modules/lib/x.js': "'$Token{STRIPE_KEY}'",
};

const ws = tempWorkspace(FILES);
let client: LspClient;
const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  client = await LspClient.start({
    root: ws.root,
    initializationOptions: {
      secrets: [
        { name: 'STRIPE_KEY', level: 'workspace', hasValue: true, scope: ['payments'], expiresAt: soon, lastRotatedAt: '2020-01-01' },
      ],
      commands: true,
    },
  });
  await client.indexed();
});
after(async () => {
  await client.stop();
  ws.dispose();
});

const pos = (line: number, character: number) => ({ line, character });
const files = (locs: Location[]) =>
  [...new Set(locs.map((l) => l.uri.slice(l.uri.indexOf(ws.root.split('/').pop()!) + ws.root.split('/').pop()!.length + 1)))].sort();

test('find references covers every dialect and unopened files, skips node_modules and case-sensitive mismatches', async () => {
  const uri = ws.uri('apps/pay.ts');
  await client.open(uri, FILES['apps/pay.ts']);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: pos(2, 18),
    context: { includeDeclaration: true },
  });
  assert.deepEqual(files(refs), ['apps/pay.ts', 'apps/pay.yaml', 'notes.md', 'secretref.json']);
  // token + template (any case) + token<> in yaml; one in notes (the lower-case token is another secret); the manifest entry.
  assert.equal(refs.length, 1 + 2 + 1 + 1);
  const noDecl = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: pos(2, 18),
    context: { includeDeclaration: false },
  });
  assert.equal(noDecl.length, 4);
});

test('references from a case-insensitive template reference find the store spelling everywhere', async () => {
  const uri = ws.uri('apps/pay.yaml');
  await client.open(uri, FILES['apps/pay.yaml']);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: pos(1, 31),
    context: { includeDeclaration: true },
  });
  assert.equal(refs.length, 5);
  // On the `{{ secrets.` part of the form, not the name: the same secret.
  const fromForm = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: pos(1, 23),
    context: { includeDeclaration: true },
  });
  assert.deepEqual(fromForm, refs);
});

test('hover shows description, scope, expiry in words, rotation, file count and command links, never a value', async () => {
  const uri = ws.uri('apps/pay.ts');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(2, 20) });
  const md = (hover.contents as { value: string }).value;
  assert.match(md, /STRIPE\\_KEY/);
  assert.match(md, /Charges cards/);
  assert.match(md, /`payments`/);
  assert.match(md, /Expires in 3 days/);
  assert.match(md, /Last rotated \d+ days ago/);
  assert.match(md, /Used in 3 files/);
  assert.match(md, /command:secretref\.setValue\?/);
  assert.match(md, /command:secretref\.rotateSecret\?/);
  assert.deepEqual(hover.range, { start: pos(2, 15), end: pos(2, 25) });
});

test('references from a file that is not open are answered from the index', async () => {
  const uri = ws.uri('notes.md');
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: pos(0, 16),
    context: { includeDeclaration: false },
  });
  assert.equal(refs.length, 4);
  const other = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: pos(0, 60),
    context: { includeDeclaration: false },
  });
  assert.deepEqual(
    other.map((l) => l.range.start),
    [pos(0, 56)],
    'the lower-case token is its own secret',
  );
});

test('definition of a use goes to the manifest entry', async () => {
  const uri = ws.uri('apps/pay.ts');
  const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: pos(2, 18) });
  assert.equal(defs.length, 1);
  assert.ok(defs[0].uri.endsWith('/secretref.json'));
  const manifestText = FILES['secretref.json'].split('\n')[defs[0].range.start.line];
  assert.equal(manifestText.slice(defs[0].range.start.character, defs[0].range.end.character), 'STRIPE_KEY');
});

test('document highlights mark every reference to the secret in the file', async () => {
  const uri = ws.uri('apps/pay.yaml');
  const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: pos(2, 17) });
  assert.equal(hl.length, 2);
});

test('CodeLens on manifest entries counts files and offers Set value where the store has none', async () => {
  const uri = ws.uri('secretref.json');
  await client.open(uri, FILES['secretref.json']);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const titles = lenses.map((l) => l.command?.title);
  assert.ok(titles.includes('used in 3 files'), titles.join(', '));
  assert.ok(titles.includes('not used in any file'));
  const setValue = lenses.filter((l) => l.command?.command === 'secretref.setValue');
  assert.deepEqual(
    setValue.map((l) => l.command?.arguments),
    [['UNUSED_ONE']],
    'STRIPE_KEY has a value in the client store',
  );
  await client.close(uri);
});

test('workspace symbols list secret names matching the query', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'strk' });
  assert.deepEqual(symbols.map((s) => s.name).sort(), ['STRIPE_KEY', 'stripe_key']);
  assert.ok(
    symbols.find((s) => s.name === 'STRIPE_KEY')!.location.uri.endsWith('/secretref.json'),
    'the declaration is the symbol location',
  );
});

test('semantic tokens mark each reference name', async () => {
  const uri = ws.uri('apps/pay.yaml');
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  // Two tokens of five integers: line 1 col 29 len 10, then line 2 col 16 len 10 (relative encoding).
  assert.deepEqual(tokens.data, [1, 29, 10, 0, 1, 1, 16, 10, 0, 1]);
});

test('prepareRename refuses a spot without a reference; rename refuses invalid and existing names', async () => {
  const uri = ws.uri('apps/pay.ts');
  await assert.rejects(
    client.request('textDocument/prepareRename', { textDocument: { uri }, position: pos(0, 3) }),
    /Place the cursor on a secret reference/,
  );
  const prep = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: pos(2, 18) });
  assert.equal(prep.placeholder, 'STRIPE_KEY');
  await assert.rejects(
    client.request('textDocument/rename', { textDocument: { uri }, position: pos(2, 18), newName: 'has space' }),
    /'has space' is not a valid secret name/,
  );
  await assert.rejects(
    client.request('textDocument/rename', { textDocument: { uri }, position: pos(2, 18), newName: 'UNUSED_ONE' }),
    /already exists/,
  );
});

test('completion offers names inside a half-typed reference', async () => {
  const uri = ws.uri('apps/new.yaml');
  await client.open(uri, 'k: "{{Secrets.STR');
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos(0, 17) });
  const item = list.items.find((i) => i.label === 'STRIPE_KEY');
  assert.ok(item);
  assert.deepEqual((item.textEdit as { range: unknown }).range, { start: pos(0, 14), end: pos(0, 17) });
  await client.close(uri);
});

test('in JSON the best usable name is preselected and only store names are offered, never a misspelling from the file', async () => {
  const uri = ws.uri('apps/cfg.json');
  await client.open(uri, '{\n  "old": "$Token{STRIPE_KYE}",\n  "key": "$Token{ST"\n}\n');
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos(2, 19) });
  assert.deepEqual(
    list.items.map((i) => i.label),
    ['STRIPE_KEY'],
  );
  assert.equal(list.items[0].preselect, true);
  await client.close(uri);
});

test('a completion item gets its documentation when the editor resolves it, and the list stays small', async () => {
  const uri = ws.uri('apps/new2.yaml');
  await client.open(uri, 'app: shop\nk: "$Token{STR');
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos(1, 14) });
  const item = list.items.find((i) => i.label === 'STRIPE_KEY');
  assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
  assert.equal(item.documentation, undefined, 'the list carries no documentation: the editor resolves the focused item');
  const resolved = await client.request<CompletionList['items'][number]>('completionItem/resolve', item);
  const doc = (resolved.documentation as { value: string }).value;
  assert.match(doc, /\*\*STRIPE_KEY\*\*/);
  assert.match(doc, /Charges cards/);
  // Resolved for the place it was offered: the app there is not one the secret is scoped to.
  assert.match(doc, /Not usable here: not accessible by app 'shop'/);
  assert.equal(resolved.label, 'STRIPE_KEY');
  await client.close(uri);
});

test('rename edits every reference in every dialect and file; none of the old name is left', async () => {
  const uri = ws.uri('apps/pay.ts');
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
    textDocument: { uri },
    position: pos(2, 18),
    newName: 'STRIPE_SECRET',
  });
  const changes = edit.changes ?? {};
  let before = 0,
    after = 0;
  for (const [u, edits] of Object.entries(changes)) {
    const rel = Object.keys(FILES).find((f) => ws.uri(f) === u)!;
    const text = FILES[rel];
    const renamed = applyEdits(text, edits);
    before += (text.match(/STRIPE_KEY|stripe_key(?= }})/g) ?? []).length;
    after += (renamed.match(/STRIPE_KEY/gi) ?? []).length - (renamed.match(/\$Token\{stripe_key\}/g) ?? []).length;
    assert.ok(renamed.includes('STRIPE_SECRET'));
  }
  assert.equal(Object.keys(changes).length, 4);
  assert.equal(before, 5);
  assert.equal(after, 0);
  assert.ok(
    !Object.values(changes)
      .flat()
      .some((e) => e.newText !== 'STRIPE_SECRET'),
  );
});

test('file events: a created file joins the index, a deleted one leaves it', async () => {
  const created = ws.write('apps/late.json', '{ "k": "$Token{STRIPE_KEY}" }');
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('apps/late.json'), type: 1 }] });
  const uri = ws.uri('apps/pay.ts');
  const refsOf = () =>
    client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: pos(2, 18),
      context: { includeDeclaration: true },
    });
  let refs = await refsOf();
  for (let i = 0; i < 50 && !refs.some((r) => r.uri.endsWith('/late.json')); i++) {
    await new Promise((r) => setTimeout(r, 50));
    refs = await refsOf();
  }
  assert.ok(refs.some((r) => r.uri.endsWith('/late.json')));
  unlinkSync(created);
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('apps/late.json'), type: 3 }] });
  for (let i = 0; i < 50 && refs.some((r) => r.uri.endsWith('/late.json')); i++) {
    await new Promise((r) => setTimeout(r, 50));
    refs = await refsOf();
  }
  assert.ok(!refs.some((r) => r.uri.endsWith('/late.json')));
  assert.equal(readFileSync(ws.root + '/apps/pay.ts', 'utf8'), FILES['apps/pay.ts'], 'the server never writes files');
});
