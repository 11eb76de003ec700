// `npm run package`: builds the production bundles (vsce runs `vscode:prepublish`) and
// packages secretref-<version>.vsix with @vscode/vsce. Any vsce warning fails the
// command, so a warning cannot slip into a release unnoticed. Prints the files and size.
//   node scripts/package.mjs [--out file.vsix]
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeForTools, readPackageJson, root, vsixPath } from './lib/paths.mjs';
import { runShown } from './lib/run.mjs';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : vsixPath(readPackageJson());

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const args = [vsce, 'package', '--no-dependencies', '--out', out];

const { code, out: output } = await runShown(nodeForTools(), args, {
  cwd: root,
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
});

if (code !== 0) {
  console.error(`\nnpm run package: vsce failed (exit ${code}). The lines above say why.`);
  process.exit(1);
}
const warnings = output.split('\n').filter((l) => /\bWARNING\b/.test(l));
if (warnings.length > 0) {
  console.error(`\nnpm run package: vsce printed ${warnings.length} warning(s); fix them, a release ships without warnings.`);
  process.exit(1);
}
const size = statSync(out).size;
console.log(`\n${out}: ${(size / 1024).toFixed(0)} KB, no warnings`);
