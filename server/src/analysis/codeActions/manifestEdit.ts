// The edit-only fixes that change `secretref.json` (declare a secret, widen its scope): the
// manifest parsed once, and one edit written in the file's own indentation and line endings.
import * as jsonc from 'jsonc-parser';
import type { QuickFix } from '../model/types';

export interface ManifestText {
  uri: string;
  text: string;
}

/** The manifest's `secrets` object, or undefined when the file does not parse as one. */
export function manifestSecrets(manifest: ManifestText): Record<string, unknown> | undefined {
  const errors: jsonc.ParseError[] = [];
  const root: unknown = jsonc.parse(manifest.text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof root !== 'object' || root === null) return undefined;
  const secrets = (root as { secrets?: unknown }).secrets;
  return typeof secrets === 'object' && secrets !== null ? (secrets as Record<string, unknown>) : {};
}

/** The fix's edit of the manifest: `value` set at `path`, formatted as the file is. */
export function manifestEdit(manifest: ManifestText, path: jsonc.JSONPath, value: unknown): QuickFix['otherFile'] | undefined {
  const indent = /\n([ \t]+)"/.exec(manifest.text)?.[1] ?? '  ';
  const edits = jsonc.modify(manifest.text, path, value, {
    formattingOptions: {
      insertSpaces: !indent.includes('\t'),
      tabSize: indent.includes('\t') ? 1 : indent.length,
      eol: manifest.text.includes('\r\n') ? '\r\n' : '\n',
    },
  });
  if (edits.length === 0) return undefined;
  return {
    uri: manifest.uri,
    text: manifest.text,
    edits: edits.map((e) => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content })),
  };
}
