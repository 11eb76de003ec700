// A small LSP client for protocol tests: spawns the built server (`node dist/server.js --stdio`)
// as a real process and speaks JSON-RPC to it over its stdio. Nothing is mocked.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export interface StartOptions {
  /** Workspace folder (a file-system path). */
  root?: string;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Answer to workspace/configuration for section `secretref`. */
  settings?: Record<string, unknown>;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

/** What VS Code advertises that matters here: configuration, progress, dynamic file watching. Push diagnostics. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    codeLens: { refreshSupport: true },
  },
  window: { workDoneProgress: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false } },
    rename: { prepareSupport: true },
    publishDiagnostics: { tagSupport: { valueSet: [1, 2] } },
  },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...DEFAULT_CAPABILITIES,
  workspace: { ...DEFAULT_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export class LspClient {
  readonly logs: string[] = [];
  readonly serverRequests: string[] = [];
  /** Params of each server → client request, in order (e.g. the progress token). */
  readonly serverRequestParams: Array<{ method: string; params: unknown }> = [];
  stderr = '';
  exitCode: number | null | undefined;
  settings: Record<string, unknown>;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publishDiagnostics, in order: the first answer for a document matters as much as the last. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
    settings: Record<string, unknown>,
    readonly initializeResult: InitializeResult,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...options.env }, stdio: 'pipe' });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const settings = options.settings ?? {};
    const holder: { client?: LspClient } = {};
    const early: Array<(c: LspClient) => void> = [];
    const onClient = (f: (c: LspClient) => void): void => {
      if (holder.client) f(holder.client);
      else early.push(f);
    };
    conn.onNotification('window/logMessage', (p: { message: string }) =>
      onClient((c) => {
        c.logs.push(p.message);
        c.wake();
      }),
    );
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
      onClient((c) => {
        c.published.push(p);
        c.diagnostics.set(p.uri, p.diagnostics);
        c.wake();
      }),
    );
    conn.onNotification(() => undefined);
    conn.onRequest((method: string, params: unknown) => {
      holder.client?.serverRequests.push(method);
      holder.client?.serverRequestParams.push({ method, params });
      if (method === 'workspace/configuration') {
        const items = (params as { items: Array<{ section?: string }> }).items;
        return items.map((i) => (i.section === 'secretref' ? (holder.client?.settings ?? settings) : null));
      }
      return null;
    });
    conn.listen();
    const root = options.root;
    const init = await conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: root ? URI.file(root).toString() : null,
      workspaceFolders: root ? [{ uri: URI.file(root).toString(), name: path.basename(root) }] : null,
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    const client = new LspClient(proc, conn, settings, init);
    proc.stderr.on('data', (d: Buffer) => {
      client.stderr += d.toString();
    });
    proc.on('exit', (code) => {
      client.exitCode = code;
      client.wake();
    });
    holder.client = client;
    for (const f of early.splice(0)) f(client);
    await conn.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `check` returns a value other than undefined; rejects after `timeoutMs`. */
  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (this.exitCode !== undefined)
        throw new Error(`server exited (${this.exitCode}) while waiting for ${what}; stderr: ${this.stderr.slice(-500)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; logs: ${this.logs.join(' | ')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string> {
    return this.waitFor(`a log line matching ${pattern}`, () => this.logs.find((l) => pattern.test(l)), timeoutMs);
  }

  /**
   * The index build finished. A workspace without secretref.json is indexed lazily, so this
   * first asks for what needs the whole index (the runner's integration list), as an editor would.
   */
  indexed(): Promise<string> {
    this.conn.sendRequest('secretref/integrations', {}).catch(() => undefined);
    return this.waitForLog(/^Indexed \d+ files/);
  }

  /** The next pushed diagnostics of `uri` that satisfy `accept` (default: any). */
  waitForDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics for ${uri}`,
      () => {
        const d = this.diagnostics.get(uri);
        return d && accept(d) ? d : undefined;
      },
      timeoutMs,
    );
  }

  clearDiagnostics(uri: string): void {
    this.diagnostics.delete(uri);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = languageIdOf(uri)): Promise<void> {
    this.versions.set(uri, 1);
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-content change event). */
  change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Replaces a range (an incremental change event, as an editor sends for a keystroke). */
  edit(
    uri: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
        await this.notify('exit', null);
      } catch {
        // already gone
      }
      await Promise.race([new Promise((r) => this.proc.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.exitCode === undefined) this.proc.kill();
    }
    this.conn.dispose();
  }
}

export function languageIdOf(uri: string): string {
  const ext = uri.slice(uri.lastIndexOf('.') + 1);
  return ({ ts: 'typescript', js: 'javascript', json: 'json', yaml: 'yaml', yml: 'yaml' } as Record<string, string>)[ext] ?? 'plaintext';
}

/** A temporary workspace folder with the given files; `dispose` removes it. */
export function tempWorkspace(files: Record<string, string>): {
  root: string;
  uri(rel: string): string;
  write(rel: string, text: string): string;
  dispose(): void;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'secretref-proto-'));
  const write = (rel: string, text: string) => {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    return abs;
  };
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return {
    root,
    uri: (rel) => URI.file(path.join(root, rel)).toString(),
    write,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The text of `uri`'s document with LSP edits applied (for rename checks). */
export function applyEdits(
  text: string,
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>,
): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
