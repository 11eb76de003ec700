// The credential scan alone on the code-server corpus (`.bench/corpus`, or BENCH_CORPUS): CPU
// time of `scanCredentials` with patterns tried only where keywords allow (`auto`, the default),
// against every pattern over every whole line holding its keywords (`lines`, as before), and
// whether both find exactly the same. Minified bundles' long lines are where they differ.
// The keyword pass is made before the clock starts: it is the same for both. Medians of BENCH_RUNS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanCredentials, type CredentialFinding, type ScanOptions } from '../server/src/analysis/credentials/scan';
import { KeywordPass } from '../server/src/analysis/keywords';
import { CORPUS } from './corpus';
import { machine, median } from './stats';

const dir = process.env.BENCH_CORPUS ?? CORPUS;
const runs = /^\d+$/.test(process.env.BENCH_RUNS ?? '') ? Number(process.env.BENCH_RUNS) : 5;

function walk(d: string, out: string[]): string[] {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const files = walk(dir, []).filter((f) => statSync(f).size < 32 * 1024 * 1024);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const passes = texts.map((t) => new KeywordPass(t));
const OPTIONS: ScanOptions[] = [
  { generic: true, unquoted: false },
  { generic: true, unquoted: true, docs: true },
];

function scanAll(strategy: ScanOptions['strategy'], opts: ScanOptions): { cpuMs: number; found: CredentialFinding[][] } {
  let us = 0;
  const found: CredentialFinding[][] = [];
  for (let i = 0; i < texts.length; i++) {
    const c0 = process.cpuUsage();
    found.push(scanCredentials(texts[i], { ...opts, keywords: passes[i], strategy }));
    const c = process.cpuUsage(c0);
    us += c.user + c.system;
  }
  return { cpuMs: us / 1000, found };
}

const m = machine();
const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
process.stdout.write(
  `credential scan on ${dir}: ${texts.length} files, ${mb.toFixed(0)} M characters (${m.date}; ${m.cpu}, ${m.nproc} CPUs, node ${m.node}, load ${m.load})\n`,
);
let differ = 0;
for (const opts of OPTIONS) {
  const cpu: Record<string, number[]> = { lines: [], auto: [] };
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    // Interleaved, so a busy machine slows both alike.
    const lines = scanAll('lines', opts);
    const auto = scanAll('auto', opts);
    cpu.lines.push(lines.cpuMs);
    cpu.auto.push(auto.cpuMs);
    if (r > 0) continue;
    findings = lines.found.reduce((n, f) => n + f.length, 0);
    for (let i = 0; i < texts.length; i++)
      if (JSON.stringify(lines.found[i]) !== JSON.stringify(auto.found[i])) {
        differ++;
        process.stdout.write(`  DIFFERENT findings in ${files[i]}\n`);
      }
  }
  process.stdout.write(
    `  ${JSON.stringify(opts)}: whole lines ${median(cpu.lines).toFixed(0)} ms, keyword windows ${median(cpu.auto).toFixed(0)} ms CPU (median of ${runs}); ${findings} findings\n`,
  );
}
process.stdout.write(differ === 0 ? '  findings identical\n' : `  ${differ} files with different findings\n`);
process.exitCode = differ === 0 ? 0 : 1;
