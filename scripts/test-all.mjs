// `npm test`: install the dependencies if node_modules is missing (npm ci), build, then every
// test layer in turn — the static gates (typecheck, lint, format check), unit, protocol, cli (if
// present), extension-host (real VS Code via code-server), UI (Playwright). Prints each layer's
// result and a final `N passed, N failed` line; exits non-zero if anything failed.
// A layer that cannot start (no browser, no code-server) fails in CI (CI=true); elsewhere it
// is reported as not run, with the command that fixes it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from './lib/deps.mjs';
import { runShown } from './lib/run.mjs';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const CANNOT_START = 3;
const only = process.argv.slice(2);

ensureDependencies((msg) => console.log(`test: ${msg}`));

function run(cmd, args) {
  return runShown(cmd, args, { cwd: root });
}

/** Counts from node:test's summary (spec: `ℹ pass N`, tap: `# pass N`) or our `N passed, N failed` line. */
function counts(out) {
  const num = (re) => {
    const all = [...out.matchAll(re)];
    return all.length ? Number(all.at(-1)[1]) : undefined;
  };
  const mine = [...out.matchAll(/^\s*(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm)].at(-1);
  if (mine) return { passed: Number(mine[1]), failed: Number(mine[2]), skipped: Number(mine[3] ?? 0) };
  const passed = num(/^[ℹ#] pass (\d+)/gm);
  const failed = num(/^[ℹ#] fail (\d+)/gm);
  if (passed === undefined && failed === undefined) return undefined;
  return { passed: passed ?? 0, failed: failed ?? 0, skipped: (num(/^[ℹ#] skipped (\d+)/gm) ?? 0) + (num(/^[ℹ#] todo (\d+)/gm) ?? 0) };
}

function uiTestFiles() {
  const dir = join(root, 'test/ui');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => `test/ui/${f}`);
}

async function toolsMissing() {
  const r = await run(process.execPath, [
    '--import',
    'tsx',
    '-e',
    "const t=require('./test/e2e/harness/tools.ts').findTools(); if(!t.ok){console.log('missing: '+t.missing.join('; ')); console.log('fix: '+t.fix); process.exit(3)}",
  ]);
  return r.code === 0 ? undefined : r.out.trim();
}

const layers = [
  { name: 'build', steps: [[process.execPath, ['esbuild.js']]], build: true },
  { name: 'gates', steps: [[process.execPath, ['scripts/gates.mjs']]] },
  { name: 'unit', steps: [[process.execPath, ['scripts/run-node-tests.mjs', 'unit']]] },
  { name: 'protocol', steps: [[process.execPath, ['scripts/run-node-tests.mjs', 'protocol']]] },
  { name: 'cli', steps: [[process.execPath, ['scripts/run-node-tests.mjs', 'cli']]], when: () => existsSync(join(root, 'test/cli')) },
  {
    name: 'extension-host',
    needsEditor: true,
    steps: [
      [process.execPath, ['test/e2e/build.mjs']],
      [process.execPath, ['--import', 'tsx', 'test/e2e/runTest.ts']],
    ],
  },
  {
    name: 'ui',
    needsEditor: true,
    when: () => uiTestFiles().length > 0,
    steps: [[process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...uiTestFiles()]]],
  },
];

const results = [];
for (const layer of layers) {
  if (only.length && !only.includes(layer.name) && !layer.build) continue;
  if (layer.when && !layer.when()) {
    results.push({ name: layer.name, note: 'no tests in this checkout' });
    continue;
  }
  console.log(`\n=== ${layer.name} ===`);
  if (layer.needsEditor) {
    const missing = await toolsMissing();
    if (missing) {
      results.push(
        ci
          ? { name: layer.name, passed: 0, failed: 1, note: `could not start (CI): ${missing}` }
          : { name: layer.name, notRun: true, note: `NOT RUN, could not start: ${missing}` },
      );
      continue;
    }
  }
  let last = { code: 0, out: '' };
  for (const [cmd, args] of layer.steps) {
    last = await run(cmd, args);
    if (last.code !== 0) break;
  }
  if (layer.build) {
    if (last.code !== 0) {
      results.push({ name: 'build', passed: 0, failed: 1, note: 'build failed' });
      break;
    }
    continue;
  }
  const c = counts(last.out) ?? { passed: 0, failed: 0, skipped: 0 };
  // A layer that exits non-zero without reporting a failure still failed (crash, could not start).
  if (last.code !== 0 && c.failed === 0) c.failed = 1;
  if (last.code === CANNOT_START && !ci)
    results.push({ name: layer.name, notRun: true, note: 'NOT RUN, the editor could not start (see above)' });
  else results.push({ name: layer.name, ...c });
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
for (const r of results) {
  if (r.notRun || r.passed === undefined) {
    console.log(`${r.name}: ${r.note}`);
    continue;
  }
  passed += r.passed;
  failed += r.failed;
  console.log(
    `${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}${r.note ? ` (${r.note})` : ''}`,
  );
}
const notRun = results.filter((r) => r.notRun);
if (notRun.length) console.log(`not run: ${notRun.map((r) => r.name).join(', ')} — fix: npm run provision, then npm test`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
