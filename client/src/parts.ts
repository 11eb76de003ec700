// Parts of the client bundled apart (esbuild.js) and loaded when first needed, so activation
// parses only the extension's own bundle: the language client (client/src/languageClient.ts,
// with vscode-languageclient) when the server starts, the server's prefilters
// (client/src/serverNeed.ts) at the first document check or the first secret name the store checks.
import { createRequire } from 'node:module';
import type * as vscode from 'vscode';

export type LanguageClientPart = typeof import('./languageClient');
export type ServerNeedPart = typeof import('./serverNeed');

const load = createRequire(__filename);

export function languageClientPart(context: vscode.ExtensionContext): LanguageClientPart {
  return load(context.asAbsolutePath('dist/language-client.js')) as LanguageClientPart;
}

export function serverNeedPart(context: vscode.ExtensionContext): ServerNeedPart {
  return load(context.asAbsolutePath('dist/server-need.js')) as ServerNeedPart;
}
