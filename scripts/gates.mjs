// The static gates, one test each: the typecheck (`npm run typecheck`), ESLint with
// typescript-eslint's type-aware rules (`npm run lint`) and Prettier's format check
// (`npm run format:check`). Every gate runs even when one before it failed, so one run names
// them all; prints `N passed, N failed` and exits non-zero if any failed.
//   node scripts/gates.mjs [typecheck|lint|format:check ...]
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const GATES = [
  { script: 'typecheck', fix: 'fix the type errors above' },
  { script: 'lint', fix: 'fix the findings above (npx eslint --fix applies the mechanical ones)' },
  { script: 'format:check', fix: 'run  npm run format  and commit the result' },
];

const only = process.argv.slice(2);
const unknown = only.filter((g) => !GATES.some((x) => x.script === g));
if (unknown.length) {
  console.error(`unknown gate ${unknown.join(', ')}: use ${GATES.map((g) => g.script).join(', ')}`);
  process.exit(2);
}

// Under `npm test` npm says where it is; run the scripts with the same npm.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
let passed = 0;
let failed = 0;
for (const gate of GATES.filter((g) => only.length === 0 || only.includes(g.script))) {
  const started = Date.now();
  const r = spawnSync(npm[0], [...npm.slice(1), 'run', '--silent', gate.script], { cwd: root, stdio: 'inherit' });
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (r.status === 0) {
    passed++;
    console.log(`✔ ${gate.script} (${took})`);
  } else {
    failed++;
    const why = r.error ? `could not start npm: ${r.error.message}` : `exit ${r.status ?? r.signal}`;
    console.log(`✖ ${gate.script} failed (${why}, ${took}): ${gate.fix}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
