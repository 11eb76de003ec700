// `npm run bench:credentials`: the credential scan on a 5 MB .env of 178,000 `password="…"`
// lines (issue: 30–36 s when overlaps were compared pairwise; target < 1 s), through the CLI's
// per-file analysis and through the rule alone. Medians of BENCH_RUNS (default 5) runs. `npm run
// bench` runs it too (section 1 and the summary).
import { analyzeText } from '../server/src/cli/scan';
import { findHardcoded } from '../server/src/analysis/rules/hardcodedSecret';
import { ParsedDocument } from '../server/src/analysis/document';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../server/src/analysis/model/types';
import { machine, median } from './stats';

const ALNUM = 'BCDFGHJKLMNPQRSTVWYZbcdfghjklmnpqrstvwyz0123456789';
let seed = 7;
const next = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const value = (): string => Array.from({ length: 14 }, () => ALNUM[Math.floor(next() * ALNUM.length)]).join('') + 'A1!';

export interface Timing {
  ms: number;
  cpuMs: number;
  n: number;
}

/** Wall time and CPU time (this thread's user + system: what a busy machine does not inflate). */
function time(runs: number, f: () => number): Timing {
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

export interface CredentialScanTiming {
  /** Size of the .env, in MB. */
  mb: number;
  /** The hardcoded-secret rule alone. */
  rule: Timing;
  /** The file's whole analysis, as `secretref check` runs it (text output: no fingerprints). */
  whole: Timing;
  /** 2.45 MB on one line: a multi-line rule's 50,000 matches. */
  oneLine: Timing & { mb: number };
}

/** The three measurements, medians of `runs`. */
export function measureCredentialScan(runs: number): CredentialScanTiming {
  seed = 7;
  const text = Array.from({ length: 178_000 }, () => `password="${value()}"`).join('\n') + '\n';
  const rule = time(runs, () => findHardcoded(new ParsedDocument({ uri: 'file:///big/.env', text })).length);
  const store = new StoreSnapshot([]);
  const whole = time(runs, () => analyzeText('/big/.env', '.env', text, store, DEFAULT_SETTINGS, new Date()).findings.length);
  // Multi-line rules on one long line (a minified bundle): 50,000 Vault tokens, each before its HCP
  // address, 2.6 MB without a line break. A finding's key name is read within a bounded reach, so
  // this is linear too (it took 52 s when each finding sliced back to the line's start).
  const oneLine = Array.from(
    { length: 50_000 },
    (_, i) => `s.${value().slice(0, 14)}${String(i).padStart(6, '0')} https://v.hashicorp.cloud `,
  ).join('');
  const long = time(runs, () => findHardcoded(new ParsedDocument({ uri: 'file:///big/bundle.min.txt', text: oneLine })).length);
  return { mb: text.length / 1e6, rule, whole, oneLine: { ...long, mb: oneLine.length / 1e6 } };
}

if (require.main === module) {
  const runs = /^\d+$/.test(process.env.BENCH_RUNS ?? '') ? Number(process.env.BENCH_RUNS) : 5;
  const m = machine();
  const t = measureCredentialScan(runs);
  process.stdout.write(
    `credential scan, ${t.mb.toFixed(2)} MB .env of 178,000 lines (${m.date}; ${m.cpu}, ${m.nproc} CPUs, node ${m.node}, load ${m.load})\n` +
      `  hardcoded-secret rule: ${t.rule.ms.toFixed(0)} ms (CPU ${t.rule.cpuMs.toFixed(0)} ms) median of ${runs}, ${t.rule.n} findings\n` +
      `  whole analysis of the file (as secretref check): ${t.whole.ms.toFixed(0)} ms (CPU ${t.whole.cpuMs.toFixed(0)} ms) median of ${runs}, ${t.whole.n} findings (target < 1,000 ms)\n` +
      `  ${t.oneLine.mb.toFixed(2)} MB on one line, a multi-line rule's 50,000 matches: ${t.oneLine.ms.toFixed(0)} ms (CPU ${t.oneLine.cpuMs.toFixed(0)} ms) median of ${runs}, ${t.oneLine.n} findings\n`,
  );
}
