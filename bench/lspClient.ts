// A minimal LSP client over stdio for the benchmarks: starts `node dist/server.js --stdio`
// as a process, answers the server's requests a real editor answers, and times requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { SecretInfo } from '../server/src/analysis/model/types';

/** The server bundle; SECRETREF_BENCH_SERVER measures another build (e.g. main's, for a before/after). */
export const SERVER = process.env.SECRETREF_BENCH_SERVER ?? join(__dirname, '..', 'dist', 'server.js');

export interface ServerHandle {
  proc: ChildProcess;
  conn: MessageConnection;
  /** Resolves when the server ends a work-done progress (the workspace index is built). */
  indexed: Promise<number>;
  /** Server log lines (window/logMessage), for the report when something is off. */
  logs: string[];
  rssMb(): number;
  stop(): Promise<void>;
}

export interface StartOptions {
  folder?: string;
  secrets?: SecretInfo[];
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Another server bundle than SERVER (an A/B in one run). */
  server?: string;
  /** The server's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

export async function startServer(opts: StartOptions = {}): Promise<ServerHandle> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.server ?? SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: opts.env ?? process.env,
  });
  proc.stderr.on('data', () => undefined);
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const logs: string[] = [];
  let started = 0;
  let resolveIndexed!: (ms: number) => void;
  const indexed = new Promise<number>((r) => (resolveIndexed = r));
  const tokens = new Set<string | number>();
  conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    tokens.add(p.token);
    return null;
  });
  conn.onNotification('$/progress', (p: { token: string | number; value: { kind: string } }) => {
    if (tokens.has(p.token) && p.value.kind === 'end') resolveIndexed(performance.now() - started);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  conn.onNotification('textDocument/publishDiagnostics', () => undefined);
  conn.listen();

  started = performance.now();
  const rootUri = opts.folder ? pathToFileURL(opts.folder).href : null;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: opts.folder ? [{ uri: rootUri, name: 'bench' }] : null,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: {
        completion: { completionItem: { snippetSupport: true } },
        diagnostic: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        rename: { prepareSupport: true },
      },
    },
    initializationOptions: { secrets: opts.secrets ?? [] },
  });
  started = performance.now();
  await conn.sendNotification('initialized', {});
  if (!opts.folder) resolveIndexed(0);

  return {
    proc,
    conn,
    indexed,
    logs,
    rssMb() {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise<void>((r) => {
        if (proc.exitCode !== null) return r();
        const t = setTimeout(() => {
          proc.kill('SIGKILL');
          r();
        }, 3000);
        proc.once('exit', () => {
          clearTimeout(t);
          r();
        });
      });
      conn.dispose();
    },
  };
}

/** Milliseconds a request takes, answered. */
export async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await f();
  return [performance.now() - t0, r];
}
