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
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [{ name: 'STRIPE_KEY', hasValue: true }, { name: 'OLD_KEY', hasValue: true, expiresAt: '2001-01-01' }] } });
  t.after(async () => { await client.stop(); ws.dispose(); });
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
  const edit = await client.request<Edit>('textDocument/rename', { textDocument: { uri }, position: { line: 1, character: 16 }, newName: 'PAYMENTS_KEY' });
  const edits = edit.changes?.[uri] ?? [];
  assert.deepEqual(edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[1, 12, 'PAYMENTS_KEY']]);
});
