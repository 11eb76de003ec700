// A fresh clone has no node_modules: `npm test` and `npm start` install the pinned dependencies
// themselves (npm ci, from package-lock.json) instead of failing on a missing module, so the
// README's two commands work with no step before them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

/** Runs `npm ci` when the dependencies are missing; exits with npm's message when it fails. */
export function ensureDependencies(say) {
  // esbuild is the first thing every script needs; tsx runs every test layer.
  if (existsSync(join(root, 'node_modules', 'esbuild')) && existsSync(join(root, 'node_modules', 'tsx'))) return;
  say('node_modules is missing: installing the pinned dependencies first (npm ci --no-audit --no-fund)…');
  // Under `npm test` npm says where it is; otherwise the npm next to this node, else the PATH's.
  const npmCli = process.env.npm_execpath;
  const [cmd, args] = npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
  const r = spawnSync(cmd, [...args, 'ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`\nnpm ci failed (exit ${r.status ?? r.signal}); the output above says why. Fix it, then run the command again.`);
    process.exit(1);
  }
}
