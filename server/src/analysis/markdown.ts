// Markdown and MDX documents: their fenced code blocks with a language tag are analysed as
// documents of that language (task YAML, listener code and `.env` files in docs are code), and
// the rest (prose, untagged fences, indented code) as plain text, where only the text forms
// (`$Token{}`, `{{Secrets.}}`, custom patterns) apply. The fences come from a CommonMark parser
// (markdown-it), so a fence in a list or a blockquote, a longer closing fence or an unclosed one
// are read as a Markdown renderer reads them.
import type MarkdownIt from 'markdown-it';
import { ParsedDocument } from './document';
import { DocumentCache } from './documentCache';

/** A fenced block as a document of its own, whose offsets are the Markdown document's minus `base`. */
export interface Fence {
  doc: ParsedDocument;
  base: number;
  /** Where the block's content ends in the Markdown document. */
  end: number;
  /** Whether the credential rules (hardcoded-secret) read it, as they read a file of its language. */
  credentials: boolean;
}

export interface MarkdownParts {
  /** The Markdown text with every analysed fence's content blanked out: the same offsets, read as text. */
  prose: ParsedDocument;
  fences: Fence[];
}

/**
 * A fence's language tag (the info string's first word) → the file extension its content is
 * analysed under. Tags not listed (`text`, `console`, `diff`, `mermaid`…) are prose, and so are
 * languages SecretRef does not parse.
 */
const FENCE_EXTENSIONS: Record<string, string> = {
  js: 'js',
  javascript: 'js',
  node: 'js',
  mjs: 'mjs',
  cjs: 'cjs',
  jsx: 'jsx',
  ts: 'ts',
  typescript: 'ts',
  mts: 'mts',
  cts: 'cts',
  tsx: 'tsx',
  json: 'json',
  json5: 'json5',
  jsonc: 'jsonc',
  yaml: 'yaml',
  yml: 'yaml',
  env: 'env',
  dotenv: 'env',
  sh: 'sh',
  bash: 'sh',
  shell: 'sh',
  zsh: 'sh',
  // Julep's Python SDK writes tasks as dicts: read for its forms (see `python.ts`).
  python: 'py',
  py: 'py',
  python3: 'py',
};

/**
 * Fence languages read for references but not for credentials: SecretRef has no credential
 * rules for Python, and read as text `self.api_key = self._get_api_key(env)` would look like an
 * assignment of one.
 */
const NO_CREDENTIAL_RULES = new Set(['py']);

/** The extension a fence with this info string is analysed as, or undefined for prose. */
export function fenceExtension(info: string): string | undefined {
  // `js title="listener.js"`, `{.yaml}`, `ts:line-numbers`: the tag is the first word.
  const tag = /^\{?\.?([A-Za-z0-9_+-]+)/.exec(info.trim())?.[1]?.toLowerCase();
  return tag === undefined ? undefined : FENCE_EXTENSIONS[tag];
}

/** The URI of a fence's document: the Markdown document's, its first line, its language's extension. */
function fenceUri(uri: string, line: number, ext: string): string {
  return `${uri}#L${line}.${ext}`;
}

const FENCE_FRAGMENT = /#L\d+\.([A-Za-z0-9]+)$/;

/**
 * The path a document's file-name rules read: its URI without query or fragment, but for a
 * fence's document the fence's extension (`guide.md` + `.sh`), so a shell fence is read as shell.
 */
export function documentPath(uri: string): string {
  const fence = FENCE_FRAGMENT.exec(uri);
  const path = uri.replace(/[?#].*$/, '');
  return fence ? `${path}.${fence[1]}` : path;
}

let parser: InstanceType<typeof MarkdownIt> | undefined;
function markdownParser(): InstanceType<typeof MarkdownIt> {
  if (!parser) {
    // Required on the first Markdown document, not imported: a process that reads none (most CLI
    // runs on a few files, a pre-commit hook) does not evaluate markdown-it and its entity tables.
    const Parser = require('markdown-it') as typeof MarkdownIt;
    parser = new Parser('commonmark');
    // Only block structure is needed: inline parsing (emphasis, links) costs most of the time.
    parser.core.ruler.disable(['inline', 'text_join'], true);
  }
  return parser;
}

const cache = new DocumentCache<MarkdownParts>();

/** The prose and the fences of a Markdown or MDX document, computed once per document version. */
export function markdownParts(doc: ParsedDocument): MarkdownParts {
  let parts = cache.get(doc);
  if (!parts) cache.set(doc, (parts = split(doc)));
  return parts;
}

function split(doc: ParsedDocument): MarkdownParts {
  const text = doc.text;
  const asText = (t: string) => new ParsedDocument({ uri: doc.uri, text: t, kind: 'text', scopes: doc.scopes });
  // A file too large or binary to parse is scanned as text, as any other such file.
  if (!doc.parseable) return { prose: asText(text), fences: [] };
  const fences: Fence[] = [];
  let prose = '';
  let proseFrom = 0;
  for (const token of markdownParser().parse(text, {})) {
    if (token.type !== 'fence' || !token.map) continue;
    const ext = fenceExtension(token.info);
    if (!ext) continue;
    const lines = token.content.split('\n');
    // Each content line ends with a break, but for the last line of a file that has none.
    if (token.content.endsWith('\n')) lines.pop();
    if (lines.length === 0) continue;
    const first = token.map[0] + 1;
    const base = doc.offsetAt({ line: first, character: 0 });
    const end = lineEnd(doc, first + lines.length - 1);
    // The raw lines, with what the parser stripped (a list item's indentation, `> ` of a
    // blockquote) turned into blanks: the content keeps its place, so offsets map one to one.
    let virtual = '';
    for (let i = 0; i < lines.length; i++) {
      const start = doc.offsetAt({ line: first + i, character: 0 });
      const stop = lineEnd(doc, first + i);
      const raw = text.slice(start, stop);
      const content = lines[i];
      virtual += raw.endsWith(content) ? ' '.repeat(raw.length - content.length) + content : ' '.repeat(raw.length);
      if (i < lines.length - 1) virtual += text.slice(stop, doc.offsetAt({ line: first + i + 1, character: 0 }));
    }
    fences.push({
      doc: new ParsedDocument({ uri: fenceUri(doc.uri, first + 1, ext), text: virtual, scopes: doc.scopes }),
      base,
      end,
      credentials: !NO_CREDENTIAL_RULES.has(ext),
    });
    prose += text.slice(proseFrom, base) + text.slice(base, end).replace(/[^\r\n]/g, ' ');
    proseFrom = end;
  }
  prose += text.slice(proseFrom);
  return { prose: fences.length === 0 ? asText(text) : asText(prose), fences };
}

/** The offset of the end of `line`'s text, before its line break. */
function lineEnd(doc: ParsedDocument, line: number): number {
  const next = doc.offsetAt({ line: line + 1, character: 0 });
  let end = next;
  if (end > 0 && doc.slice(end - 1, end) === '\n') end--;
  if (end > 0 && doc.slice(end - 1, end) === '\r') end--;
  return end;
}

/** The fence whose content holds `offset`, if any. */
export function fenceAt(parts: MarkdownParts, offset: number): Fence | undefined {
  return parts.fences.find((f) => offset >= f.base && offset <= f.end);
}
