// The language server's memory after its cold index of a workspace, as `npm run bench` reads it
// (VmRSS of the server process when the index's progress ends), with where it lies and what the
// index cost in CPU (load inflates wall time, much less CPU time):
//   node --import tsx bench/rssProbe.ts DIR [runs] [extra node flags…]
// e.g. DIR = .bench/monorepo-index (written by `BENCH_ONLY=monorepo npm run bench`).
// SECRETREF_BENCH_SERVER measures another build (e.g. main's dist/server.js): run the two in turn.
//
// The parts (MB, from /proc/PID/smaps): `heap` is the C allocator's main arena, `arenas` its
// per-thread arenas (V8's compile and GC threads), `js` the rest of the anonymous memory (V8's
// heap pages, large objects such as the bundles' source text, code), `files` mapped files (the
// node binary's pages).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startServer } from './lspClient';

/** User + system CPU of a /proc stat line, in ms (clock ticks of 10 ms). */
function cpuMs(statFile: string): number {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function parts(pid: number): Record<'heap' | 'arenas' | 'js' | 'files', number> {
  const out = { heap: 0, arenas: 0, js: 0, files: 0 };
  let start = 0,
    perms = '',
    name = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      start = parseInt(head[1], 16);
      perms = head[2];
      name = head[3];
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (!rss) continue;
    const mb = Number(rss[1]) / 1024;
    if (name === '[heap]') out.heap += mb;
    else if (name) out.files += mb;
    // glibc's thread arenas start 64 MB-aligned (V8's pages are 256 KB-aligned: one may pass for an arena now and then).
    else if (start % 2 ** 26 === 0 && perms === 'rw-p') out.arenas += mb;
    else out.js += mb;
  }
  return out;
}

async function main(): Promise<void> {
  const [dir, runsArg, ...nodeArgs] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node --import tsx bench/rssProbe.ts DIR [runs] [node flags…]');
  const runs = Number(runsArg ?? 3);
  const rss: number[] = [],
    cpu: number[] = [],
    mainCpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const server = await startServer({ folder: dir, nodeArgs });
    const pid = server.proc.pid!;
    const ms = await server.indexed;
    const mb = server.rssMb();
    const all = cpuMs(`/proc/${pid}/stat`);
    // The main thread alone (its task id is the pid): on an idle machine the index's wall time follows it.
    const mainMs = cpuMs(`/proc/${pid}/task/${pid}/stat`);
    const p = parts(pid);
    rss.push(mb);
    cpu.push(all);
    mainCpu.push(mainMs);
    console.log(
      `run ${run + 1}: index ${ms.toFixed(0)} ms wall, CPU ${all} ms (main thread ${mainMs} ms); RSS ${mb.toFixed(1)} MB ` +
        `(heap ${p.heap.toFixed(1)}, arenas ${p.arenas.toFixed(1)}, js ${p.js.toFixed(1)}, files ${p.files.toFixed(1)}); load ${loadavg()[0].toFixed(1)}`,
    );
    await server.stop();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`median of ${runs}: RSS ${median(rss).toFixed(1)} MB, CPU ${median(cpu)} ms, main thread ${median(mainCpu)} ms`);
}

void main();
