// Runs one layer of node:test suites written in TypeScript (through tsx).
//   node scripts/run-node-tests.mjs unit|protocol|cli [extra node args]
// Node's test runner prints its own summary (# pass N / # fail N) and exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const LAYERS = {
  unit: ['server/src', 'client/src', 'test/unit'],
  protocol: ['test/protocol'],
  cli: ['test/cli', 'test/nvim', 'test/emacs', 'test/helix'],
};

const layer = process.argv[2];
if (!LAYERS[layer]) {
  console.error(`usage: node scripts/run-node-tests.mjs ${Object.keys(LAYERS).join('|')}`);
  process.exit(2);
}

function collect(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (/\.test\.ts$/.test(e)) out.push(relative(root, p));
  }
  return out;
}

const files = LAYERS[layer].flatMap((d) => collect(join(root, d), [])).sort();
if (files.length === 0) {
  console.log(`${layer}: no test files found`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// node:test runs availableParallelism() - 1 files at once: one on a 2-CPU machine, where the
// CPU then idles while tests wait on child processes (servers, runners, timeouts). Measured on
// 2 CPUs: unit 135 -> 75 s at 2 files at once, protocol 74 -> 29 s at 4 (its files mostly wait
// on a server process), cli 92 -> 60 s at 2. Every test file uses its own temporary folders
// and ports, so they may overlap. SECRETREF_TEST_CONCURRENCY overrides (1 runs them in turn).
const cpus = availableParallelism();
const concurrency = Number(process.env.SECRETREF_TEST_CONCURRENCY) || (layer === 'protocol' ? 2 * Math.max(2, cpus) : Math.max(2, cpus));
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...process.argv.slice(3), ...files],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
