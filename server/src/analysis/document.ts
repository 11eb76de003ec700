// A document as the analysis sees it: its text, its language, and parse trees
// built lazily and at most once, so each dialect and rule shares them.
import { ts } from './typescript';
import * as YAML from 'yaml';
import * as jsonc from 'jsonc-parser';
import { KeywordPass, plainMatch, type KeywordFound } from './keywords';
import { SCOPE_KEY_SHAPE, ScopeIndex } from './scopeIndex';
import type { TextChange } from './text/textChange';
import { editedSource, ownCopy, stringSource, type TextProbe, type TextSource } from './text/textSource';
import { lineEndAt, lineStartAt, OldToNew, touchedLines, type Region } from './text/touchedLines';
import { chainAfter, longestLine, MAX_PARSE_CHAIN, MAX_PARSE_LINE, MAX_PARSE_NESTING, maxChain, nestingBound } from './text/parseLimits';
import type { OffsetRange } from './model/types';

/** 'markdown' covers MDX too: its fences and prose are analysed as documents of their own (see `markdown.ts`). */
export type LanguageKind = 'javascript' | 'typescript' | 'json' | 'yaml' | 'markdown' | 'text';

export interface DocumentInput {
  uri: string;
  text: string;
  /** VS Code language id if known; otherwise derived from the uri's extension. */
  languageId?: string;
  /** False when no one will ask which app and environment a reference runs in (see `scopeIndex`). */
  scopes?: boolean;
  /** Overrides the language id and the extension: the prose of a Markdown document is read as text. */
  kind?: LanguageKind;
  /** The keyword pass already run over the text's bytes as read from disk (see `keywords`). */
  keywords?: KeywordFound;
}

const EXTENSION_LANGUAGE: Record<string, LanguageKind> = {
  js: 'javascript',
  cjs: 'javascript',
  mjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  cts: 'typescript',
  mts: 'typescript',
  tsx: 'typescript',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
};

const LANGUAGE_ID_KIND: Record<string, LanguageKind> = {
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'typescript',
  json: 'json',
  jsonc: 'json',
  yaml: 'yaml',
  markdown: 'markdown',
  mdx: 'markdown',
};

export function languageKindOf(uri: string, languageId?: string): LanguageKind {
  if (languageId && LANGUAGE_ID_KIND[languageId]) return LANGUAGE_ID_KIND[languageId];
  const m = /\.([A-Za-z0-9]+)$/.exec(uri);
  return (m && EXTENSION_LANGUAGE[m[1].toLowerCase()]) || 'text';
}

/** A document whose text is read in parts until an analysis needs all of it (an open editor buffer). */
export type DocumentSourceInput = Omit<DocumentInput, 'text'> & { source: TextSource };

/** The previous version of a document and the edits that made this one (see `ParsedDocument`). */
export interface PriorVersion {
  doc: ParsedDocument;
  edits: readonly TextChange[];
}

/** Answers of `has` a document keeps (see `hints`). */
const MAX_HINTS = 256;

export class ParsedDocument implements TextSource, TextProbe {
  readonly uri: string;
  private readonly source: TextSource;
  private _text?: string;
  readonly kind: LanguageKind;
  /** The editor's language id, when the document came from one: an untitled buffer has no file name to tell MDX by. */
  readonly languageId?: string;
  /** Whether references get an app and environment from the code around them. */
  readonly scopes: boolean;
  private _ts?: ts.SourceFile | null;
  private _yaml?: YAML.Document.Parsed[] | null;
  private _json?: jsonc.Node | null;
  /** Typed, so a copy per version (see `carryFrom`) is one block the garbage collector need not walk. */
  private _lineStarts?: Int32Array;

  private _scope?: ScopeIndex | null;
  /** The previous version's scope index and the edits since, until this version's is asked for. */
  private prior?: { scope: ScopeIndex; source: TextSource; edits: readonly TextChange[] };

  /**
   * `prior`: the editor's previous version of this document and the edits between, so that a
   * keystroke inside a string need not re-parse a large file to know each reference's scope.
   */
  constructor(
    input: DocumentInput | DocumentSourceInput,
    private readonly maxParseBytes = 2_000_000,
    prior?: PriorVersion,
  ) {
    this.uri = input.uri;
    this.found = input.keywords;
    if ('source' in input) this.source = input.source;
    else {
      this._text = input.text;
      this.source = stringSource(input.text);
    }
    if (prior && prior.doc.hints.size > 0 && prior.edits.length <= MAX_PENDING_EDITS) this.carryHints(prior);
    this.kind = input.kind ?? languageKindOf(input.uri, input.languageId);
    this.languageId = input.languageId;
    this.scopes = input.scopes ?? true;
    if (prior && prior.doc.kind === this.kind) {
      this.carryFrom(prior);
      const scope = prior.doc._scope;
      if (scope) this.prior = { scope, source: prior.doc, edits: prior.edits };
      // The previous version was never asked for its scope (a completion with nothing to offer):
      // carry its own pending edits forward, as long as the chain stays short.
      else if (prior.doc.prior && prior.doc.prior.edits.length + prior.edits.length <= MAX_PENDING_EDITS) {
        this.prior = { ...prior.doc.prior, edits: [...prior.doc.prior.edits, ...prior.edits] };
      }
    }
  }

  /** The whole text. Built on first use when the document was made from a `TextSource`. */
  get text(): string {
    if (this._text === undefined) this._text = this.source.full();
    return this._text;
  }

  get length(): number {
    return this.source.length;
  }

  /** Part of the text, without building the whole of it. */
  slice(start: number, end: number): string {
    return this._text !== undefined ? this._text.slice(start, end) : this.source.slice(start, end);
  }

  full(): string {
    return this.text;
  }

  /**
   * The text of a run of whole lines, as a string of its own, for results that are carried to
   * later versions (see `incremental.ts`): a plain slice would keep this version's whole text
   * alive for as long as anything read from it is.
   */
  lines(start: number, end: number): string {
    return ownCopy(this.slice(start, end));
  }

  /**
   * Answers of `has`, by pattern: where one match is, or null for none. Keyed by the pattern
   * itself (a string by value, a RegExp by identity; the askers' patterns are module constants):
   * a key built per call (`s…`, `r<flags>/<source>`) cost a new string and its hash ~10 times a
   * file, about 40 ms of the monorepo's 4,200 files.
   */
  private readonly hints = new Map<string | RegExp, { pattern: string | RegExp; hit: OffsetRange | null }>();

  /** The analysis modules' caches of this version (see `DocumentCache`); a new version starts empty. */
  readonly caches = new Map<object, unknown>();

  has(pattern: string | RegExp): boolean {
    let entry = this.hints.get(pattern);
    if (!entry) {
      // A RegExp built per call would add an answer each time, carried to every later version
      // (and searched again there): the askers' dozen constants never come near this bound.
      if (this.hints.size >= MAX_HINTS) this.hints.clear();
      // A fresh document answers from the one pass of `keywords`; one that carried its answers
      // from the previous version searches for what it was never asked before on its own.
      const hit = this._keywords || this.hints.size === 0 ? this.keywords.firstMatch(pattern) : plainMatch(this.text, pattern);
      this.hints.set(pattern, (entry = { pattern, hit }));
    }
    return entry.hit !== null;
  }

  private _keywords?: KeywordPass;
  private readonly found?: KeywordFound;

  /** Every prefilter literal and credential keyword of the text, found in one pass (see `keywords.ts`). */
  get keywords(): KeywordPass {
    return (this._keywords ??= this.found ? new KeywordPass(() => this.text, this.found) : new KeywordPass(this.text));
  }

  /**
   * The previous version's answers, where the edits cannot have changed them: a match outside
   * the touched lines is still there; where there was none, only the touched lines (and the
   * blank lines a pattern may reach across) need searching. Else the answer is left to `has`.
   */
  private carryHints(prior: PriorVersion): void {
    const regions = touchedLines(this, prior.edits);
    if (!regions) return;
    const where = new OldToNew(regions);
    let windows: Array<{ base: number; text: string }> | undefined;
    for (const [key, { pattern, hit }] of prior.doc.hints) {
      if (hit) {
        // Its neighbours too: a `\b` at either end looks at them.
        const shift = where.shiftOf({ start: hit.start - 1, end: hit.end + 1 });
        if (shift !== undefined) this.hints.set(key, { pattern, hit: { start: hit.start + shift, end: hit.end + shift } });
        continue;
      }
      windows ??= regions.map((g) => {
        const [start, end] = reachOf(this, g);
        return { base: start, text: this.slice(start, end) };
      });
      let found: OffsetRange | null = null;
      for (const w of windows) {
        const m = plainMatch(w.text, pattern);
        if (m) {
          found = { start: m.start + w.base, end: m.end + w.base };
          break;
        }
      }
      this.hints.set(key, { pattern, hit: found });
    }
  }

  /**
   * Line starts and the parse guard of the previous version stay valid, shifted, when no edit
   * adds or removes a line break or a bracket: recomputing them scans the whole text.
   */
  private carryFrom(prior: PriorVersion): void {
    const before = prior.doc;
    if (before.length > this.maxParseBytes || prior.edits.length > MAX_PENDING_EDITS) return;
    let text: TextSource = before;
    let inserted = 0,
      removed = 0;
    for (const e of prior.edits) {
      if (e.start < 0 || e.end < e.start || e.end > text.length) return;
      if (STRUCTURAL.test(e.text) || STRUCTURAL.test(text.slice(e.start, e.end))) return;
      inserted += e.text.length;
      // For the operator chain a removed `)` or `;` can deepen it too.
      removed += e.end - e.start;
      if (prior.edits.length > 1) text = editedSource(text, e);
    }
    if (before._lineStarts) {
      const starts = before._lineStarts.slice();
      for (const e of prior.edits) {
        const delta = e.text.length - (e.end - e.start);
        if (delta === 0) continue;
        // No line break was removed, so no line starts inside the edit: shift those after it.
        for (let i = firstAfter(starts, e.start); i < starts.length; i++) starts[i] += delta;
      }
      this._lineStarts = starts;
    }
    // A line may have grown by what was typed: parseable still if even then it is short enough.
    // Blanks typed at a line start count as indentation in the nesting estimate: bound it too.
    if (
      before._parseable === true &&
      before._longestLine !== undefined &&
      before._nesting !== undefined &&
      before._longestLine + inserted <= MAX_PARSE_LINE &&
      before._nesting + inserted <= MAX_PARSE_NESTING &&
      this.length <= this.maxParseBytes &&
      !this.binary &&
      (before._chain === undefined || chainAfter(before._chain, prior.edits.length, inserted + removed) <= MAX_PARSE_CHAIN)
    ) {
      this._parseable = true;
      this._longestLine = before._longestLine + inserted;
      this._nesting = before._nesting + inserted;
      if (before._chain !== undefined) this._chain = chainAfter(before._chain, prior.edits.length, inserted + removed);
    }
  }

  /**
   * The objects saying which app and environment code runs in (JS and TS only; JSON and YAML
   * are cheap enough to walk per question). Shifted from the previous version when the edits
   * allow it, else read from the syntax tree.
   */
  get scopeIndex(): ScopeIndex | undefined {
    if (this._scope === undefined) {
      if ((this.kind !== 'javascript' && this.kind !== 'typescript') || !this.parseable) this._scope = null;
      else {
        const prior = this.prior;
        this.prior = undefined;
        // No scope key in the text: no tree is parsed or walked for scopes. The same answer as the
        // previous version's keyless index keeps its origin, so what was carried stays carried.
        if (!this.has(SCOPE_KEY_SHAPE)) {
          this._scope = prior?.scope.keyless ? prior.scope : ScopeIndex.keyless();
          return this._scope;
        }
        const shifted = prior?.scope.afterEdits(prior.source, prior.edits);
        if (shifted && this._ts === undefined) this._scope = shifted;
        else {
          const sf = this.tsSource;
          this._scope = sf ? ScopeIndex.fromSource(sf, this.text) : ScopeIndex.empty();
        }
      }
    }
    return this._scope ?? undefined;
  }

  /**
   * Whether every place outside the edits since `before` has the same app and environment as
   * it had there: the scope index was shifted all the way from `before`'s, never read anew.
   * False when `before` never computed its index (computing it now would parse it).
   */
  scopesCarriedFrom(before: ParsedDocument): boolean {
    const mine = this.scopeIndex;
    return !!mine && !!before._scope && mine.origin === before._scope.origin;
  }

  /** Whether the file is small and textual enough to be parsed (large, minified or binary files are scanned as text only). */
  get parseable(): boolean {
    if (this._parseable === undefined) this._parseable = this.computeParseable();
    return this._parseable;
  }

  private _parseable?: boolean;

  /** Why a JS, TS, JSON or YAML document is scanned as text only (undefined when it is parsed), in plain words. */
  get textOnlyReason(): string | undefined {
    if (this.kind === 'text' || this.parseable) return undefined;
    if (this.length > this.maxParseBytes) return `it is larger than ${this.maxParseBytes} characters`;
    if (this.binary) return 'it looks binary';
    if ((this._longestLine ?? 0) > MAX_PARSE_LINE) return `a line is longer than ${MAX_PARSE_LINE} characters (minified code)`;
    if ((this._nesting ?? 0) > MAX_PARSE_NESTING) return `it nests deeper than ${MAX_PARSE_NESTING} levels`;
    return `an expression chains more than ${MAX_PARSE_CHAIN} operators or parentheses`;
  }
  /**
   * Upper bounds of the longest line (exact unless carried from a previous version) and the nesting
   * (`nestingBound`'s cheap bound when that is within the limit, else exact `maxNesting`).
   */
  private _longestLine?: number;
  private _nesting?: number;
  /** Upper bound of the longest operator chain (JS and TS only; see `maxChain`). */
  private _chain?: number;

  /** Binary content (a NUL in the first few KB): not parsed, and not searched for references. */
  get binary(): boolean {
    if (this._binary === undefined) this._binary = this.slice(0, 8192).includes('\u0000');
    return this._binary;
  }

  private _binary?: boolean;

  private computeParseable(): boolean {
    if (this.length > this.maxParseBytes) return false;
    if (this.binary) return false;
    // Minified bundles: parsing costs seconds and their scope (app:/env:) is meaningless.
    this._longestLine = longestLine(this.text);
    if (this._longestLine > MAX_PARSE_LINE) return false;
    // The parsers recurse per nesting level: the TypeScript parser overflows the stack near 700
    // levels and YAML slows to seconds. Deeper files are scanned as text only.
    this._nesting = nestingBound(this.text, this._longestLine);
    if (this._nesting > MAX_PARSE_NESTING) return false;
    // Chains without brackets nest too: `!!!…x`, `a.b.c…`, `a + a + …`, `x => x => …`, `a ? b : …`
    // and `((…))` are one tree level per operator, and the parser and the walkers recurse per level.
    if (this.kind === 'javascript' || this.kind === 'typescript') {
      this._chain = maxChain(this.text);
      if (this._chain > MAX_PARSE_CHAIN) return false;
    }
    return true;
  }

  /** The TypeScript syntax tree (error-tolerant: half-typed code still yields a tree). */
  get tsSource(): ts.SourceFile | undefined {
    if (this._ts === undefined) {
      if ((this.kind !== 'javascript' && this.kind !== 'typescript') || !this.parseable) this._ts = null;
      else {
        const scriptKind =
          this.kind === 'typescript'
            ? /\.tsx$/i.test(this.uri)
              ? ts.ScriptKind.TSX
              : ts.ScriptKind.TS
            : /\.jsx$/i.test(this.uri)
              ? ts.ScriptKind.JSX
              : ts.ScriptKind.JS;
        try {
          // JSDoc comments are not read by any analysis: skipping them makes commented bundles parse faster.
          const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
          // No parent pointers: setting them is a fifth of the parse. No analysis may read
          // `node.parent` (nor `getText()` or `getStart()` without the source file, which need
          // them); every test of the analysis runs on such trees.
          this._ts = ts.createSourceFile(this.uri, this.text, options, false, scriptKind);
        } catch {
          this._ts = null;
        }
      }
    }
    return this._ts ?? undefined;
  }

  /** YAML documents with node ranges (offsets into the text). Invalid YAML still yields what could be read. */
  get yamlDocs(): YAML.Document.Parsed[] | undefined {
    if (this._yaml === undefined) {
      if (this.kind !== 'yaml' || !this.parseable) this._yaml = null;
      else {
        try {
          this._yaml = YAML.parseAllDocuments(this.text, { keepSourceTokens: false, uniqueKeys: false });
          if (!Array.isArray(this._yaml)) this._yaml = [this._yaml];
        } catch {
          this._yaml = null;
        }
      }
    }
    return this._yaml ?? undefined;
  }

  /** The JSON tree (jsonc-parser is error-tolerant and keeps offsets). */
  get jsonTree(): jsonc.Node | undefined {
    if (this._json === undefined) {
      if (this.kind !== 'json' || !this.parseable) this._json = null;
      else {
        try {
          this._json = jsonc.parseTree(this.text, [], { allowTrailingComma: true, disallowComments: false }) ?? null;
        } catch {
          this._json = null;
        }
      }
    }
    return this._json ?? undefined;
  }

  /** Zero-based line and character of an offset. */
  positionAt(offset: number): { line: number; character: number } {
    const starts = this.lineStarts;
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  /** Clamped to the text, as the LSP specification asks of positions past a line or the document. */
  offsetAt(pos: { line: number; character: number }): number {
    const starts = this.lineStarts;
    if (pos.line >= starts.length) return this.length;
    if (!(pos.line >= 0)) return 0;
    const lineStart = starts[Math.floor(pos.line)];
    return Math.min(lineStart + Math.max(Math.floor(pos.character) || 0, 0), this.length);
  }

  private get lineStarts(): Int32Array {
    if (!this._lineStarts) {
      const s = [0];
      const t = this.text;
      if (t.indexOf('\r') === -1) {
        // Most files: `\n` only, found by indexOf's vectorised search instead of a loop over
        // every character (94 ms of the monorepo's cold index, most of it this loop).
        for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) s.push(i + 1);
      } else {
        for (let i = 0; i < t.length; i++) {
          const c = t.charCodeAt(i);
          if (c === 10) s.push(i + 1);
          else if (c === 13) {
            if (t.charCodeAt(i + 1) === 10) i++;
            s.push(i + 1);
          }
        }
      }
      this._lineStarts = Int32Array.from(s);
    }
    return this._lineStarts;
  }
}

/**
 * The touched lines and the lines a pattern may reach into from them: the line before and after,
 * and past blank lines (a `\s*` crosses those) to the next line with text.
 */
function reachOf(text: TextSource, g: Region): [number, number] {
  // Each step must move: a region that is not a pair of offsets in the text (NaN from a bad
  // edit) would otherwise never reach either end and spin forever.
  const length = text.length;
  let start = Math.min(Math.max(g.start, 0), length);
  let end = Math.min(Math.max(g.end, start), length);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [0, length];
  for (;;) {
    if (start <= 0) break;
    const prev = lineStartAt(text, start - 1);
    if (!(prev < start)) break;
    const blank = text.slice(prev, start).trim() === '';
    start = prev;
    if (!blank) break;
  }
  for (;;) {
    if (end >= length) break;
    const next = lineEndAt(text, end + 1);
    if (!(next > end)) break;
    const blank = text.slice(end, next).trim() === '';
    end = next;
    if (!blank) break;
  }
  return [start, end];
}

/** What an edit must not add or remove for line starts and nesting to carry over. */
const STRUCTURAL = /[\r\n{}[\]]/;

/** The index of the first value greater than `offset` in an ascending array. */
function firstAfter(sorted: ArrayLike<number>, offset: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edits carried across versions that nobody analysed; past this, parsing again is cheaper. */
const MAX_PENDING_EDITS = 256;
