// Where a credential pattern's matches can begin, read from the pattern itself (parsed with
// regexpp, ESLint's regular-expression parser): the range of offsets, from a match's start, at
// which one of the rule's keywords is sure to begin in every match. `ghp_[A-Za-z0-9]{36}`
// begins with its keyword (offset 0); Telegram's `\d{8,10}:AA…` has `:aa` 8 to 10 characters in.
// With it the scan tries the pattern only at the few places a keyword the pass found allows
// (sticky, at each), instead of over the whole line: on a 500 KB minified line holding `token`
// 2,000 times that is the difference between 2,000 short tries and 2,000 scans of the line.
// The analysis proves what it claims or says nothing (`undefined`: the pattern runs over the
// whole line, as before): every string a part of the pattern can consume is enumerated exactly,
// so a keyword found in all of them is in every match.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Offsets from a match's start at which a keyword occurrence begins, for every match: `min` to `max`. */
export interface KeywordOffsets {
  min: number;
  max: number;
}

/** How many strings a run of the pattern may expand to before it counts as "any text". */
const MAX_EXPANSIONS = 256;
/** A character class with more members than this is not enumerated (`[sr]`, `[pousr]` are; `[A-Za-z]` is not). */
const MAX_CLASS = 8;

/**
 * A character as the keyword pass sees it: ASCII letters in lower case, other ASCII as is, and
 * every non-ASCII character as NUL, which no keyword holds (the pass only knows ASCII keywords).
 */
function fold(code: number): string {
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return code < 128 ? String.fromCharCode(code) : '\0';
}

type Range = [number, number];

/** The shortest and longest text (UTF-16 code units) `node` can consume; `Infinity` when unbounded. */
function lengthOf(node: AST.Element | AST.Alternative): Range {
  switch (node.type) {
    case 'Alternative': {
      let min = 0,
        max = 0;
      for (const e of node.elements) {
        const [a, b] = lengthOf(e);
        min += a;
        max += b;
      }
      return [min, max];
    }
    case 'Assertion':
      return [0, 0];
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      // One code unit: patterns with `u` or `v` (where one may match a surrogate pair) are not analysed.
      return [1, 1];
    case 'Backreference':
      return [0, Infinity];
    case 'Group':
    case 'CapturingGroup': {
      let min = Infinity,
        max = 0;
      for (const alt of node.alternatives) {
        const [a, b] = lengthOf(alt);
        min = Math.min(min, a);
        max = Math.max(max, b);
      }
      return [min, max];
    }
    case 'Quantifier': {
      const [a, b] = lengthOf(node.element);
      return [node.min * a, node.max === 0 || b === 0 ? 0 : node.max * b];
    }
  }
}

/** `expansions` per node: the sequence analysis asks for each element once per place it starts from. */
const expanded = new WeakMap<AST.Node, string[] | null>();

/** Every string (folded) that `node` can consume, or undefined when there are too many or it is not a fixed set. */
function expansions(node: AST.Element | AST.Alternative): string[] | undefined {
  let ex = expanded.get(node);
  if (ex === undefined) expanded.set(node, (ex = expand(node) ?? null));
  return ex ?? undefined;
}

function expand(node: AST.Element | AST.Alternative): string[] | undefined {
  switch (node.type) {
    case 'Alternative': {
      let out: string[] | undefined = [''];
      for (const e of node.elements) {
        const ex = expansions(e);
        out = ex && product(out, ex);
        if (!out) return undefined;
      }
      return out;
    }
    case 'Assertion':
      return [''];
    case 'Character':
      return [fold(node.value)];
    case 'CharacterClass': {
      if (node.negate) return undefined;
      const chars = new Set<string>();
      for (const el of node.elements) {
        if (el.type === 'Character') chars.add(fold(el.value));
        else if (el.type === 'CharacterClassRange' && el.max.value - el.min.value < MAX_CLASS)
          for (let c = el.min.value; c <= el.max.value; c++) chars.add(fold(c));
        else return undefined;
        if (chars.size > MAX_CLASS) return undefined;
      }
      return [...chars];
    }
    case 'Group':
    case 'CapturingGroup': {
      const out = new Set<string>();
      for (const alt of node.alternatives) {
        const ex = expansions(alt);
        if (!ex) return undefined;
        for (const s of ex) out.add(s);
        if (out.size > MAX_EXPANSIONS) return undefined;
      }
      return [...out];
    }
    case 'Quantifier': {
      if (node.max === Infinity || node.max > 16) return undefined;
      const one = expansions(node.element);
      if (!one) return undefined;
      const out = new Set<string>();
      let k = [''];
      for (let n = 0; n <= node.max; n++) {
        if (n >= node.min) for (const s of k) out.add(s);
        if (n === node.max) break;
        const next = product(k, one);
        if (!next) return undefined;
        k = next;
      }
      return out.size > MAX_EXPANSIONS ? undefined : [...out];
    }
    default:
      return undefined;
  }
}

/**
 * Strings of which every match of `node` begins with one (folded): its whole expansions when it
 * has them, else the openings of a group's alternatives (`ops_(?<secret>ey[…]…)` opens with `ops_ey`).
 */
function openingsOf(node: AST.Element): string[] | undefined {
  const ex = expansions(node);
  if (ex) return ex;
  if (node.type === 'Group' || node.type === 'CapturingGroup') {
    const out = new Set<string>();
    for (const alt of node.alternatives) {
      const o = openings(alt.elements, 0);
      if (!o) return undefined;
      for (const s of o) out.add(s);
      if (out.size > MAX_EXPANSIONS) return undefined;
    }
    return [...out];
  }
  if (node.type === 'Quantifier' && node.min >= 1) return openingsOf(node.element);
  return undefined;
}

/** Strings of which every match of `elements[from…]` begins with one: the expansions of the elements, as far as they go. */
function openings(elements: readonly AST.Element[], from: number): string[] | undefined {
  let strings = [''];
  for (let j = from; j < elements.length; j++) {
    const ex = expansions(elements[j]);
    const next = ex && product(strings, ex);
    if (next) {
      strings = next;
      continue;
    }
    const e = elements[j];
    if (e.type === 'Quantifier' && e.min === 0) {
      // An optional part too long to enumerate (`\\*"auth\\*"`): a match either skips it and goes on
      // with what follows (`"auth"`), or begins it (`"auth\`).
      const taken = openingsOf(e.element);
      const skipped = j + 1 < elements.length ? openings(elements, j + 1) : [''];
      const a = taken ? product(strings, taken) : strings;
      const b = skipped ? product(strings, skipped) : strings;
      const both = a && b && new Set([...a, ...b]);
      if (both && both.size <= MAX_EXPANSIONS) return [...both];
      return j > from ? strings : undefined;
    }
    const open = openingsOf(e);
    const joined = open && product(strings, open);
    return joined ?? (j > from ? strings : undefined);
  }
  return elements.length > from ? strings : undefined;
}

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXPANSIONS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** The first offset in `s` at which a keyword begins, or -1. */
function firstKeyword(s: string, keywords: readonly string[]): number {
  let best = -1;
  for (const k of keywords) {
    const i = s.indexOf(k);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/**
 * Where a keyword begins in every match of the sequence `elements` (`max` Infinity when some
 * part before it is unbounded), or undefined when it is not certain that every match holds one.
 */
function offsetsInSequence(elements: readonly AST.Element[], keywords: readonly string[]): Range | undefined {
  let before: Range = [0, 0];
  for (let i = 0; i < elements.length; i++) {
    // The strings every match of the rest of the sequence begins with: a keyword in each of them.
    const strings = openings(elements, i);
    if (strings) {
      let min = Infinity,
        max = -1;
      for (const s of strings) {
        const at = firstKeyword(s, keywords);
        if (at < 0) {
          max = -1;
          break;
        }
        min = Math.min(min, at);
        max = Math.max(max, at);
      }
      if (max >= 0) return [before[0] + min, before[1] + max];
    }
    const e = elements[i];
    // A group with a keyword in each alternative (`sk-(?:proj-…T3BlbkFJ…|…T3BlbkFJ…)`), or repeated at least once.
    const inner = e.type === 'Quantifier' && e.min >= 1 ? e.element : e;
    if (inner.type === 'Group' || inner.type === 'CapturingGroup') {
      const r = offsetsInAlternatives(inner.alternatives, keywords);
      if (r) return [before[0] + r[0], before[1] + r[1]];
    }
    // Past an unbounded part the keyword is still in every match, only not at a known distance (`max` is Infinity).
    const [a, b] = lengthOf(e);
    before = [before[0] + a, before[1] + b];
  }
  return undefined;
}

function offsetsInAlternatives(alternatives: readonly AST.Alternative[], keywords: readonly string[]): Range | undefined {
  let min = Infinity,
    max = -1;
  for (const alt of alternatives) {
    const r = offsetsInSequence(alt.elements, keywords);
    if (!r) return undefined;
    min = Math.min(min, r[0]);
    max = Math.max(max, r[1]);
  }
  return max < 0 ? undefined : [min, max];
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The offsets from a match's start at which one of `keywords` (lower case, ASCII) begins in
 * every match of `pattern`, or undefined when the pattern does not show that (then it must run
 * over whole lines). Patterns with the `u` or `v` flag are not analysed: there a character may be
 * two code units, and case folding matches `ſ` to `s`, which the keyword pass cannot see.
 */
export function keywordOffsets(pattern: RegExp, keywords: readonly string[]): KeywordOffsets | undefined {
  const r = keywordRange(pattern, keywords);
  return r && r[1] !== Infinity ? { min: r[0], max: r[1] } : undefined;
}

/**
 * Whether every match of `pattern` holds one of `keywords` (lower case, ASCII; the text folded
 * as the keyword pass folds it), anywhere in it: the keyword pass can only lead the scan to a
 * match that does. False when the pattern does not show it — a match may lack every keyword, or
 * the analysis cannot tell (a part it does not enumerate, the `u` or `v` flag).
 */
export function keywordsCoverEveryMatch(pattern: RegExp, keywords: readonly string[]): boolean {
  return keywordRange(pattern, keywords) !== undefined;
}

function keywordRange(pattern: RegExp, keywords: readonly string[]): Range | undefined {
  if (/[uv]/.test(pattern.flags)) return undefined;
  if (keywords.length === 0 || keywords.some((k) => k === '' || /[^\x01-\x7f]|[A-Z]/.test(k))) return undefined;
  let ast: AST.Pattern;
  try {
    ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: false, unicodeSets: false });
  } catch {
    return undefined;
  }
  return offsetsInAlternatives(ast.alternatives, keywords);
}
