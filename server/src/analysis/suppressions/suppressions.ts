// Inline suppressions, as ESLint's `eslint-disable-*` comments: a finding someone judged
// false is silenced where it is, in the comment syntax of the file, with the codes it
// silences (none: every code):
//   secretref-disable-next-line [code …]   the line after the comment
//   secretref-disable-line [code …]        the comment's own line
//   secretref-disable [code …] … secretref-enable [code …]   a block (to the end without enable)
// Text after ` -- ` is a reason for readers. Comments are found by the parsers the analysis
// already uses (TypeScript's scanner, the YAML CST, jsonc-parser's scanner); files without a
// parser get the comment syntax of their kind (`#` lines, `<!-- -->`). A suppression that
// silences nothing is itself reported, as a hint, so stale ones do not pile up.
import * as YAML from 'yaml';
import * as jsonc from 'jsonc-parser';
import { ts } from '../typescript';
import type { ParsedDocument } from '../document';
import type { AnalysisDiagnostic, DiagnosticCode, OffsetRange } from '../model/types';

/** How comments are written in a file, for reading them and for writing one (the quick fix). */
export type CommentSyntax = 'slash' | 'hash' | 'html' | 'none';

export interface Comment {
  /** The whole comment, delimiters included. */
  range: OffsetRange;
  /** The text between the delimiters. */
  body: string;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every code. */
  codes: string[];
  /** The comment that holds it. */
  range: OffsetRange;
}

export const UNUSED_SUPPRESSION: DiagnosticCode = 'unused-suppression';

const HASH_EXTENSIONS = /\.(env|sh|bash|zsh|py|rb|toml|ini|cfg|conf|properties|tf|hcl|r|pl)$/i;
const HASH_BASENAMES = /(^|[/\\])(\.env(\.[^/\\]*)?|Dockerfile|Makefile|Procfile|\.gitignore|\.npmrc)$/i;
const HTML_EXTENSIONS = /\.(md|markdown|mdx|html?|xml|svg|vue)$/i;

/** The comment syntax of a document: by its parser's language, else by its file name. */
export function commentSyntaxOf(doc: Pick<ParsedDocument, 'kind' | 'uri'>): CommentSyntax {
  if (doc.kind === 'javascript' || doc.kind === 'typescript' || doc.kind === 'json') return 'slash';
  if (doc.kind === 'yaml') return 'hash';
  // Markdown and MDX (whatever kind a Markdown-aware analysis gives them): HTML comments.
  const path = doc.uri.replace(/[?#].*$/, '');
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
      default: {
        const syntax = commentSyntaxOf(doc);
        return syntax === 'html' ? htmlComments(doc.text) : syntax === 'hash' ? hashComments(doc.text) : [];
      }
    }
  })();
  return all.filter((c) => c.body.includes(MARKER));
}

/** Tokens after which a `/` divides; after anything else it starts a regular expression. */
function endsOperand(k: ts.SyntaxKind): boolean {
  const K = ts.SyntaxKind;
  switch (k) {
    case K.Identifier:
    case K.PrivateIdentifier:
    case K.NumericLiteral:
    case K.BigIntLiteral:
    case K.StringLiteral:
    case K.RegularExpressionLiteral:
    case K.NoSubstitutionTemplateLiteral:
    case K.TemplateTail:
    case K.CloseParenToken:
    case K.CloseBracketToken:
    case K.CloseBraceToken:
    case K.ThisKeyword:
    case K.SuperKeyword:
    case K.TrueKeyword:
    case K.FalseKeyword:
    case K.NullKeyword:
    case K.PlusPlusToken:
    case K.MinusMinusToken:
      return true;
    default:
      return false;
  }
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
  let prev: ts.SyntaxKind = K.Unknown;
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
    if ((k === K.SlashToken || k === K.SlashEqualsToken) && !endsOperand(prev)) k = scanner.reScanSlashToken();
    else if (k === K.OpenBraceToken) braces.push(false);
    else if (k === K.TemplateHead) braces.push(true);
    else if (k === K.CloseBraceToken && braces.pop() === true) {
      k = scanner.reScanTemplateToken(false);
      if (k === K.TemplateMiddle) braces.push(true);
    }
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

/** `<!-- -->` comments of Markdown, MDX and HTML. */
function htmlComments(text: string): Comment[] {
  const out: Comment[] = [];
  for (const m of text.matchAll(/<!--([\s\S]*?)(?:-->|$(?![\s\S]))/g)) {
    out.push({ range: { start: m.index, end: m.index + m[0].length }, body: m[1] });
  }
  return out;
}

const DIRECTIVE = /^secretref-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*)$/;

/** The directive a comment holds, if any. */
export function parseDirective(c: Comment): Directive | undefined {
  // A block comment may run on with `*` at each line start (JSDoc style).
  const body = c.body.replace(/^[\s*]+/, '').replace(/[\s*]+$/, '');
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  // ` -- anything`: the reason, as in ESLint.
  const list = m[2].split(/\s--(?:\s|$)/)[0];
  const codes = list.split(/[\s,]+/).filter((s) => s !== '');
  return { kind: m[1] as DirectiveKind, codes, range: c.range };
}

export function directivesOf(doc: ParsedDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of directiveComments(doc)) {
    const d = parseDirective(c);
    if (d) out.push(d);
  }
  return out;
}

export interface SuppressionResult {
  /** What is reported: the findings no directive silences, and a hint per directive that silences nothing. */
  diagnostics: AnalysisDiagnostic[];
  /** The findings a directive silenced (the CLI counts them; SARIF lists them as suppressed). */
  suppressed: AnalysisDiagnostic[];
}

/** One silencing: which lines, which codes, and whether it has silenced anything yet. */
interface Silencer {
  directive: Directive;
  /** Offsets [start, end) of the text it covers. */
  start: number;
  end: number;
  /** Codes it names, each with whether it silenced something; empty map: every code. */
  used: Map<string, boolean>;
  usedAny: boolean;
}

/**
 * The diagnostics with those the document's directives silence taken out: the one step every
 * consumer (editor, CLI) goes through. `knownCodes` names the codes a directive may name.
 */
export function applySuppressions(
  doc: ParsedDocument,
  diagnostics: AnalysisDiagnostic[],
  knownCodes: ReadonlySet<DiagnosticCode>,
): SuppressionResult {
  const directives = directivesOf(doc);
  if (directives.length === 0) return { diagnostics, suppressed: [] };
  const silencers: Silencer[] = [];
  const make = (directive: Directive, start: number, end: number): Silencer => ({
    directive,
    start,
    end,
    used: new Map(directive.codes.map((c) => [c, false])),
    usedAny: false,
  });
  const lineOf = (offset: number): number => doc.positionAt(offset).line;
  const lineStart = (line: number): number => doc.offsetAt({ line, character: 0 });
  const open: Silencer[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      // lineStart past the last line is the end of the text: a next-line directive on the last line covers nothing.
      const line = d.kind === 'disable-line' ? lineOf(d.range.start) : lineOf(d.range.end) + 1;
      silencers.push(make(d, lineStart(line), lineStart(line + 1)));
    } else if (d.kind === 'disable') {
      const s = make(d, d.range.end, doc.length);
      silencers.push(s);
      open.push(s);
    } else {
      // enable: closes every open block (bare), or the named codes of the open blocks.
      for (let i = open.length - 1; i >= 0; i--) {
        const s = open[i];
        const named = s.directive.codes;
        if (d.codes.length === 0 || (named.length > 0 && named.every((c) => d.codes.includes(c)))) {
          s.end = d.range.start;
          open.splice(i, 1);
        }
      }
    }
  }

  const kept: AnalysisDiagnostic[] = [];
  const suppressed: AnalysisDiagnostic[] = [];
  for (const diag of diagnostics) {
    let silenced = false;
    const at = diag.range.start;
    for (const s of silencers) {
      if (at < s.start || at >= s.end) continue;
      if (s.used.size === 0) {
        s.usedAny = true;
        silenced = true;
      } else if (s.used.has(diag.code)) {
        s.used.set(diag.code, true);
        s.usedAny = true;
        silenced = true;
      }
    }
    (silenced ? suppressed : kept).push(diag);
  }
  for (const s of silencers) {
    const hint = unusedHint(s, knownCodes);
    if (hint) kept.push(hint);
  }
  kept.sort((a, b) => a.range.start - b.range.start);
  return { diagnostics: kept, suppressed };
}

function unusedHint(s: Silencer, knownCodes: ReadonlySet<DiagnosticCode>): AnalysisDiagnostic | undefined {
  const what = `secretref-${s.directive.kind}`;
  const base = { code: UNUSED_SUPPRESSION, severity: 'hint' as const, range: s.directive.range, unnecessary: true };
  if (s.used.size === 0) {
    return s.usedAny ? undefined : { ...base, message: `'${what}' silences nothing here: remove it`, data: { codes: [] } };
  }
  const unused = [...s.used].filter(([, used]) => !used).map(([c]) => c);
  if (unused.length === 0) return undefined;
  const unknown = unused.filter((c) => !(knownCodes as ReadonlySet<string>).has(c));
  if (unknown.length > 0) {
    return {
      ...base,
      message: `'${unknown[0]}' in '${what}' is not a SecretRef diagnostic code: use one of the codes the diagnostics show, e.g. 'hardcoded-secret'`,
      data: { codes: unused },
    };
  }
  const list = unused.map((c) => `'${c}'`).join(', ');
  return {
    ...base,
    message: `${list} in '${what}' silences nothing here: remove ${unused.length === 1 ? 'it' : 'them'}`,
    data: { codes: unused },
  };
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
    default:
      return undefined;
  }
}
