// Compiles the extension-host suites: test/e2e/suite to out/e2e/suite/ (run in the fixture
// workspace) and test/e2e/lazy to out/e2e/lazy/ (run in a workspace that uses no secrets), each as
// index.js (the mocha runner, mocha bundled in) and one NAME.test.js per suite file; `vscode`
// stays external (the host provides it).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
for (const suite of ['suite', 'lazy']) {
  const suiteDir = join(root, 'test/e2e', suite);
  const outDir = join(root, 'out/e2e', suite);
  rmSync(outDir, { recursive: true, force: true });
  const tests = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts'));
  // Every suite shares the one mocha runner of test/e2e/suite/index.ts.
  const entries = [
    { in: join(root, 'test/e2e/suite/index.ts'), out: 'index' },
    ...tests.map((f) => ({ in: join(suiteDir, f), out: f.replace(/\.ts$/, '') })),
  ];
  await build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode is never used in the extension host.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  console.log(`e2e suite compiled: ${tests.length} test file(s) → ${outDir}`);
}
