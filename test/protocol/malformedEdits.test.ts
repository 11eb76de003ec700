// Edits and requests with positions that are not in the document: a stale range past the last
// line is clamped (as the LSP specification and vscode-languageserver-textdocument expect), a
// line or character that is not an integer is refused, and the server answers afterwards.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspClient, messageOf } from './lspClient';

const known = { initializationOptions: { secrets: [{ name: 'KNOWN', hasValue: true }] } };
const names = (d: Diagnostic[]): string[] => d.map(messageOf).sort();

async function hoverText(client: LspClient, uri: string, line: number, character: number): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  return h ? JSON.stringify(h.contents) : '';
}

test('a range past the last line is clamped to the end of the document', async (t) => {
  const client = await LspClient.start(known);
  t.after(() => client.stop());
  const uri = 'untitled:stale.yaml';
  await client.open(uri, 'a: $Token{KNOWN}\nb: 1\n');
  await client.waitForDiagnostics(uri, (d) => d.length === 0);
  // Both ends past the text: the insertion lands at its end (the line count it adds equals the
  // lines the range spans, the case that once wrote line offsets past the end).
  await client.edit(uri, { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } }, 'c: $Token{AFTER_END}\n');
  const d = await client.waitForDiagnostics(uri, (x) => x.length === 1);
  assert.match(messageOf(d[0]), /'AFTER_END' not found/);
  assert.equal(d[0].range.start.line, 2);
  // Again at a line that only a wrong line count would have.
  await client.edit(uri, { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, 'd: 2\n');
  await client.edit(uri, { start: { line: 12, character: 0 }, end: { line: 14, character: 3 } }, 'e: 3\n');
  assert.match(await hoverText(client, uri, 0, 12), /KNOWN/);
  await client.edit(uri, { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } }, '');
  // A start inside, an end past the text: everything from the start on is replaced.
  await client.edit(uri, { start: { line: 1, character: 0 }, end: { line: 99, character: 99 } }, 'b: $Token{TAIL}');
  const d2 = await client.waitForDiagnostics(uri, (x) => x.length === 1 && /TAIL/.test(messageOf(x[0])));
  assert.deepEqual(d2[0].range, { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } });
  // A character past the end of its line stops at the line break.
  await client.edit(uri, { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, ' # end');
  await client.waitForDiagnostics(uri, (x) => x.length === 1 && x[0].range.start.line === 1);
  // Negative numbers are the start of the document.
  await client.edit(uri, { start: { line: -3, character: -1 }, end: { line: -1, character: 0 } }, 'z: $Token{FIRST}\n');
  const d3 = await client.waitForDiagnostics(uri, (x) => x.length === 2);
  assert.deepEqual(
    names(d3).map((m) => /'(\w+)'/.exec(m)?.[1]),
    ['FIRST', 'TAIL'],
  );
  assert.match(await hoverText(client, uri, 1, 12), /KNOWN/);
  assert.deepEqual(
    client.logs.filter((l) => / failed/.test(l)),
    [],
  );
});

for (const [label, bad] of [
  ['a fractional line', { line: 1.5, character: 0 }],
  ['a null line', { line: null, character: 0 }],
  ['a null character', { line: 0, character: null }],
  ['a string line', { line: '1', character: 0 }],
] as const) {
  test(`an edit with ${label} is ignored with a log line, and the server answers afterwards`, async (t) => {
    const client = await LspClient.start(known);
    t.after(() => client.stop());
    const uri = 'untitled:bad.yaml';
    await client.open(uri, 'a: $Token{KNOWN}\nb: 1\n');
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.edit(uri, { start: bad, end: { line: 1, character: 4 } } as never, 'b: $Token{NEVER_APPLIED}');
    const log = await client.waitForLog(/^Ignored a change to untitled:bad\.yaml/);
    assert.match(log, /not a whole number/);
    assert.ok(!log.includes('NEVER_APPLIED'), 'the log does not carry the edit text');
    // The text is as before the bad edit: a later good edit applies to it.
    await client.edit(uri, { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } }, '$Token{GOOD}');
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d.map(messageOf), ["Secret 'GOOD' not found"]);
    assert.match(await hoverText(client, uri, 0, 12), /KNOWN/);
    assert.equal(client.exitCode, undefined);
  });
}

test('a request at a position that is not a line and character number gets an error response', async (t) => {
  const client = await LspClient.start(known);
  t.after(() => client.stop());
  const uri = 'untitled:req.yaml';
  await client.open(uri, 'a: $Token{KNOWN}\n');
  await client.waitForDiagnostics(uri);
  for (const position of [
    { line: 0.5, character: 12 },
    { line: null, character: 12 },
    { line: 0, character: Number.NaN },
  ]) {
    await assert.rejects(
      client.request('textDocument/hover', { textDocument: { uri }, position }),
      (e: Error & { code?: number }) => e.code === -32602 && /hover: the position is not a line and character number/.test(e.message),
    );
  }
  await assert.rejects(
    client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1.25, character: 0 } },
      context: { diagnostics: [] },
    }),
    (e: Error & { code?: number }) => e.code === -32602,
  );
  // Past the document, a position is clamped: no hover there, but an answer.
  assert.equal(await hoverText(client, uri, 40, 0), '');
  assert.match(await hoverText(client, uri, 0, 12), /KNOWN/);
});
