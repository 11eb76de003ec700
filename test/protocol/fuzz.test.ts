// A seeded fuzz of the edit and request stream: a few thousand random edits (ranges past the
// end, negative, backwards, fractional and null positions among them) and requests at random
// places. Every request must be answered, the server must not crash, and at the end its view of
// the document must give the same diagnostics as the text the edits make. Set
// SECRETREF_FUZZ_SEED to replay a run; the seed is printed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pos {
  line: number;
  character: number;
}

/** The offset of a position as the LSP specification clamps it (lines split at \n: the fuzz writes no \r). */
function offsetIn(text: string, p: Pos): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  if (p.line >= starts.length) return text.length;
  if (p.line < 0) return 0;
  const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] - 1 : text.length;
  return Math.min(starts[p.line] + Math.max(p.character, 0), lineEnd);
}

const PIECES = [
  'x',
  ' ',
  '\n',
  '$Token{KNOWN}',
  '$Token{NOPE}',
  '{{Secrets.KNOWN}}',
  '{',
  '}',
  '(',
  ')',
  "'",
  '"',
  '!',
  '.',
  '+',
  '=>',
  'const a = ',
  ';',
  '$Token{',
  'KNO',
];

test('a seeded fuzz of edits and requests: no hang, no crash, no unanswered request, the same text', async (t) => {
  const seed = Number(process.env.SECRETREF_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  t.diagnostic(`fuzz seed ${seed} (SECRETREF_FUZZ_SEED=${seed} replays it)`);
  console.log(`fuzz seed ${seed}`);
  const rand = mulberry32(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const client = await LspClient.start({ initializationOptions: { secrets: [{ name: 'KNOWN', hasValue: true }] } });
  t.after(() => client.stop());
  const uri = 'untitled:fuzz.ts';
  let text = "const key = '$Token{KNOWN}';\nconst other = { app: 'a', k: '{{Secrets.NOPE}}' };\n";
  await client.open(uri, text, 'typescript');
  let version = 1;
  const lines = (): number => text.split('\n').length;
  const position = (): Pos => {
    const r = rand();
    if (r < 0.75) {
      const line = int(lines());
      return { line, character: int((text.split('\n')[line]?.length ?? 0) + 2) };
    }
    if (r < 0.9) return { line: lines() + int(5), character: int(10) };
    return { line: -1 - int(3), character: -int(3) };
  };
  const malformed = (): unknown =>
    [
      { line: 0.5, character: 0 },
      { line: null, character: 1 },
      { line: 0, character: 2.5 },
      { line: '1', character: 0 },
    ][int(4)];
  type Outcome = { ok: true } | { ok: false; error: { code?: number; message?: string } };
  let pending: Array<Promise<Outcome>> = [];
  let answered = 0,
    refused = 0,
    ignored = 0;
  const settle = async (): Promise<void> => {
    const all = Promise.all(pending);
    pending = [];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), 15_000);
    });
    const r = await Promise.race([all, timeout]);
    clearTimeout(timer);
    assert.notEqual(r, 'timeout', `a request went unanswered (seed ${seed})`);
    for (const x of r as Outcome[]) {
      if (x.ok) answered++;
      else if (x.error.code === -32602) refused++;
      else assert.fail(`a request failed: ${x.error.message ?? ''} (seed ${seed})`);
    }
  };
  for (let step = 0; step < 3000; step++) {
    if (rand() < 0.7) {
      const bad = rand() < 0.05;
      const start = bad ? malformed() : position();
      const end = position();
      const insert = Array.from({ length: int(4) }, () => PIECES[int(PIECES.length)]).join('');
      version++;
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start, end }, text: insert }],
      });
      if (bad) {
        ignored++;
        continue;
      }
      let a = offsetIn(text, start as Pos),
        b = offsetIn(text, end);
      if (a > b) [a, b] = [b, a];
      text = text.slice(0, a) + insert + text.slice(b);
    } else {
      const method = ['textDocument/hover', 'textDocument/completion', 'textDocument/documentHighlight', 'textDocument/definition'][int(4)];
      const p = rand() < 0.05 ? malformed() : position();
      pending.push(
        client.request(method, { textDocument: { uri }, position: p }).then(
          (): Outcome => ({ ok: true }),
          (error: { code?: number; message?: string }): Outcome => ({ ok: false, error }),
        ),
      );
    }
    if (step % 100 === 99) await settle();
  }
  await settle();
  assert.equal(client.exitCode, undefined, `the server exited (seed ${seed})`);
  assert.ok(answered > 500, `${answered} answered`);
  t.diagnostic(`${answered} requests answered, ${refused} refused as malformed, ${ignored} malformed edits ignored`);

  // The server's text is the text the edits make: the same diagnostics as a fresh copy of it.
  const fresh = 'untitled:fresh.ts';
  await client.open(fresh, text, 'typescript');
  const want = await client.waitForDiagnostics(fresh);
  const key = (d: Diagnostic[]): string => JSON.stringify(d.map((x) => [x.code, x.range, x.message]));
  const got = await client.waitForDiagnostics(uri, (d) => key(d) === key(want), 15_000).catch(() => undefined);
  assert.ok(got, `diagnostics of the fuzzed document differ from a fresh copy's (seed ${seed})`);
  assert.deepEqual(
    client.logs.filter((l) => / failed/.test(l)),
    [],
    `no handler failed (seed ${seed})`,
  );
});
