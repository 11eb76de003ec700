// `npm run bench:credentials`: the credential scan on a 5 MB .env of 178,000 `password="…"`
// lines (issue: 30–36 s when overlaps were compared pairwise; target < 1 s), through the CLI's
// per-file analysis and through the rule alone. Medians of BENCH_RUNS (default 5) runs.
import { analyzeText } from '../server/src/cli/scan';
import { findHardcoded } from '../server/src/analysis/rules/hardcodedSecret';
import { ParsedDocument } from '../server/src/analysis/document';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../server/src/analysis/model/types';
import { machine, median } from './stats';

const runs = /^\d+$/.test(process.env.BENCH_RUNS ?? '') ? Number(process.env.BENCH_RUNS) : 5;
const ALNUM = 'BCDFGHJKLMNPQRSTVWYZbcdfghjklmnpqrstvwyz0123456789';
let seed = 7;
const next = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const value = (): string => Array.from({ length: 14 }, () => ALNUM[Math.floor(next() * ALNUM.length)]).join('') + 'A1!';
const text = Array.from({ length: 178_000 }, () => `password="${value()}"`).join('\n') + '\n';

/** Wall time and CPU time (this thread's user + system: what a busy machine does not inflate). */
function time(f: () => number): { ms: number; cpuMs: number; n: number } {
  const t: number[] = [];
  const cpu: number[] = [];
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    n = f();
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e3);
  }
  return { ms: median(t), cpuMs: median(cpu), n };
}

const m = machine();
process.stdout.write(
  `credential scan, ${(text.length / 1e6).toFixed(2)} MB .env of 178,000 lines (${m.date}; ${m.cpu}, ${m.nproc} CPUs, node ${m.node}, load ${m.load})\n`,
);
const rule = time(() => findHardcoded(new ParsedDocument({ uri: 'file:///big/.env', text })).length);
process.stdout.write(
  `  hardcoded-secret rule: ${rule.ms.toFixed(0)} ms (CPU ${rule.cpuMs.toFixed(0)} ms) median of ${runs}, ${rule.n} findings (target < 1,000 ms)\n`,
);
const store = new StoreSnapshot([]);
const cli = time(() => analyzeText('/big/.env', '.env', text, store, DEFAULT_SETTINGS, new Date()).findings.length);
process.stdout.write(
  `  whole analysis of the file (as secretref check): ${cli.ms.toFixed(0)} ms (CPU ${cli.cpuMs.toFixed(0)} ms) median of ${runs}, ${cli.n} findings\n`,
);

// Multi-line rules on one long line (a minified bundle): 50,000 Vault tokens, each before its HCP
// address, 2.6 MB without a line break. A finding's key name is read within a bounded reach, so
// this is linear too (it took 52 s when each finding sliced back to the line's start).
const oneLine = Array.from(
  { length: 50_000 },
  (_, i) => `s.${value().slice(0, 14)}${String(i).padStart(6, '0')} https://v.hashicorp.cloud `,
).join('');
const long = time(() => findHardcoded(new ParsedDocument({ uri: 'file:///big/bundle.min.txt', text: oneLine })).length);
process.stdout.write(
  `  ${(oneLine.length / 1e6).toFixed(2)} MB on one line, a multi-line rule's 50,000 matches: ${long.ms.toFixed(0)} ms (CPU ${long.cpuMs.toFixed(0)} ms) median of ${runs}, ${long.n} findings\n`,
);
