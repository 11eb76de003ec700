// A/B of the CLI's CPU time, start-up included:
//   node --import tsx bench/startup.ts A/dist/cli.js B/dist/cli.js [--runs N] [--cold] [--only NAME] [--server] [--bench DIR]
// runs each bundle's `secretref check` on one small file and on one integration (what a pre-commit
// hook runs), on the
// code-server corpus and on the generated monorepo, interleaved, and prints the median user+sys
// CPU time of each. CPU time rather than wall time: the machine is shared, and a start-up change
// of 20 ms is lost in the wall-time noise of a busy machine. `--server` also starts the language
// server beside each CLI bundle on the monorepo and times it until its workspace index is built.
//
// `--cold` gives every run its own empty temp folder, so V8's compile cache (under the temp folder)
// starts empty as on a fresh CI runner; without it, each bundle keeps one temp folder for all its
// runs (a developer's machine, a warm CI cache). TMPDIR rather than NODE_COMPILE_CACHE: that
// variable would turn the cache on for every module, the bundle's own code included.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer } from './lspClient';
import { machine, median } from './stats';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const bundles = args.filter((a, i) => a.endsWith('.js') && args[i - 1] !== '--runs');
const runs = Number(option('--runs', '7'));
const cold = flag('--cold');
const bench = path.resolve(option('--bench', path.join(__dirname, '..', '.bench')));

interface Case {
  name: string;
  cwd: string;
  argv: string[];
}

const cases: Case[] = [
  { name: 'one small file', cwd: path.join(bench, 'monorepo'), argv: ['check', '--format', 'json', 'secretref.json'] },
  // An integration: the first TypeScript parse loads the compiler (dist/typescript.js).
  { name: 'one TypeScript file', cwd: path.join(bench, 'monorepo'), argv: ['check', '--format', 'json', 'integrations/int206/index.ts'] },
  { name: 'code-server corpus', cwd: path.join(bench, 'corpus'), argv: ['check', '--format', 'json'] },
  { name: 'monorepo', cwd: path.join(bench, 'monorepo'), argv: ['check', '--format', 'json'] },
].filter((c) => !option('--only', '') || c.name.includes(option('--only', '')));

/**
 * User+sys seconds of one run: bash's `times` reads getrusage (microseconds), where
 * /proc/self/stat's cutime has the 10 ms resolution of clock ticks.
 */
function cpuOf(bundle: string, c: Case, tmp: string): number {
  mkdirSync(tmp, { recursive: true });
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = `${[process.execPath, bundle, ...c.argv].map(quote).join(' ')} >/dev/null 2>&1; times`;
  const out = execFileSync('bash', ['-c', cmd], {
    cwd: c.cwd,
    encoding: 'utf8',
    env: { ...withoutCacheVariables(process.env), TMPDIR: tmp },
  });
  // The second line is the children's: "0m0.123s 0m0.045s".
  const [user, sys] = out
    .trim()
    .split('\n')[1]
    .split(' ')
    .map((t) => {
      const m = /^(\d+)m([\d.]+)s$/.exec(t);
      return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
    });
  return user + sys;
}

function withoutCacheVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_COMPILE_CACHE: _dir, NODE_DISABLE_COMPILE_CACHE: _off, ...rest } = env;
  return rest;
}

/**
 * The language server beside a CLI bundle (`server.js` in the same folder) started on the
 * monorepo: CPU seconds from its start until its workspace index is built, read from /proc
 * (clock ticks: 10 ms, enough for a run of seconds), and the wall time to the index.
 */
async function serverIndexCpu(bundle: string, tmp: string): Promise<{ cpu: number; wall: number }> {
  mkdirSync(tmp, { recursive: true });
  const server = await startServer({
    folder: path.join(bench, 'monorepo'),
    server: path.join(path.dirname(bundle), 'server.js'),
    env: { ...withoutCacheVariables(process.env), TMPDIR: tmp },
  });
  try {
    const wall = await server.indexed;
    const f = readFileSync(`/proc/${server.proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
    return { cpu: (Number(f[11]) + Number(f[12])) / 100, wall: wall / 1000 };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'secretref-startup-'));
  try {
    const warmDirs = bundles.map((_, i) => path.join(scratch, `warm-${i}`));
    let k = 0;
    const tmpFor = (i: number): string => (cold ? path.join(scratch, `cold-${k++}`) : warmDirs[i]);
    const m = machine();
    console.log(`${m.date} · ${m.cpu} · ${m.nproc} CPUs · Node ${m.node} · load ${m.load} · ${cold ? 'cold' : 'warm'} compile cache`);
    for (const c of cases) {
      const cpu = bundles.map(() => [] as number[]);
      // Round -1 warms the page cache (and, without --cold, each bundle's compile cache).
      for (let round = -1; round < runs; round++)
        bundles.forEach((b, i) => {
          const dir = tmpFor(i);
          const s = cpuOf(b, c, dir);
          if (round >= 0) cpu[i].push(s);
          if (cold) rmSync(dir, { recursive: true, force: true });
        });
      const line = bundles.map((b, i) => `${b}: ${(median(cpu[i]) * 1000).toFixed(0)} ms`).join('  ·  ');
      console.log(`${c.name} (median of ${runs}, CPU user+sys): ${line}`);
    }
    if (!flag('--server')) return;
    const cpu = bundles.map(() => [] as number[]);
    const wall = bundles.map(() => [] as number[]);
    for (let round = -1; round < runs; round++)
      for (const [i, b] of bundles.entries()) {
        const dir = tmpFor(i);
        const r = await serverIndexCpu(b, dir);
        if (round >= 0) {
          cpu[i].push(r.cpu);
          wall[i].push(r.wall);
        }
        if (cold) rmSync(dir, { recursive: true, force: true });
      }
    const line = bundles
      .map(
        (b, i) =>
          `${path.join(path.dirname(b), 'server.js')}: ${(median(cpu[i]) * 1000).toFixed(0)} ms (wall ${(median(wall[i]) * 1000).toFixed(0)} ms)`,
      )
      .join('  ·  ');
    console.log(`language server, start to monorepo indexed (median of ${runs}, CPU user+sys): ${line}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main();
