// Where `npm run package` writes the VSIX and where the e2e provisioning
// (scripts/provision.sh) puts Node 24 and code-server. Shared by package.mjs and start.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(new URL('../..', import.meta.url).pathname);

export function readPackageJson() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/** `secretref-<version>.vsix`, vsce's default name, made explicit so start.mjs can find it. */
export function vsixPath(pkg = readPackageJson()) {
  return join(root, `${pkg.name}-${pkg.version}.vsix`);
}

/** The tool cache of provision.sh (same variable, same default). */
export function toolCache() {
  return process.env.SECRETREF_TOOL_CACHE || join(root, '.vscode-test');
}

export function provisionedNode() {
  const p = join(toolCache(), 'node24', 'bin', 'node');
  return existsSync(p) ? p : undefined;
}

export function provisionedCodeServer() {
  const dir = join(toolCache(), 'code-server');
  const bin = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  // provision.sh writes .provisioned only after a complete install.
  return existsSync(bin) && existsSync(join(dir, '.provisioned')) ? bin : undefined;
}

/**
 * vsce 4 wants Node ≥ 22; the machine's node may be 20. Prefer this node when new enough,
 * else the provisioned Node 24, else this node anyway (vsce's packaging works on 20).
 */
export function nodeForTools() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  return provisionedNode() ?? process.execPath;
}
