// One pass over a document's text for every literal its analysis looks for: the keywords of every
// credential rule and each prefilter's literal ("may this file hold `INTEGRATION_`, `requiredSecrets`,
// `.secrets(`…?"). An Aho-Corasick automaton over the ASCII-lower-cased text finds them all at
// once, so a file holding none of them costs that one scan instead of one search per prefilter
// (about 20 of them, each a pass over every byte). Answers stay exact: a case-sensitive literal
// is confirmed at the first place its lower-cased form occurs, and a regular expression is run
// as before unless its guard literals (which every match contains) are all absent.
import { GENERIC_KEYWORDS } from './credentials/generic';
import { CREDENTIAL_RULES } from './credentials/registry';
import type { CredentialRule } from './credentials/types';
import type { OffsetRange } from './model/types';
import { isAscii } from 'node:buffer';
import { bufferFor, fitsWasm, runAutomatonOnBytes, runAutomatonOnText } from './keywordsWasm';

/** ASCII character code → lower case (other characters count as 0, which no keyword holds). */
const FOLD = new Uint8Array(128);
for (let c = 1; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

export interface KeywordAutomaton {
  /**
   * Each UTF-16 code unit's class: 1… for the characters keywords hold (both cases of a letter
   * alike), 0 for every other (they all lead back to the start state).
   */
  classOf: Uint8Array;
  /** log2 of a row's width: the classes, rounded up to a power of two (64 for the default rules). */
  shift: number;
  /**
   * The transitions, `step[state << shift | class]`: the next state's row offset, bitwise negated
   * when that state has `flags`. The common step is then two loads and a sign test.
   */
  step: Int32Array;
  /** Per state: the [tag, keyword length] pairs of the tagged keywords ending there (a credential rule's index). */
  hits: Array<Array<[number, number]> | undefined>;
  /** Per state: the ids of the prefilter literals ending there, with their lengths. */
  literals: Array<Array<[number, number]> | undefined>;
  /** Per state: 1 where `hits` has an entry, 2 where `literals` has; a typed array keeps the per-character loop monomorphic. */
  flags: Uint8Array;
  /** How many prefilter literals (ids 0…n-1) the automaton finds. */
  literalCount: number;
}

/** Whether a literal can be found by the automaton: ASCII without NUL, not empty. */
const searchable = (s: string): boolean => s.length > 0 && /^[\x01-\x7f]+$/.test(s);

/**
 * The trie of every keyword, then failure links breadth-first; each state inherits the hits of its
 * failure state. A state's row of transitions starts as a copy of its failure state's (complete,
 * being shallower) with its own children written over it: a few native copies, where filling each
 * entry one by one cost ~100 ms of a short run's start-up, before the JIT warms up. Rows are as
 * wide as the characters keywords use (45 classes: rows of 64, not 128): a smaller table, and
 * no test for non-ASCII in the loop.
 */
export function buildAutomaton(tagged: ReadonlyArray<readonly [string, number]>, literals: readonly string[] = []): KeywordAutomaton {
  const classOfFolded = new Uint8Array(128);
  let classes = 1;
  for (const k of [...tagged.map(([t]) => t), ...literals])
    for (let j = 0; j < k.length; j++) {
      const c = FOLD[k.charCodeAt(j) & 127];
      if (classOfFolded[c] === 0) classOfFolded[c] = classes++;
    }
  const shift = Math.max(1, Math.ceil(Math.log2(classes)));
  const width = 1 << shift;
  const classOf = new Uint8Array(65536);
  for (let c = 1; c < 128; c++) classOf[c] = classOfFolded[FOLD[c]];
  /** Per state: its children as [class, state]. */
  const kids: Array<Array<[number, number]>> = [[]];
  const hits: KeywordAutomaton['hits'] = [undefined];
  const lits: KeywordAutomaton['literals'] = [undefined];
  const insert = (k: string): number => {
    let st = 0;
    for (let j = 0; j < k.length; j++) {
      const c = classOf[k.charCodeAt(j)];
      let to = -1;
      for (const [kc, ks] of kids[st]) if (kc === c) to = ks;
      if (to < 0) {
        to = kids.length;
        kids[st].push([c, to]);
        kids.push([]);
        hits.push(undefined);
        lits.push(undefined);
      }
      st = to;
    }
    return st;
  };
  for (const [k, tag] of tagged) (hits[insert(k)] ??= []).push([tag, k.length]);
  literals.forEach((k, id) => (lits[insert(k)] ??= []).push([id, k.length]));
  const states = kids.length;
  const next = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const [c, t] of kids[0]) {
    next[c] = t;
    queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const st = queue[q];
    const f = fail[st];
    if (hits[f]) hits[st] = [...(hits[st] ?? []), ...hits[f]];
    if (lits[f]) lits[st] = [...(lits[st] ?? []), ...lits[f]];
    next.copyWithin(st * width, f * width, f * width + width);
    for (const [c, t] of kids[st]) {
      fail[t] = next[f * width + c];
      next[st * width + c] = t;
      queue.push(t);
    }
  }
  const flags = new Uint8Array(states);
  for (let i = 0; i < states; i++) flags[i] = (hits[i] ? 1 : 0) | (lits[i] ? 2 : 0);
  const step = new Int32Array(states * width);
  for (let i = 0; i < step.length; i++) step[i] = flags[next[i]] === 0 ? next[i] << shift : ~(next[i] << shift);
  return { classOf, shift, step, hits, literals: lits, flags, literalCount: literals.length };
}

/** The keywords of a credential rule set, tagged with the rule's index (`rules.length` for the generic guess). */
export function credentialKeywords(rules: readonly CredentialRule[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  rules.forEach((r, i) => r.keywords.forEach((k) => out.push([k.toLowerCase(), i])));
  for (const k of GENERIC_KEYWORDS) out.push([k, rules.length]);
  return out;
}

/** Where the tagged keywords occur in one text: the offset of each one's last character, and the automaton state there. */
export interface KeywordHits {
  automaton: KeywordAutomaton;
  count: number;
  at: Int32Array;
  state: Int32Array;
}

/**
 * Texts from this many UTF-16 code units on are scanned in WebAssembly (keywordsWasm.ts), shorter
 * ones in JavaScript: below it, encoding the text and the call cost more than the faster loop saves.
 */
export const WASM_MIN_LENGTH = 1024;

/**
 * Runs the automaton over `text` once: every tagged keyword occurrence in order, and in `first`
 * (when given) the end offset of each literal's first occurrence (-1: none).
 */
export function runAutomaton(a: KeywordAutomaton, text: string, first?: Int32Array): KeywordHits {
  return text.length >= WASM_MIN_LENGTH && fitsWasm(a) ? runAutomatonOnText(a, text, first) : runAutomatonJs(a, text, first);
}

/** `runAutomaton` as a loop in JavaScript over the UTF-16 code units (what the WebAssembly pass must agree with). */
export function runAutomatonJs(a: KeywordAutomaton, text: string, first?: Int32Array): KeywordHits {
  const { classOf, shift, step, literals } = a;
  // A state whose literals were all found stops counting as one with literals (`run`, `env` occur
  // thousands of times in a file): a copy per text, a byte per state.
  const flags = a.flags.slice();
  let at = new Int32Array(64),
    state = new Int32Array(64),
    count = 0;
  const n = text.length;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const e = step[row | classOf[text.charCodeAt(i)]];
    if (e >= 0) {
      row = e;
      continue;
    }
    row = ~e;
    const st = row >> shift;
    const f = flags[st];
    if (f === 0) continue;
    if ((f & 1) !== 0) {
      if (count === at.length) {
        const a2 = new Int32Array(count * 2),
          s2 = new Int32Array(count * 2);
        a2.set(at);
        s2.set(state);
        at = a2;
        state = s2;
      }
      at[count] = i;
      state[count++] = st;
    }
    if ((f & 2) !== 0) {
      if (first) for (const [id] of literals[st]!) if (first[id] < 0) first[id] = i;
      flags[st] = f & 1;
    }
  }
  return { automaton: a, count, at, state };
}

// The prefilters' literals, learnt as they are asked for: the first document that asks for one
// searches for it alone, every later document finds it in the shared pass.
const literalIds = new Map<string, number>();
const literalList: string[] = [];
interface Guard {
  /** The literals of which every match contains one. */
  ids: number[];
  /** Every match begins with one of them: the search starts at the first (a global copy of the expression, for `lastIndex`). */
  from?: RegExp;
}
const guards = new WeakMap<RegExp, Guard>();

/** Literals beyond this many are searched for alone: the prefilters are constants, a growing set would be a bug. */
const MAX_LITERALS = 256;

/** Each literal as asked for (case and all) → its id, or -1 when it cannot be in the pass: asked for ~10 times per file. */
const asked = new Map<string, number>();

function literalId(s: string): number | undefined {
  const known = asked.get(s);
  if (known !== undefined) return known < 0 ? undefined : known;
  let id: number | undefined;
  if (searchable(s)) {
    const folded = s.toLowerCase();
    id = literalIds.get(folded);
    if (id === undefined && literalList.length < MAX_LITERALS) {
      id = literalList.length;
      literalList.push(folded);
      literalIds.set(folded, id);
    }
  }
  if (asked.size < 4 * MAX_LITERALS) asked.set(s, id ?? -1);
  return id;
}

/**
 * Declares that every match of `re` contains one of `literals` (ASCII case ignored), so that a
 * document holding none of them answers "no match" from the shared pass without running `re`.
 * Returns `re`, for use where the expression is defined.
 */
export function guarded<R extends RegExp>(re: R, ...literals: string[]): R {
  return guard(re, literals, false);
}

/**
 * Like `guarded`, for an expression every match of which begins with one of `literals` (ASCII case
 * ignored): the search also starts where the first of them is, not at the top of the file.
 */
export function guardedStart<R extends RegExp>(re: R, ...literals: string[]): R {
  return guard(re, literals, true);
}

function guard<R extends RegExp>(re: R, literals: string[], atStart: boolean): R {
  // Unicode case folding matches non-ASCII letters to ASCII ones (ſ to s, K to k): the pass cannot see that.
  if (re.ignoreCase && /[uv]/.test(re.flags)) throw new Error(`guarded(${re}): a case-insensitive Unicode expression cannot be guarded`);
  const ids = literals.map((l) => {
    const id = literalId(l);
    if (id === undefined) throw new Error(`guarded(${re}): the literal '${l}' is not plain ASCII`);
    return id;
  });
  if (ids.length === 0) throw new Error(`guarded(${re}): give the literals every match contains`);
  guards.set(re, { ids, ...(atStart ? { from: new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g') } : {}) });
  return re;
}

let combined: KeywordAutomaton | undefined;

/** The default credential rules' keywords and every literal known so far, rebuilt when a new literal was learnt. */
function combinedAutomaton(): KeywordAutomaton {
  if (!combined || combined.literalCount !== literalList.length)
    combined = buildAutomaton(credentialKeywords(CREDENTIAL_RULES), literalList);
  return combined;
}

/** Where `pattern` first occurs in `text`, searched directly (no keyword pass). */
export function plainMatch(text: string, pattern: string | RegExp): OffsetRange | null {
  if (typeof pattern === 'string') {
    const i = text.indexOf(pattern);
    return i < 0 ? null : { start: i, end: i + pattern.length };
  }
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** What the shared pass found in one text: the credential keywords' hits and each literal's first end offset (-1: none). */
export interface KeywordFound {
  hits: KeywordHits;
  first: Int32Array;
  /** Whether the bytes were all ASCII (their text is as long). */
  ascii: boolean;
}

/**
 * The shared pass over a file's bytes as read, before they are decoded (`toString('utf8')`), in
 * UTF-16 offsets of the text; undefined when they are not valid UTF-8 (decode them and let the
 * document run the pass over its text).
 */
export function keywordsOfBytes(bytes: Uint8Array): KeywordFound | undefined {
  const a = combinedAutomaton();
  const first = new Int32Array(a.literalCount).fill(-1);
  const ascii = isAscii(bytes);
  const hits = runAutomatonOnBytes(a, bytes, ascii, first);
  return hits && { hits, first, ascii };
}

/** Room to read a file of `size` bytes into for `keywordsOfBytes`, valid until the next pass (see `bufferFor`). */
export function keywordsBuffer(size: number): Uint8Array | undefined {
  return bufferFor(combinedAutomaton(), size);
}

/**
 * The prefilter literals learnt so far, in the order of their ids. Each thread learns its own as
 * its documents ask: a thread that runs the pass for another (the CLI's reader thread) takes over
 * the other's with `adoptLiterals`, so that ids mean the same literal in both.
 */
export function learntLiterals(): readonly string[] {
  return literalList;
}

/** Learns `list` (another thread's `learntLiterals()`, which starts with this thread's own). */
export function adoptLiterals(list: readonly string[]): void {
  for (let id = 0; id < literalList.length; id++)
    if (list[id] !== literalList[id]) throw new Error(`adoptLiterals: literal ${id} is '${literalList[id]}' here, '${list[id]}' there`);
  for (let id = literalList.length; id < list.length && id < MAX_LITERALS; id++) {
    literalList.push(list[id]);
    literalIds.set(list[id], id);
  }
}

/** Automatons of the first n literals (`keywordsFoundElsewhere`), for the few counts a run sees. */
const withFirst = new Map<number, KeywordAutomaton>();

/**
 * What `keywordsOfBytes` found in another thread, rebuilt here: `first` is as long as the literals
 * it knew then (the first of this thread's, `adoptLiterals`), and the hits' states are those of the
 * automaton of these literals. A literal learnt since is not in `first`: the document searches
 * for it itself.
 */
export function keywordsFoundElsewhere(found: {
  count: number;
  at: Int32Array;
  state: Int32Array;
  first: Int32Array;
  ascii: boolean;
}): KeywordFound {
  const { count, at, state, first, ascii } = found;
  const n = first.length;
  let a = combined?.literalCount === n ? combined : withFirst.get(n);
  if (!a) {
    if (n > literalList.length) throw new Error(`keywordsFoundElsewhere: ${n} literals, ${literalList.length} known here`);
    a = buildAutomaton(credentialKeywords(CREDENTIAL_RULES), literalList.slice(0, n));
    if (withFirst.size > 8) withFirst.clear();
    withFirst.set(n, a);
    if (n === literalList.length) combined = a;
  }
  return { hits: { automaton: a, count, at, state }, first, ascii };
}

/** Whether the pass found nothing at all: no credential keyword and no prefilter literal. */
export function foundNothing(found: KeywordFound): boolean {
  return found.hits.count === 0 && found.first.every((f) => f < 0);
}

/** The one pass over a text: the default credential rules' keyword hits, and the first place of each prefilter literal. */
export class KeywordPass {
  /** The credential keywords' occurrences, for `scanCredentials` with the default rules. */
  readonly credentialHits: KeywordHits;
  private readonly first: Int32Array;

  private readonly textOf: () => string;

  /**
   * `found`: the pass already run over the text's bytes (`keywordsOfBytes`); the text is then asked
   * for only to confirm a literal the pass found (a file it found nothing in need not be decoded).
   */
  constructor(text: string | (() => string), found?: KeywordFound) {
    this.textOf = typeof text === 'string' ? () => text : text;
    if (found) {
      this.first = found.first;
      this.credentialHits = found.hits;
      return;
    }
    const a = combinedAutomaton();
    this.first = new Int32Array(a.literalCount).fill(-1);
    this.credentialHits = runAutomaton(a, this.textOf(), this.first);
  }

  get text(): string {
    return this.textOf();
  }

  /** Where `pattern` first matches (a string: exactly, case and all), as a plain search would answer. */
  firstMatch(pattern: string | RegExp): OffsetRange | null {
    const { first } = this;
    if (typeof pattern === 'string') {
      const id = literalId(pattern);
      if (id === undefined || id >= first.length) return plainMatch(this.text, pattern);
      if (first[id] < 0) return null;
      const text = this.text;
      // The first exact occurrence is at or after the first case-insensitive one.
      const from = first[id] - pattern.length + 1;
      const i = text.startsWith(pattern, from) ? from : text.indexOf(pattern, from + 1);
      return i < 0 ? null : { start: i, end: i + pattern.length };
    }
    const g = guards.get(pattern);
    if (!g || g.ids.some((id) => id >= first.length)) return plainMatch(this.text, pattern);
    let start = -1;
    for (const id of g.ids) {
      const at = first[id] < 0 ? -1 : first[id] - literalList[id].length + 1;
      if (at >= 0 && (start < 0 || at < start)) start = at;
    }
    if (start < 0) return null;
    const text = this.text;
    if (!g.from) return plainMatch(text, pattern);
    // No match begins before the first guard literal; a look-behind still sees the text before it.
    g.from.lastIndex = start;
    const m = g.from.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  }
}
