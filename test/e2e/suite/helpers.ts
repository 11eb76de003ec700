// Shared by the extension-host tests: open fixture files, wait for the language server, reach
// the extension's test API.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'secretref.secretref';

/** What activate() returns so tests can reach the extension's SecretStorage. */
export interface SecretRefTestApi {
  secrets: vscode.SecretStorage;
  /** Resolves once the secret store is open. */
  ready?: Promise<void>;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test host opened no workspace folder (runTest passes the fixture copy as launch argument)');
  return folder.uri;
}

export async function openFixture(relPath: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relPath));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

/** Polls `probe` until it returns a value: the language server answers asynchronously. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${why}`);
}

export async function extensionApi(): Promise<SecretRefTestApi> {
  const ext = vscode.extensions.getExtension<SecretRefTestApi | undefined>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in the test host`);
  const api = await ext.activate();
  if (!api?.secrets) throw new Error(`activate() of ${EXTENSION_ID} returned no { secrets } test API (client/src/extension.ts)`);
  // Activation does not wait for the secret store to open; the tests do.
  await api.ready;
  return api;
}

/** A diagnostic's code as text: with a documentation link VS Code gives `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

/** A language server process this extension host started: its pid and resident memory. */
export interface ServerProcess {
  pid: number;
  rssMb: number;
}

/**
 * The SecretRef language servers running as children of this extension host, read from /proc
 * (the client forks `dist/server.js` with IPC, so each is a direct child). Linux only: on
 * another system it throws, rather than pass by finding nothing.
 */
export function languageServerProcesses(serverModule = 'dist/server.js'): ServerProcess[] {
  if (!existsSync('/proc/self/stat')) throw new Error('languageServerProcesses reads /proc, which this system does not have');
  const found: ServerProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!cmdline.some((a) => a.endsWith(serverModule))) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      found.push({ pid: Number(entry), rssMb: rss ? Number(rss[1]) / 1024 : 0 });
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}
