// How big a file's syntax tree could get, measured cheaply on its text before any parse: the
// longest line, the deepest nesting, the longest operator chain. A document whose measures pass
// these limits is checked as text only (see `ParsedDocument.parseable`), so a minified bundle or
// a hostile 50,000-deep chain cannot stall the parsers or overflow their stacks.

/** A file with a longer line than this is taken for minified and not parsed (see `parseable`). */
export const MAX_PARSE_LINE = 10_000;

export function longestLine(text: string): number {
  let max = 0,
    from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    if (nl - from > max) max = nl - from;
    from = nl + 1;
  }
  return max;
}

/** Deeper bracket nesting than this is not parsed (see `parseable`). */
export const MAX_PARSE_NESTING = 256;

/**
 * The deepest nesting of brackets and braces, and (for YAML-like text) of indentation, counted in
 * steps of two columns. Approximate on purpose (brackets in strings count too): it only has to be cheap and
 * never low for a file that is really deep.
 */
export function maxNesting(text: string): number {
  let depth = 0,
    max = 0,
    indent = 0,
    atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } // { [
    else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    } // } ]
    if (c === 10) {
      atLineStart = true;
      indent = 0;
    } else if (atLineStart) {
      if (c === 32) {
        if (++indent > 2 * max) max = indent >> 1;
      } else atLineStart = false;
    }
  }
  return max;
}

/**
 * An upper bound of `maxNesting`, for the parse guard: the number of `{` and `[` (the depth never
 * exceeds it) and half the longest line (no line opens with more blanks). Most files hold far
 * fewer brackets than the limit, and the native search for them skips the rest of the text;
 * only when the bound passes the limit is the text measured (`maxNesting`), so the guard decides
 * as before.
 */
export function nestingBound(text: string, longestLine: number): number {
  const bound = longestLine >> 1;
  if (bound <= MAX_PARSE_NESTING) {
    let brackets = 0;
    for (let i = text.indexOf('{'); i >= 0 && brackets <= MAX_PARSE_NESTING; i = text.indexOf('{', i + 1)) brackets++;
    for (let i = text.indexOf('['); i >= 0 && brackets <= MAX_PARSE_NESTING; i = text.indexOf('[', i + 1)) brackets++;
    if (brackets <= MAX_PARSE_NESTING) return Math.max(bound, brackets);
  }
  return maxNesting(text);
}

/** Longer operator chains than this in one statement are not parsed (see `parseable`). */
export const MAX_PARSE_CHAIN = 1_000;

/**
 * A bound on the longest chain after edits: each character typed or removed adds at most one, and an edit
 * can join its line's chain with the lines before and after (by changing an end of a line).
 */
export function chainAfter(chain: number, edits: number, inserted: number): number {
  return (2 * edits + 1) * chain + inserted;
}

/** A table of ASCII characters (a lookup per character of the text: a Set's hashing cost most of the scan). */
function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
const inTable = (table: Uint8Array, c: number): boolean => c < 128 && table[c] === 1;

/** Characters after which an expression goes on, at a line's end or start (else a line break ends a statement). */
const CONTINUES = asciiTable('+-*/%&|^=?:.(!~');
/** Operators that put an operand one tree level deeper. */
const DEEPENS = asciiTable('+-*%&|^=?.!~');
/** Keywords that do the same (`typeof typeof … x`); they also continue an expression past a line's end. */
const KEYWORD_OPERATORS = ['typeof', 'void', 'delete', 'await', 'new', 'yield'];
/** `KEYWORD_OPERATORS` by first character: most words start with none of them and are never compared. */
const KEYWORDS_BY_FIRST: Array<string[] | undefined> = [];
for (const k of KEYWORD_OPERATORS) (KEYWORDS_BY_FIRST[k.charCodeAt(0)] ??= []).push(k);

/** Whether the word text[start, start + length) is one of `KEYWORD_OPERATORS` (compared in place: no slice per word). */
function isKeywordOperator(text: string, start: number, length: number): boolean {
  const candidates = KEYWORDS_BY_FIRST[text.charCodeAt(start)];
  if (candidates) for (const k of candidates) if (k.length === length && text.startsWith(k, start)) return true;
  return false;
}
const BANG = 33;

/** What `maxChain` does at an ASCII character (one table lookup; any other character is `Other`). */
const enum Ch {
  Other = 0,
  Blank,
  Break,
  Slash,
  Digit,
  Word,
  Quote,
  /** `;` `{` `}` `,`: the end of a run. */
  End,
  Open,
  Close,
  Deepens,
}
const CHAIN_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 32 || c === 9) CHAIN_CLASS[c] = Ch.Blank;
  else if (c === 10 || c === 13) CHAIN_CLASS[c] = Ch.Break;
  else if (c === 47) CHAIN_CLASS[c] = Ch.Slash;
  else if (c >= 48 && c <= 57) CHAIN_CLASS[c] = Ch.Digit;
  else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) CHAIN_CLASS[c] = Ch.Word;
  else if (c === 39 || c === 34 || c === 96) CHAIN_CLASS[c] = Ch.Quote;
  else if (c === 59 || c === 123 || c === 125 || c === 44) CHAIN_CLASS[c] = Ch.End;
  else if (c === 40) CHAIN_CLASS[c] = Ch.Open;
  else if (c === 41) CHAIN_CLASS[c] = Ch.Close;
  else if (DEEPENS[c] === 1) CHAIN_CLASS[c] = Ch.Deepens;
}

/** Letters, digits, `_` and `$`. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) if ((CHAIN_CLASS[c] as Ch) === Ch.Word || (CHAIN_CLASS[c] as Ch) === Ch.Digit) WORD_CHAR[c] = 1;
const isWordChar = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1;

/**
 * The longest run of operators in one statement of JS or TS source, or the deepest parentheses,
 * whichever is more: a cheap upper bound of how deep an expression's tree gets. Strings, template
 * literals, numbers and comments are skipped (prose and digits are no operators); `;`, `{`, `}`,
 * `,` and a line break that neither ends nor starts with an operator end a run.
 */
export function maxChain(text: string): number {
  let chain = 0,
    max = 0,
    parens = 0,
    lastOnLine = 0,
    brokeLine = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    let cls = c < 128 ? (CHAIN_CLASS[c] as Ch) : Ch.Other;
    if (cls === Ch.Blank) continue;
    if (cls === Ch.Break) {
      if (lastOnLine !== 0 && !inTable(CONTINUES, lastOnLine)) brokeLine = true;
      lastOnLine = 0;
      continue;
    }
    if (cls === Ch.Slash) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        // a line comment: to the end of the line
        while (i + 1 < n && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
        continue;
      }
      if (next === 42) {
        // a block comment
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 1;
        continue;
      }
    } else if (cls === Ch.Digit) {
      // a number: its `.` and `-` (in 1.5e-3) are no operators
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isWordChar(d) || d === 46) continue;
        const e = text.charCodeAt(j - 1) | 32;
        if ((d === 45 || d === 43) && e === 101 && (text.charCodeAt(i + 1) | 32) !== 120) continue; // e- / e+, not in 0x…
        break;
      }
      i = j - 1;
    } else if (cls === Ch.Word) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      if (j - i >= 3 && j - i <= 6 && isKeywordOperator(text, i, j - i)) {
        c = BANG;
        cls = Ch.Deepens;
      }
      i = j - 1;
    }
    if (brokeLine) {
      brokeLine = false;
      if (!inTable(CONTINUES, c)) chain = 0;
    }
    // `=>` goes on after a line's end; `>` alone (JSX, a comparison) does not.
    lastOnLine = c === 62 && lastOnLine === 61 ? 61 : c;
    switch (cls) {
      // Statements end at ; { }, and a list's items are siblings, each as deep as itself.
      case Ch.End:
        chain = 0;
        break;
      case Ch.Open:
        // ( nests, and a call on a call is one level deeper too
        if (++parens > max) max = parens;
        if (++chain > max) max = chain;
        break;
      case Ch.Close:
        if (parens > 0) parens--;
        break;
      case Ch.Quote:
        // a string or template: to its closing quote (a plain string stops at the line's end)
        for (i++; i < n; i++) {
          const d = text.charCodeAt(i);
          if (d === 92) {
            i++;
            continue;
          }
          if (d === c) break;
          if (c !== 96 && (d === 10 || d === 13)) {
            i--;
            break;
          }
        }
        break;
      case Ch.Deepens:
        if (++chain > max) max = chain;
        break;
      default:
        break;
    }
  }
  return max;
}
