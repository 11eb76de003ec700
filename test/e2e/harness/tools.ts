// Finds the tools the real-editor tests need (Node 24, code-server, a Chromium) where
// scripts/provision.sh puts them, and says in plain words what is missing and how to fix it.
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const TOOL_CACHE = process.env.SECRETREF_TOOL_CACHE ?? join(REPO_ROOT, '.vscode-test');
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');

export interface Tools {
  /** The Node code-server runs on: 24 (22 for the floor): code-server refuses other versions. */
  node: string;
  /** code-server's entry script, run with `node`. */
  codeServerEntry: string;
  /** Chromium or Chrome for Playwright (never a browser Playwright downloads). */
  browser: string;
}

export type ToolsLookup = { ok: true; tools: Tools } | { ok: false; missing: string[]; fix: string };

const PROVISION_COMMAND = 'npm run provision   (bash scripts/provision.sh)';

function onPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const n of names) {
      const p = join(dir, n);
      if (dir && existsSync(p)) return p;
    }
  }
  return undefined;
}

export function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
}

/**
 * Which VS Code the editor layers run: the provisioned code-server 4.139.1 (VS Code 1.139.1), or
 * with SECRETREF_CODE_SERVER=floor code-server 4.105.1 (VS Code 1.105.1), the engines.vscode floor.
 */
export function codeServerFlavour(): { node: string; dir: string; codeServer: string; vscode: string } {
  return process.env.SECRETREF_CODE_SERVER === 'floor'
    ? { node: 'node22', dir: 'code-server-floor', codeServer: '4.105.1', vscode: '1.105.1' }
    : { node: 'node24', dir: 'code-server', codeServer: '4.139.1', vscode: '1.139.1' };
}

export function findTools(): ToolsLookup {
  const missing: string[] = [];
  const flavour = codeServerFlavour();
  const node = join(TOOL_CACHE, flavour.node, 'bin', 'node');
  if (!existsSync(node)) missing.push(`Node ${flavour.node.slice(4)} (expected at ${node})`);
  const codeServerEntry = join(TOOL_CACHE, flavour.dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(codeServerEntry) || !existsSync(join(TOOL_CACHE, flavour.dir, '.provisioned'))) {
    missing.push(`code-server ${flavour.codeServer} (expected at ${codeServerEntry})`);
  }
  const browser = findBrowser();
  if (!browser) missing.push('a Chromium or Chrome browser (apt-get install chromium, or set CHROME_PATH)');
  if (missing.length) return { ok: false, missing, fix: PROVISION_COMMAND };
  return { ok: true, tools: { node, codeServerEntry, browser: browser! } };
}

/** True where a layer that cannot start must fail rather than be skipped. */
export function inCI(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}
