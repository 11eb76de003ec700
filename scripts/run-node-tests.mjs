// Runs one layer of node:test suites written in TypeScript (through tsx).
//   node scripts/run-node-tests.mjs unit|protocol|cli [extra node args]
// Node's test runner prints its own summary (# pass N / # fail N) and exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(3), ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
