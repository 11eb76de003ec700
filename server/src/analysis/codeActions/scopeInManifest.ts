// Quick fix for out-of-scope when the scope lives in `secretref.json`: add the app the reference
// runs in to the secret's `scope` there, an edit any client applies. Offered where the client's
// Edit Scope command cannot help: a secret only the manifest declares (no stored secret to edit),
// or a client that cannot run commands.
import * as jsonc from 'jsonc-parser';
import type { QuickFixProvider } from '../codeAction';
import type { QuickFix } from '../types';

export const scopeInManifestFix: QuickFixProvider = {
  codes: ['out-of-scope'],
  provide({ diagnostic, manifest, store, clientRunsCommands }): QuickFix[] {
    const name = diagnostic.secret;
    const app = diagnostic.data?.app;
    if (!name || typeof app !== 'string' || app === '' || !manifest) return [];
    if (clientRunsCommands !== false && store.get(name)?.level !== 'manifest') return [];
    const errors: jsonc.ParseError[] = [];
    const root: unknown = jsonc.parse(manifest.text, errors, { allowTrailingComma: true });
    if (errors.length > 0 || typeof root !== 'object' || root === null) return [];
    const secrets = (root as { secrets?: unknown }).secrets;
    if (typeof secrets !== 'object' || secrets === null || !Object.prototype.hasOwnProperty.call(secrets, name)) return [];
    const entry: unknown = (secrets as Record<string, unknown>)[name];
    const scope = typeof entry === 'object' && entry !== null ? (entry as { scope?: unknown }).scope : undefined;
    // Only a scope the manifest states: an empty or absent one already lets every app in.
    if (!Array.isArray(scope) || scope.length === 0 || scope.includes(app)) return [];
    const indent = /\n([ \t]+)"/.exec(manifest.text)?.[1] ?? '  ';
    const edits = jsonc.modify(manifest.text, ['secrets', name, 'scope'], [...(scope as unknown[]), app], {
      formattingOptions: {
        insertSpaces: !indent.includes('\t'),
        tabSize: indent.includes('\t') ? 1 : indent.length,
        eol: manifest.text.includes('\r\n') ? '\r\n' : '\n',
      },
    });
    if (edits.length === 0) return [];
    return [
      {
        title: `Let app '${app}' use '${name}' (add it to the scope in secretref.json)`,
        fixes: diagnostic.code,
        isPreferred: true,
        otherFile: {
          uri: manifest.uri,
          text: manifest.text,
          edits: edits.map((e) => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content })),
        },
      },
    ];
  },
};
