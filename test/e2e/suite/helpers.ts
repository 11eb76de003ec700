// Shared by the extension-host tests: open fixture files, wait for the language server, reach
// the extension's test API.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'secretref.secretref';

/** What activate() returns so tests can reach the extension's SecretStorage. */
export interface SecretRefTestApi {
  secrets: vscode.SecretStorage;
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
  return api;
}

/** A diagnostic's code as text: with a documentation link VS Code gives `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}
