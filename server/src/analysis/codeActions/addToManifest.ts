// Quick fix for unknown-secret and missing-required, for clients that cannot run the
// `secretref.*` commands (editors other than VS Code): declare the secret in the
// `secretref.json` that governs the file, an edit any client applies. VS Code's client gets
// "Create secret" instead, which asks for the value too.
import * as jsonc from 'jsonc-parser';
import type { QuickFixProvider } from '../codeAction';
import { isValidSecretName } from '../store';
import type { QuickFix } from '../types';

export const addToManifestFix: QuickFixProvider = {
  codes: ['unknown-secret', 'missing-required'],
  provide({ diagnostic, manifest, clientRunsCommands }): QuickFix[] {
    const name = diagnostic.secret;
    if (clientRunsCommands !== false || !manifest || !name || !isValidSecretName(name)) return [];
    // Already declared (missing-required of a declared secret without a value): nothing to add.
    if (diagnostic.code === 'missing-required' && diagnostic.data?.exists === true) return [];
    const errors: jsonc.ParseError[] = [];
    const root: unknown = jsonc.parse(manifest.text, errors, { allowTrailingComma: true });
    if (errors.length > 0 || typeof root !== 'object' || root === null) return [];
    const secrets = (root as { secrets?: unknown }).secrets;
    if (typeof secrets === 'object' && secrets !== null && Object.prototype.hasOwnProperty.call(secrets, name)) return [];
    const indent = /\n([ \t]+)"/.exec(manifest.text)?.[1] ?? '  ';
    const edits = jsonc.modify(
      manifest.text,
      ['secrets', name],
      {},
      {
        formattingOptions: {
          insertSpaces: !indent.includes('\t'),
          tabSize: indent.includes('\t') ? 1 : indent.length,
          eol: manifest.text.includes('\r\n') ? '\r\n' : '\n',
        },
      },
    );
    if (edits.length === 0) return [];
    return [
      {
        title: `Declare '${name}' in secretref.json`,
        fixes: diagnostic.code,
        otherFile: {
          uri: manifest.uri,
          text: manifest.text,
          edits: edits.map((e) => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content })),
        },
      },
    ];
  },
};
