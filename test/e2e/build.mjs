// Compiles the extension-host suite to out/e2e/suite/: index.js (the mocha runner, mocha
// bundled in) and one NAME.test.js per suite file; `vscode` stays external (the host provides it).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const suiteDir = join(root, 'test/e2e/suite');
const outDir = join(root, 'out/e2e/suite');
rmSync(outDir, { recursive: true, force: true });

const entries = ['index.ts', ...readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts'))].map((f) => join(suiteDir, f));
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
console.log(`e2e suite compiled: ${entries.length - 1} test file(s) → ${outDir}`);
