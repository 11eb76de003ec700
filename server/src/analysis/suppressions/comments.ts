// The comments of a document that may hold a `secretref-` directive, found in the comment
// syntax of its kind: by the parsers the analysis already uses (TypeScript's scanner, the YAML
// CST, jsonc-parser's scanner, micromark's MDX expressions), and for files without a parser by
// their kind's syntax (`#` lines, `<!-- -->`). Also the other way: a directive written as a
// comment (the quick fix).
// What a directive silences is suppressions.ts.
import * as YAML from 'yaml';
import * as jsonc from 'jsonc-parser';
import type * as Micromark from 'micromark';
import type * as MdxExpression from 'micromark-extension-mdx-expression';
import type * as MdxMd from 'micromark-extension-mdx-md';
import { ts } from '../typescript';
import { operandEnds } from '../js/tokens';
import type { ParsedDocument } from '../document';
import { documentPath, markdownParts } from '../markdown';
import { pythonFacts } from '../python';
import type { OffsetRange } from '../model/types';

/**
 * How comments are written in a file, for reading them and for writing one (the quick fix).
 * `mdx`: MDX 2+ prose, which rejects HTML comments; its comments are JavaScript comments in an
 * expression, `{/* … *\/}`.
 */
export type CommentSyntax = 'slash' | 'hash' | 'html' | 'mdx' | 'none';

export interface Comment {
  /** The whole comment, delimiters included. */
  range: OffsetRange;
  /** The text between the delimiters. */
  body: string;
}

const HASH_EXTENSIONS = /\.(env|sh|bash|zsh|py|rb|toml|ini|cfg|conf|properties|tf|hcl|r|pl)$/i;
const HASH_BASENAMES = /(^|[/\\])(\.env(\.[^/\\]*)?|Dockerfile|Makefile|Procfile|\.gitignore|\.npmrc)$/i;
const HTML_EXTENSIONS = /\.(md|markdown|mdx|html?|xml|svg|vue)$/i;
const MDX_EXTENSION = /\.mdx$/i;

/** Whether the document is MDX: by the editor's language id (an untitled buffer has no name), else by its file name. */
function isMdx(doc: Pick<ParsedDocument, 'uri' | 'languageId'>): boolean {
  return doc.languageId === 'mdx' || MDX_EXTENSION.test(documentPath(doc.uri));
}

/** The comment syntax of a document: by its parser's language, else by its language id or file name. */
export function commentSyntaxOf(doc: Pick<ParsedDocument, 'kind' | 'uri' | 'languageId'>): CommentSyntax {
  if (doc.kind === 'javascript' || doc.kind === 'typescript' || doc.kind === 'json') return 'slash';
  if (doc.kind === 'yaml') return 'hash';
  // Markdown (whatever kind a Markdown-aware analysis gives it): HTML comments; MDX: `{/* */}`.
  if (isMdx(doc)) return 'mdx';
  const path = documentPath(doc.uri);
  if (HTML_EXTENSIONS.test(path) || String(doc.kind) === 'markdown') return 'html';
  if (HASH_EXTENSIONS.test(path) || HASH_BASENAMES.test(path)) return 'hash';
  return 'none';
}

const MARKER = 'secretref-';

/** Every comment of the document that may hold a directive (those that mention `secretref-`). */
export function directiveComments(doc: ParsedDocument): Comment[] {
  if (!doc.has(MARKER)) return [];
  const all = (() => {
    switch (doc.kind) {
      case 'javascript':
      case 'typescript':
        return tsComments(doc);
      case 'json':
        return jsonComments(doc.text);
      case 'yaml':
        return yamlComments(doc.text);
      case 'markdown':
        return markdownComments(doc);
      default: {
        // Python's comments from its parser: a `#` in a string is not one.
        const py = pythonFacts(doc);
        if (py) return py.comments;
        const syntax = commentSyntaxOf(doc);
        return syntax === 'html' ? htmlComments(doc.text) : syntax === 'hash' ? hashComments(doc.text) : [];
      }
    }
  })();
  return all.filter((c) => c.body.includes(MARKER));
}

/**
 * Comments in JS/TS, read by TypeScript's scanner over the text, with the two rescans its own
 * classifier makes (a `/` that starts a regular expression, a `}` that continues a template)
 * so that `//` inside either is not taken for a comment. The scanner rather than the syntax
 * tree: after a keystroke the incremental analysis must not parse a large file again.
 */
function tsComments(doc: ParsedDocument): Comment[] {
  return scriptComments(doc.text, /\.[jt]sx$/i.test(doc.uri.replace(/[?#].*$/, '')), MARKER);
}

/** The comments of a JS/TS text that contain `mustInclude` (every comment: ''). */
export function scriptComments(text: string, jsx: boolean, mustInclude: string): Comment[] {
  const K = ts.SyntaxKind;
  const variant = jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, variant, text);
  const out: Comment[] = [];
  /** Open `{` and `${`, innermost last: true for a template's. */
  const braces: boolean[] = [];
  let prev: ts.SyntaxKind = K.Unknown,
    prev2: ts.SyntaxKind = K.Unknown;
  for (let k = scanner.scan(); k !== K.EndOfFileToken; k = scanner.scan()) {
    if (k === K.SingleLineCommentTrivia || k === K.MultiLineCommentTrivia) {
      const s = scanner.getTokenStart();
      const raw = text.slice(s, scanner.getTokenEnd());
      if (raw.includes(mustInclude))
        out.push({
          range: { start: s, end: s + raw.length },
          body: k === K.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined),
        });
      continue;
    }
    if (k === K.WhitespaceTrivia || k === K.NewLineTrivia || k === K.ShebangTrivia || k === K.ConflictMarkerTrivia) continue;
    if ((k === K.SlashToken || k === K.SlashEqualsToken) && !operandEnds(prev, prev2)) k = scanner.reScanSlashToken();
    else if (k === K.OpenBraceToken) braces.push(false);
    else if (k === K.TemplateHead) braces.push(true);
    else if (k === K.CloseBraceToken && braces.pop() === true) {
      k = scanner.reScanTemplateToken(false);
      if (k === K.TemplateMiddle) braces.push(true);
    }
    prev2 = prev;
    prev = k;
  }
  return out;
}

function jsonComments(text: string): Comment[] {
  const scanner = jsonc.createScanner(text, false);
  const out: Comment[] = [];
  for (let k = scanner.scan(); k !== jsonc.SyntaxKind.EOF; k = scanner.scan()) {
    if (k !== jsonc.SyntaxKind.LineCommentTrivia && k !== jsonc.SyntaxKind.BlockCommentTrivia) continue;
    const s = scanner.getTokenOffset();
    const raw = text.slice(s, s + scanner.getTokenLength());
    out.push({
      range: { start: s, end: s + raw.length },
      body: k === jsonc.SyntaxKind.LineCommentTrivia ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined),
    });
  }
  return out;
}

/** Comments in YAML: the `comment` tokens of the concrete syntax tree (never `#` inside a scalar). */
function yamlComments(text: string): Comment[] {
  const out: Comment[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const t = v as { type?: unknown; offset?: unknown; source?: unknown };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      out.push({ range: { start: t.offset, end: t.offset + t.source.length }, body: t.source.slice(1) });
      return;
    }
    for (const x of Object.values(v)) if (typeof x === 'object') walk(x);
  };
  try {
    for (const token of new YAML.Parser().parse(text)) walk(token);
  } catch {
    return [];
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** `#` comments of shell-like files (.env, Dockerfile, …): a `#` that starts a line or follows a blank. */
function hashComments(text: string): Comment[] {
  const out: Comment[] = [];
  for (const m of text.matchAll(/(^|[ \t])#([^\r\n]*)/gm)) {
    const start = m.index + m[1].length;
    out.push({ range: { start, end: start + 1 + m[2].length }, body: m[2] });
  }
  return out;
}

/**
 * Comments of Markdown and MDX: `<!-- -->` in the prose (MDX 1 allowed them, and the quick fix
 * wrote them before it knew MDX), `{/* *\/}` in MDX prose, and in each analysed fence the
 * comments of its language (`//` in a JS fence, `#` in a YAML or shell one), at their place in the
 * document.
 */
function markdownComments(doc: ParsedDocument): Comment[] {
  const { prose, fences } = markdownParts(doc);
  const out = htmlComments(prose.text);
  if (isMdx(doc)) out.push(...mdxComments(prose.text));
  for (const f of fences) {
    for (const c of directiveComments(f.doc)) out.push({ ...c, range: { start: c.range.start + f.base, end: c.range.end + f.base } });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** `<!-- -->` comments of Markdown, MDX and HTML. */
function htmlComments(text: string): Comment[] {
  const out: Comment[] = [];
  for (const m of text.matchAll(/<!--([\s\S]*?)(?:-->|$(?![\s\S]))/g)) {
    out.push({ range: { start: m.index, end: m.index + m[0].length }, body: m[1] });
  }
  return out;
}

/** An expression that holds a JavaScript comment: the cheap test before MDX is parsed. */
const MDX_COMMENT_START = /\{\s*\/[*/]/;

/**
 * The comments in the expressions of MDX prose (`{/* secretref-disable-line *\/}`), read by
 * micromark with MDX's expression syntax and MDX's own changes to Markdown (no indented code, no
 * HTML), so a `{/* *\/}` in a code span is text, as MDX reads it. An expression that holds
 * nothing but the comment is the comment, braces included, so removing it leaves no `{}`.
 */
function mdxComments(text: string): Comment[] {
  if (!MDX_COMMENT_START.test(text)) return [];
  const all = expressionComments(text, 0);
  if (all) return all;
  // A text MDX cannot compile (an unclosed `{`, as while one is typed): each run of non-blank
  // lines on its own, so one broken paragraph does not hide the directives of the others.
  const out: Comment[] = [];
  for (const block of text.matchAll(/[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g)) {
    if (MDX_COMMENT_START.test(block[0])) out.push(...(expressionComments(block[0], block.index) ?? []));
  }
  return out;
}

/** The comments of `text`'s MDX expressions at their offsets plus `base`; undefined when MDX cannot read it. */
function expressionComments(text: string, base: number): Comment[] | undefined {
  // Required on the first MDX comment, not imported: most processes never read MDX, and
  // evaluating micromark and its extensions cost each start of the CLI or the server.
  const { parse: parseMarkdown, postprocess, preprocess } = require('micromark') as typeof Micromark;
  const { mdxExpression } = require('micromark-extension-mdx-expression') as typeof MdxExpression;
  const { mdxMd } = require('micromark-extension-mdx-md') as typeof MdxMd;
  let events: ReturnType<typeof postprocess>;
  try {
    events = postprocess(
      parseMarkdown({ extensions: [mdxExpression(), mdxMd()] })
        .document()
        .write(preprocess()(text, undefined, true)),
    );
  } catch {
    return undefined;
  }
  const out: Comment[] = [];
  for (const [phase, token] of events) {
    if (phase !== 'enter' || (token.type !== 'mdxFlowExpression' && token.type !== 'mdxTextExpression')) continue;
    const start = token.start.offset;
    const end = token.end.offset;
    const inner = text.slice(start + 1, end - 1);
    const comments = scriptComments(inner, true, MARKER);
    const whole =
      comments.length === 1 && inner.slice(0, comments[0].range.start).trim() === '' && inner.slice(comments[0].range.end).trim() === '';
    for (const c of comments) {
      const range = whole ? { start, end } : { start: c.range.start + start + 1, end: c.range.end + start + 1 };
      out.push({ range: { start: range.start + base, end: range.end + base }, body: c.body });
    }
  }
  return out;
}

/**
 * The comment text that silences `codes` on a line, in the file's syntax, or undefined when
 * the file has no comments. `ownLine`: a comment line above (disable-next-line) rather than
 * one at the end of the line (disable-line).
 */
export function suppressionComment(syntax: CommentSyntax, kind: 'disable-next-line' | 'disable-line', codes: string[]): string | undefined {
  const directive = `secretref-${kind}${codes.length > 0 ? ' ' + codes.join(' ') : ''}`;
  switch (syntax) {
    case 'slash':
      return `// ${directive}`;
    case 'hash':
      return `# ${directive}`;
    case 'html':
      return `<!-- ${directive} -->`;
    case 'mdx':
      return `{/* ${directive} */}`;
    default:
      return undefined;
  }
}
