// Runs the built `secretref` CLI (dist/cli.js) as a process on throw-away repositories,
// the way CI and a pre-commit hook run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Builds the bundles once if they are missing (npm run test:cli builds them first). */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export interface Repo {
  dir: string;
  write(rel: string, text: string): string;
  remove(): void;
}

/** A temporary repository (a `.git` folder marks its root) holding `files`. */
export function makeRepo(files: Record<string, string> = {}): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'secretref-cli-'));
  mkdirSync(join(dir, '.git'));
  const repo: Repo = {
    dir,
    write(rel, text) {
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      return p;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const [rel, text] of Object.entries(files)) repo.write(rel, text);
  return repo;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `secretref ARGS` in `cwd` with a clean environment (no INTEGRATION_* leaking in from the machine). */
export function runCli(cwd: string, args: string[], env: Record<string, string> = {}): CliResult {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INTEGRATION_') && k !== 'FORCE_COLOR') base[k] = v;
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A manifest (secretref.json) text. */
export function manifest(m: { apps?: string[]; environments?: string[]; secrets: Record<string, Record<string, unknown>> }): string {
  return JSON.stringify(m, null, 2) + '\n';
}

/** An ISO date `days` from now (expiry fixtures must stay valid whatever day the suite runs). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
