// The scope-bearing objects of a JS/TS file, read from its syntax tree once, and carried across
// edits that cannot change them.
//
// Finding a reference's app and environment walks the tree from the file down to the reference.
// Done per reference, and re-parsing a large file on every keystroke to do it, costs more than the
// rest of the analysis together (docs/benchmarks.md). The index keeps only what the answer depends
// on: the object literals that say `app:` / `env:` (and the calls passing them), nested as in the
// tree. An edit that only types inside a string literal, or only adds or removes blanks between
// tokens, leaves every object where it was: the index is shifted instead of the file re-parsed.
// Anything else (a bracket, a quote, a newline, a scope key's property, a word that becomes one)
// falls back to the parser.
import { ts } from './typescript';
import { charAt, editedSource, stringSource, type TextSource } from './text/textSource';
import type { TextChange } from './text/textChange';
import { guardedStart } from './keywords';

/** The key → string value pairs of one enclosing object. */
export type Properties = Map<string, string>;

/** Keys naming the app, in priority order when one object has several. */
export const APP_KEYS = ['app', 'access_tag'] as const;
/** Keys naming the environment, in priority order when one object has several. */
export const ENV_KEYS = ['env', 'product_env_slug', 'app_env_slug'] as const;
export const SCOPE_KEYS: ReadonlySet<string> = new Set<string>([...APP_KEYS, ...ENV_KEYS]);

/** Half-open offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Regions found in the tree, in document order (a parent before its children). */
interface Region extends Span {
  /** The objects this node contributes, in the order the chain lists them. */
  props: Properties[];
}

const WORD = /[A-Za-z0-9_$]/;
/** What a neutral edit may insert or remove: word characters inside a string, blanks between tokens. */
const WORD_TEXT = /^[A-Za-z0-9_]*$/;
const BLANK_TEXT = /^[ \t]*$/;
/** A cheap test before walking a whole tree: no scope key anywhere means no region. */
const ANY_SCOPE_KEY = /\b(?:app|access_tag|env|product_env_slug|app_env_slug)\b/;

/**
 * A scope key written as a key: the word, an optional closing quote, then `:` (or a comment
 * before it). Without one, no object in the file names an app or an environment in any of the
 * languages (JS/TS, JSON, YAML), so nothing needs parsing or walking to answer "which scope".
 * The bare word is not enough: every integration reads `process.env`.
 */
export const SCOPE_KEY_SHAPE = guardedStart(
  /\b(?:app|access_tag|env|product_env_slug|app_env_slug)["'`]?\s*(?::|\/[*/])/,
  'app',
  'env',
  'access_tag',
  'product_env_slug',
);

// Offsets live in typed arrays: an edit shifts a few thousand numbers without allocating an
// object for each (garbage collection was the largest cost of a keystroke in a large file).
export class ScopeIndex {
  private constructor(
    /** Regions in document order: start, end, enclosing region (-1 at the top) and properties. */
    private readonly regionStart: Int32Array,
    private readonly regionEnd: Int32Array,
    private readonly regionParent: Int32Array,
    private readonly regionProps: readonly Properties[][],
    /** String literal contents, sorted: where typing a word cannot change the tree's shape. */
    private readonly stringStart: Int32Array,
    private readonly stringEnd: Int32Array,
    /** Properties with a scope key: an edit touching one changes an answer. */
    private readonly sensitiveStart: Int32Array,
    private readonly sensitiveEnd: Int32Array,
    /**
     * The parse this index was read from; indexes shifted from it keep it. Two versions with
     * the same origin give every place outside the edits between them the same answers.
     */
    readonly origin: number = ++parses,
    /**
     * Made without a tree, because the text holds no scope key (`SCOPE_KEY_SHAPE`). Never shifted
     * across an edit: the next version tests its own text, and keeps this index (and its origin)
     * while it still holds no key.
     */
    readonly keyless = false,
  ) {}

  static empty(): ScopeIndex {
    const none = new Int32Array(0);
    return new ScopeIndex(none, none, none, [], none, none, none, none);
  }

  static keyless(): ScopeIndex {
    const none = new Int32Array(0);
    return new ScopeIndex(none, none, none, [], none, none, none, none, ++parses, true);
  }

  /** The index of a parsed file. The walk is a loop (deep files must not exhaust the stack). */
  static fromSource(sf: ts.SourceFile, text: string): ScopeIndex {
    const regions: Region[] = [];
    const strings: number[] = [];
    const sensitive: Span[] = [];
    const hasKeys = ANY_SCOPE_KEY.test(text);
    const stack: ts.Node[] = [sf];
    while (stack.length) {
      const n = stack.pop()!;
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
        const start = n.getStart(sf);
        // A literal being typed is often unterminated: it runs to the end of its line (a template
        // literal, to the end of the file), and typing a word inside it keeps it so.
        const terminated = n.end - start >= 2 && text[n.end - 1] === text[start];
        strings.push(start + 1, terminated ? n.end - 1 : n.end);
        continue;
      }
      if (hasKeys) {
        if (ts.isObjectLiteralExpression(n)) {
          const props = objectProperties(n, sf, sensitive);
          if (props.size) regions.push({ start: n.pos, end: n.end, props: [props] });
        } else if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
          // `run('$Token{X}', { app: 'a' })`: an object argument beside the one holding the reference
          // still says which app the call is for. (The argument holding the reference, if it is one
          // of these, already answered first, so listing it here again changes nothing.)
          const props: Properties[] = [];
          for (const arg of n.arguments ?? []) {
            if (!ts.isObjectLiteralExpression(arg)) continue;
            const p = objectProperties(arg, sf, undefined);
            if (p.size) props.push(p);
          }
          if (props.length) regions.push({ start: n.pos, end: n.end, props });
        }
      }
      const kids: ts.Node[] = [];
      n.forEachChild((c) => {
        kids.push(c);
      });
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    // Visited in document order: regions and strings are sorted by start already.
    const parent = new Int32Array(regions.length);
    const open: number[] = [];
    regions.forEach((r, i) => {
      while (open.length && regions[open[open.length - 1]].end <= r.start) open.pop();
      parent[i] = open.length ? open[open.length - 1] : -1;
      open.push(i);
    });
    return new ScopeIndex(
      Int32Array.from(regions, (r) => r.start),
      Int32Array.from(regions, (r) => r.end),
      parent,
      regions.map((r) => r.props),
      Int32Array.from(strings.filter((_, i) => i % 2 === 0)),
      Int32Array.from(strings.filter((_, i) => i % 2 === 1)),
      Int32Array.from(sensitive, (x) => x.start),
      Int32Array.from(sensitive, (x) => x.end),
    );
  }

  /** Enclosing scope objects of an offset, innermost first. */
  chainAt(offset: number): Properties[] {
    const chain: Properties[] = [];
    // Every region containing the offset encloses the last region starting at or before it.
    for (let i = lastAtOrBefore(this.regionStart, offset); i >= 0; i = this.regionParent[i]) {
      if (offset < this.regionEnd[i]) for (const p of this.regionProps[i]) chain.push(p);
    }
    return chain;
  }

  /**
   * The index of the text after `edits` (applied in order to `before`), or undefined when an
   * edit might have changed an object, a property or the tree's shape: then parse again.
   */
  afterEdits(before: string | TextSource, edits: readonly TextChange[]): ScopeIndex | undefined {
    if (this.keyless) return undefined;
    let index: ScopeIndex | undefined = this;
    let text = typeof before === 'string' ? stringSource(before) : before;
    for (const e of edits) {
      if (!index) return undefined;
      index = index.afterEdit(text, e);
      if (edits.length > 1) text = editedSource(text, e);
    }
    return index;
  }

  private afterEdit(text: TextSource, e: TextChange): ScopeIndex | undefined {
    if (e.start < 0 || e.end < e.start || e.end > text.length) return undefined;
    const removed = text.slice(e.start, e.end);
    const si = lastAtOrBefore(this.stringStart, e.start);
    const inString = si >= 0 && e.end <= this.stringEnd[si] ? si : -1;
    if (inString >= 0) {
      if (!WORD_TEXT.test(removed) || !WORD_TEXT.test(e.text)) return undefined;
      // `$` next to the edit: removing or adding characters may join `$` and `{` into `${`;
      // `\` next to it: it would escape something else (a quote that now ends the string).
      const prev = charAt(text, e.start - 1);
      if (prev === '$' || prev === '\\') return undefined;
    } else {
      // Blanks are neutral only where a token boundary already is (not inside `=>` or a word).
      if (!BLANK_TEXT.test(removed) || !BLANK_TEXT.test(e.text)) return undefined;
      if (!isBlank(charAt(text, e.start - 1)) && !isBlank(charAt(text, e.end))) return undefined;
    }
    for (let i = 0; i < this.sensitiveStart.length; i++) {
      if (e.start <= this.sensitiveEnd[i] && e.end >= this.sensitiveStart[i]) return undefined;
    }
    // A word that becomes (or stops being) a scope key, e.g. `ap` + `p`.
    const left = wordBefore(text, e.start),
      right = wordAfter(text, e.end);
    if (SCOPE_KEYS.has(left + removed + right) || SCOPE_KEYS.has(left + e.text + right)) return undefined;

    const delta = e.text.length - (e.end - e.start);
    if (delta === 0) return this;
    const move = (a: Int32Array): Int32Array => {
      const out = new Int32Array(a.length);
      for (let i = 0; i < a.length; i++) {
        const p = a[i];
        out[i] = p <= e.start ? p : p >= e.end ? p + delta : e.start;
      }
      return out;
    };
    const stringEnd = move(this.stringEnd);
    // The literal typed in grows or shrinks at its end, also when the edit touches its closing quote.
    if (inString >= 0) stringEnd[inString] = this.stringEnd[inString] + delta;
    return new ScopeIndex(
      move(this.regionStart),
      move(this.regionEnd),
      this.regionParent,
      this.regionProps,
      move(this.stringStart),
      stringEnd,
      move(this.sensitiveStart),
      move(this.sensitiveEnd),
      this.origin,
    );
  }
}

function objectProperties(obj: ts.ObjectLiteralExpression, sf: ts.SourceFile, sensitive: Span[] | undefined): Properties {
  const props: Properties = new Map();
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propertyName(p.name);
    if (key === undefined || !SCOPE_KEYS.has(key)) continue;
    sensitive?.push({ start: p.getStart(sf), end: p.end });
    const init = p.initializer;
    if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) props.set(key, init.text);
  }
  return props;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** The index of the last value at or before `offset` in an ascending array, or -1. */
function lastAtOrBefore(starts: Int32Array, offset: number): number {
  let lo = 0,
    hi = starts.length - 1,
    best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Counts parses, to tell indexes read from different ones apart (see `origin`). */
let parses = 0;

function isBlank(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** The word characters just before `offset` (at most a key's length and one more: enough to tell). */
function wordBefore(text: TextSource, offset: number): string {
  const from = Math.max(0, offset - MAX_KEY - 1);
  const chunk = text.slice(from, offset);
  let a = chunk.length;
  while (a > 0 && WORD.test(chunk[a - 1])) a--;
  return chunk.slice(a);
}

function wordAfter(text: TextSource, offset: number): string {
  const chunk = text.slice(offset, offset + MAX_KEY + 1);
  let b = 0;
  while (b < chunk.length && WORD.test(chunk[b])) b++;
  return chunk.slice(0, b);
}

const MAX_KEY = Math.max(...[...APP_KEYS, ...ENV_KEYS].map((k) => k.length));
