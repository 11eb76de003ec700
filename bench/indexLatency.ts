// How long a hover waits while the workspace index builds: a workspace of many small files,
// one open document hovered every 10 ms from start to the end of the build.
//   [SECRETREF_BENCH_SERVER=other/dist/server.js] node --import tsx bench/indexLatency.ts [files=100000]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, timed } from './lspClient';

async function main(): Promise<void> {
  const files = Number(process.argv[2] ?? 100_000);
  const dir = join(tmpdir(), `secretref-index-latency-${files}`);
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${i}.yaml`), `k: $Token{SECRET_${i % 997}}\n`);
  }
  const server = await startServer({ folder: dir, secrets: [{ name: 'KNOWN' }] });
  const uri = 'untitled:hover.yaml';
  await server.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text: 'k: $Token{KNOWN}\n' },
  });
  const waits: number[] = [];
  const slow: Array<{ at: number; ms: number }> = [];
  const t0 = performance.now();
  let done = false;
  const indexed = server.indexed.then((ms) => {
    done = true;
    return ms;
  });
  while (!done) {
    const [ms] = await timed(() =>
      server.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } }),
    );
    waits.push(ms);
    if (ms > 100) slow.push({ at: Math.round(performance.now() - t0 - ms), ms: Math.round(ms) });
    await new Promise((r) => setTimeout(r, 10));
  }
  const buildMs = await indexed;
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  waits.sort((a, b) => a - b);
  const q = (p: number): number => waits[Math.min(waits.length - 1, Math.floor(p * waits.length))];
  console.log(
    JSON.stringify({
      files,
      buildMs: Math.round(buildMs),
      hovers: waits.length,
      p50: +q(0.5).toFixed(1),
      p99: +q(0.99).toFixed(1),
      max: +waits[waits.length - 1].toFixed(1),
    }),
  );
  console.log(server.logs.filter((l) => /^Indexed/.test(l)).join('\n'));
  // When the slow answers were asked (ms after the first), to tell the listing from the end of the build.
  console.log(JSON.stringify({ slow }));
}

void main();
