// Starts one code-server (real VS Code, server + web workbench; tools.ts says which) for one test run,
// isolated: its own process group, short TMPDIR (unix socket paths are limited to 108 bytes),
// own user-data and extensions folders, no marketplace, no auth, a free port.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Tools } from './tools';

export interface CodeServerOptions {
  tools: Tools;
  /** User settings written before start (e.g. `secretref.trace.server`). */
  settings?: Record<string, unknown>;
  /** Leave workspace trust on (for Restricted Mode tests). */
  workspaceTrust?: boolean;
  /** Log level of the server and the extension host (`trace` makes log channels keep trace lines). */
  logLevel?: 'trace' | 'debug' | 'info';
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string>;
}

export interface CodeServer {
  port: number;
  origin: string;
  /** The per-run folder: tmp/, user-data/, extensions/, code-server.log. */
  runDir: string;
  userDataDir: string;
  logFile: string;
  /** The URL that opens `folder` with an extension-development payload. */
  workbenchUrl(folder: string, payload?: Array<[string, string]>): string;
  /** `vscode-remote://` URI of a path on the server, as payloads expect. */
  remoteUri(path: string): string;
  /** Copies logs to `dest` (kept as CI artefacts on failure). */
  keepLogs(dest: string): void;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin: string, isAlive: () => boolean, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`code-server exited before it answered /healthz; see ${logFile}`);
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs / 1000} s; see ${logFile}`);
}

export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const runDir = mkdtempSync('/tmp/sr-');
  const tmp = join(runDir, 'tmp');
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  for (const d of [tmp, join(userDataDir, 'User'), extensionsDir]) mkdirSync(d, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': opts.workspaceTrust ?? false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'files.autoSave': 'off',
    ...opts.settings,
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(runDir, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [
    opts.tools.codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    // Without this flag the built workbench silently ignores the test payload.
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  if (!opts.workspaceTrust) args.push('--disable-workspace-trust');
  if (opts.logLevel) args.push('--log', opts.logLevel);
  const child = spawn(opts.tools.node, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...opts.env, TMPDIR: tmp, EXTENSIONS_GALLERY: '{}' },
  });
  closeSync(out);
  let exited = false;
  child.once('exit', () => (exited = true));
  const pid = child.pid!;

  const stop = async (): Promise<void> => {
    if (!exited) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (!exited) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    rmSync(runDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(origin, () => !exited, logFile);
  } catch (e) {
    const dest = join(process.cwd(), 'test-results', 'code-server-start');
    mkdirSync(dest, { recursive: true });
    if (existsSync(logFile)) cpSync(logFile, join(dest, 'code-server.log'));
    await stop();
    throw e;
  }

  const remoteUri = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    port,
    origin,
    runDir,
    userDataDir,
    logFile,
    remoteUri,
    workbenchUrl(folder, payload) {
      let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    keepLogs(dest) {
      mkdirSync(dest, { recursive: true });
      if (existsSync(logFile)) cpSync(logFile, join(dest, 'code-server.log'));
      const logs = join(userDataDir, 'logs');
      if (existsSync(logs)) cpSync(logs, join(dest, 'vscode-logs'), { recursive: true });
    },
    stop,
  };
}
