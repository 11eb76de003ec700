// Two builds of `secretref check` side by side: whether their `--format json` reports are
// byte-identical on each corpus, and their CPU time (user + sys, from /usr/bin/time), run by
// run interleaved so a busy machine slows both alike; medians of N. CPU time, not wall time:
// on a shared machine wall times measure the neighbours. Usage:
//   node --import tsx bench/abCheck.ts <cli A> <cli B> <runs> <corpus folder>...
//   node --import tsx bench/abCheck.ts ../main/dist/cli.js dist/cli.js 5 .bench/corpus /tmp/npmc
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';

interface Run {
  cpu: number;
  faults: number;
  report: string;
}

function run(cli: string, corpus: string, timesFile: string): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %R', '-o', timesFile, process.execPath, cli, 'check', '--format', 'json'], {
    cwd: corpus,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) throw new Error(`Cannot run /usr/bin/time (${r.error.message}): install GNU time to use this benchmark.`);
  // The last line: with a non-zero exit (findings), GNU time writes a line about it first.
  const [user, sys, faults] = readFileSync(timesFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { cpu: user + sys, faults, report: r.stdout };
}

const [a, b, runsArg, ...corpora] = process.argv.slice(2);
const runs = Number(runsArg);
if (!a || !b || !(runs > 0) || corpora.length === 0) {
  console.error('usage: node --import tsx bench/abCheck.ts <cli A> <cli B> <runs> <corpus folder>...');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'secretref-ab-'));
try {
  for (const corpus of corpora) {
    const rows: Record<'A' | 'B', Run[]> = { A: [], B: [] };
    for (let i = 0; i < runs; i++) {
      rows.A.push(run(resolve(a), resolve(corpus), join(tmp, 'time')));
      rows.B.push(run(resolve(b), resolve(corpus), join(tmp, 'time')));
    }
    const same = [...rows.A, ...rows.B].every((r) => r.report === rows.A[0].report);
    const fmt = (list: Run[]) =>
      `${median(list.map((r) => r.cpu)).toFixed(2)} s [${list.map((r) => r.cpu.toFixed(2)).join(' ')}], ${median(list.map((r) => r.faults))} page faults`;
    const ratio = median(rows.B.map((r) => r.cpu)) / median(rows.A.map((r) => r.cpu));
    console.log(`${corpus}: reports ${same ? 'identical' : 'DIFFER'}`);
    console.log(`  A ${fmt(rows.A)}`);
    console.log(`  B ${fmt(rows.B)}  (B/A ${ratio.toFixed(3)})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
