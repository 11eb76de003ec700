// `npm run bench:keywords [folder]`: what the CLI's read path costs per step, over the project
// files of a folder (default: the throughput corpus, .bench/corpus): the safe read (into a new
// buffer per file, or into the keyword pass's memory as the CLI reads), the decode, the keyword
// pass in JavaScript over the decoded text and in WebAssembly over the bytes and over the text,
// and how many files the pass finds nothing in.
// This thread's CPU time, steps interleaved round by round, medians of BENCH_RUNS (default 7).
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { analyzeDocument } from '../server/src/analysis/analyze';
import { foundNothing, keywordsBuffer, keywordsOfBytes, KeywordPass, runAutomatonJs } from '../server/src/analysis/keywords';
import { runAutomatonOnBytes, runAutomatonOnText } from '../server/src/analysis/keywordsWasm';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { listProjectFiles, readFileBytesSafely } from '../server/src/workspace/files';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/workspace/settings';
import { median } from './stats';

const folder = process.argv[2] ?? join(__dirname, '..', '.bench', 'corpus');
const runs = Number(process.env.BENCH_RUNS ?? 7);

/** CPU milliseconds of this thread (of the process where Node cannot tell a thread's). */
function cpuMs(): number {
  const u = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function main(): Promise<void> {
  const files = await listProjectFiles(folder, { blocking: true, maxFileSize: DEFAULT_MAX_FILE_SIZE });
  // Analysing one document teaches the shared automaton the prefilters' literals, as in a real run.
  analyzeDocument(
    { uri: 'file:///warm.ts', text: 'export const metadata = {}; run(secrets)' },
    new StoreSnapshot([], { valuesKnown: false }),
  );
  const a = new KeywordPass('x').credentialHits.automaton;
  const read = (into?: (size: number) => Uint8Array | undefined) =>
    files.map((f) => readFileBytesSafely(f, { maxBytes: DEFAULT_MAX_FILE_SIZE, roots: [folder] }, into));
  const bytes = read().flatMap((r) => ('bytes' in r ? [r.bytes] : []));
  const texts = bytes.map((b) => b.toString('utf8'));
  const total = bytes.reduce((n, b) => n + b.length, 0);
  const ascii = bytes.filter((b) => isAscii(b));
  const nothing = bytes.filter((b) => {
    const f = keywordsOfBytes(b);
    return f !== undefined && foundNothing(f);
  });
  const steps: Record<string, () => void> = {
    'read, a new buffer per file': () => void read(),
    'read into the pass’s memory (the CLI)': () => void read(keywordsBuffer),
    'decode (UTF-8)': () => bytes.forEach((b) => b.toString('utf8')),
    'pass, JavaScript over the text': () => texts.forEach((t) => runAutomatonJs(a, t, new Int32Array(a.literalCount).fill(-1))),
    'pass, WebAssembly over the bytes': () =>
      bytes.forEach((b) => runAutomatonOnBytes(a, b, undefined, new Int32Array(a.literalCount).fill(-1))),
    'pass, WebAssembly over the text': () => texts.forEach((t) => runAutomatonOnText(a, t, new Int32Array(a.literalCount).fill(-1))),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  for (let r = 0; r < runs; r++)
    for (const [k, step] of Object.entries(steps)) {
      const t = cpuMs();
      step();
      times[k].push(cpuMs() - t);
    }
  const mb = (n: number) => (n / 1e6).toFixed(1);
  console.log(
    `${folder}: ${bytes.length} files, ${mb(total)} MB; ${ascii.length} all ASCII (${mb(ascii.reduce((n, b) => n + b.length, 0))} MB)`,
  );
  console.log(`the pass finds nothing in ${nothing.length} files (${mb(nothing.reduce((n, b) => n + b.length, 0))} MB)`);
  console.log(`CPU ms, median of ${runs} (ns per byte):`);
  for (const [k, v] of Object.entries(times)) {
    const m = median(v);
    console.log(`  ${k.padEnd(36)} ${m.toFixed(0).padStart(6)}  (${((m * 1e6) / total).toFixed(2)})`);
  }
}

void main();
