// The credential scan: one pass over the text finds the keywords of every rule (an Aho-Corasick
// automaton over the lower-cased text, 3x faster than one combined regex; for a whole document it
// is the pass its prefilters share, `keywords.ts`), then each rule's pattern runs only on the lines holding one of its
// keywords, and multi-line rules (private keys, values on the line after their name) from the keyword on. A text with no keyword costs
// that one pass. On a long line (minified code) a pattern is not run over the whole line but tried
// only where its keywords allow a match to begin (`anchoring.ts` reads from the pattern how far
// into every match a keyword is), so the cost follows the keyword hits, not the line's length.
// Time is linear in the text and the findings: overlaps are resolved on sorted
// lists, never by comparing every finding with every other.
import { entropy, FORMAT_PLACEHOLDER } from './checks';
import { keywordOffsets, type KeywordOffsets } from './anchoring';
import { ANCHORING, anchoringKey } from './anchoringTable';
import { CREDENTIAL_WORD, GENERIC_KEYWORDS, genericAssignments, keyOf, secretNameFromKey, type GenericCandidate } from './generic';
import { CREDENTIAL_RULES } from './registry';
import type { CredentialRule } from './types';
import { buildAutomaton, credentialKeywords, runAutomaton, type KeywordAutomaton, type KeywordPass } from '../keywords';

export interface CredentialFinding {
  /** The rule's id, or `generic` for a credential-named assignment. */
  ruleId: string;
  /** What the message names: the provider ("GitHub"), or for a generic guess the kind ("password"). */
  kind: string;
  /** Whether the finding is a known provider's format (else a generic guess). */
  known: boolean;
  /** The credential's characters, in offsets of the scanned text. */
  start: number;
  end: number;
  /** A secret name for it, from the name it was assigned to or its rule. */
  suggestedName: string;
}

export interface ScanOptions {
  /** Whether to look for generic credential assignments at all. */
  generic: boolean;
  /** Whether unquoted assignment values count (YAML, .env). */
  unquoted: boolean;
  /** Whether the file is a test, an example or a doc, where rules' `exampleInDocs` values are examples. */
  docs?: boolean;
  /** The rules to run; default: the whole set. */
  rules?: readonly CredentialRule[];
  /** The document's shared keyword pass over this same text (used with the default rules), so the text is not scanned again. */
  keywords?: KeywordPass;
  /**
   * Where a pattern runs on a line holding its keywords: `auto` (the default) tries it only where
   * a keyword allows a match to begin when the line is long and such places are few, else over
   * the whole line; `windows` does so on every line (when the rule's pattern shows where its keywords
   * are), `lines` never. The findings are the same; tests compare them.
   */
  strategy?: 'auto' | 'windows' | 'lines';
}

interface Compiled {
  rules: readonly CredentialRule[];
  /** Per rule: its pattern with `d` (group offsets), and `y` for multi-line rules run at a keyword. */
  patterns: RegExp[];
  /** Per rule: its pattern with `d` and `y`, tried at the places its keywords allow (made when first needed). */
  sticky: Array<RegExp | undefined>;
  /**
   * Per rule (`rules.length`: the generic guess's credential word), how far into every match a
   * keyword begins; null where the pattern does not show it. Read from the pattern when a long
   * line first needs it: short texts never pay for the parse.
   */
  offsets: Array<KeywordOffsets | null | undefined>;
  /**
   * The keywords of every rule, tagged with its index (`rules.length` is the generic guess). Made
   * when a text comes without the document's shared pass: a whole document never needs it.
   */
  automaton?: KeywordAutomaton;
  /** Per rule (and the generic guess, 0): 1 for a multi-line rule. */
  multiline: Uint8Array;
  /**
   * A scan's working arrays, one set per rule set and reused by every scan (a few thousand files
   * each allocated them: ~4 ms of a run). Cleared at the start of each scan, so one that threw
   * leaves nothing behind; a scan never starts another, so they are never shared by two.
   */
  onLine: Uint8Array;
  kwCount: Int32Array;
  lineRules: Int32Array;
  kwStarts: number[][];
}

function compile(rules: readonly CredentialRule[]): Compiled {
  return {
    rules,
    patterns: rules.map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace(/[gyd]/g, '') + (r.multiline ? 'dy' : 'dg'))),
    sticky: [],
    offsets: [],
    multiline: Uint8Array.from([...rules.map((r) => (r.multiline ? 1 : 0)), 0]),
    onLine: new Uint8Array(rules.length + 1),
    kwCount: new Int32Array(rules.length + 1),
    lineRules: new Int32Array(rules.length + 1),
    kwStarts: [],
  };
}

function offsetsOf(c: Compiled, i: number): KeywordOffsets | null {
  let o = c.offsets[i];
  if (o === undefined) {
    const generic = i === c.rules.length;
    const pattern = generic ? CREDENTIAL_WORD : c.rules[i].pattern;
    const keywords = generic ? GENERIC_KEYWORDS : c.rules[i].keywords;
    // The table read from the same pattern and keywords at build time, else the pattern itself.
    const id = generic ? 'generic' : c.rules[i].id;
    const known = Object.hasOwn(ANCHORING, id) ? ANCHORING[id] : undefined;
    o = known && known.of === anchoringKey(pattern, keywords) ? known.offsets : (keywordOffsets(pattern, keywords) ?? null);
    c.offsets[i] = o;
  }
  return o;
}

function stickyOf(c: Compiled, i: number): RegExp {
  return (c.sticky[i] ??= new RegExp(c.rules[i].pattern.source, c.rules[i].pattern.flags.replace(/[gyd]/g, '') + 'dy'));
}

/** Below this length a line is scanned whole: trying a pattern at a few places saves nothing there. */
const LONG_LINE = 1024;
/** A try at one place costs about as much as scanning this many characters (a call, against a native search). */
const TRY_COST = 16;

/**
 * The places on the line [lineStart, lineEnd) where a match of rule `i` may begin, given where
 * its keywords begin (`kw`, the first `count`, ascending or nearly): merged ranges [from, to] as
 * line offsets, pairs in `out`. False when the whole line is to be scanned instead: the pattern
 * does not show where its keywords are, or (unless `always`) the places are too many to pay.
 */
function windowsOn(
  c: Compiled,
  i: number,
  kw: number[],
  count: number,
  lineStart: number,
  lineEnd: number,
  always: boolean,
  out: number[],
): boolean {
  const n = lineEnd - lineStart;
  const o = offsetsOf(c, i);
  if (!o) return false;
  out.length = 0;
  let sorted = true;
  for (let k = 1; k < count; k++) if (kw[k] < kw[k - 1]) sorted = false;
  if (!sorted) {
    const part = kw.slice(0, count).sort((a, b) => a - b);
    for (let k = 0; k < count; k++) kw[k] = part[k];
  }
  let places = 0;
  for (let k = 0; k < count; k++) {
    const from = Math.max(0, kw[k] - lineStart - o.max);
    const to = Math.min(n - 1, kw[k] - lineStart - o.min);
    if (from > to) continue;
    const last = out.length - 1;
    if (out.length > 0 && from <= out[last] + 1) {
      if (to > out[last]) {
        places += to - out[last];
        out[last] = to;
      }
    } else {
      out.push(from, to);
      places += to - from + 1;
    }
  }
  return always || places * TRY_COST <= n;
}

let DEFAULT: Compiled | undefined;
const compiled = new WeakMap<readonly CredentialRule[], Compiled>();

function compiledFor(rules?: readonly CredentialRule[]): Compiled {
  if (!rules || rules === CREDENTIAL_RULES) return (DEFAULT ??= compile(CREDENTIAL_RULES));
  let c = compiled.get(rules);
  if (!c) compiled.set(rules, (c = compile(rules)));
  return c;
}

/**
 * Where a multi-line rule's match may begin (a private key's armour, the key of a value on the
 * next line): the rule holding the document's findings line by line cannot.
 */
export const MULTI_LINE_OPENINGS: ReadonlyArray<string | RegExp> = [
  '-----BEGIN ',
  '---- BEGIN SSH2',
  'PuTTY-User-Key-File-',
  new RegExp(
    CREDENTIAL_RULES.filter((r) => r.multiline && r.id !== 'private-key')
      .flatMap((r) => r.keywords)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') || '(?!)',
    'i',
  ),
];

/** Whether a key name says little about the credential (`key:`, `value:`): then the rule's name is the better suggestion. */
const BARE_KEY = /^(?:key|value|val|v|secret|token|data|default|password|apiKey|api_key|auth|authorization|bearer|headers?|env|url|uri)$/i;

function accept(rule: CredentialRule, secret: string, m: RegExpExecArray, docs: boolean): boolean {
  if (docs && rule.exampleInDocs?.(secret)) return false;
  const random = secret.slice(rule.randomFrom ?? 0);
  if (rule.id !== 'private-key' && FORMAT_PLACEHOLDER.test(random)) return false;
  if (rule.minEntropy !== undefined && entropy(random) < rule.minEntropy) return false;
  return rule.validate ? rule.validate(secret, m) : true;
}

/** How far back from a credential its key name is read: a key is short, and a slice to the line's start would be quadratic on a long line. */
const KEY_REACH = 256;

function providerFinding(rule: CredentialRule, text: string, start: number, end: number, lineStart: number): CredentialFinding {
  const from = Math.max(lineStart, start - KEY_REACH);
  const key = rule.namedByKey === false ? undefined : keyOf(text.slice(from, start), start - from);
  const suggestedName = key && !BARE_KEY.test(key.replace(/^["']/, '')) ? secretNameFromKey(key) : rule.secretName;
  return { ruleId: rule.id, kind: rule.provider, known: true, start, end, suggestedName };
}

/** The start of the line holding `at`, looked for at most `reach` characters back (else `at - reach`). */
function lineStartWithin(text: string, at: number, reach: number): number {
  const stop = Math.max(0, at - reach);
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/**
 * The credential's span in a match: its group `secret`, else the whole match, reaching back to
 * the start of any group captured in a lookbehind (a pattern that starts at its literal keyword
 * and checks what comes before is much faster to search for than one starting with a class).
 */
function spanOf(m: RegExpExecArray): [number, number] {
  const groups = m.indices!.groups;
  if (groups?.secret) return groups.secret;
  let start = m.indices![0][0];
  if (groups) for (const g of Object.values(groups)) if (g && g[0] < start) start = g[0];
  return [start, m.indices![0][1]];
}

/** Records a match on `line` (starting at `lineStart` in `text`) when the rule accepts it. */
function record(
  rule: CredentialRule,
  m: RegExpExecArray,
  line: string,
  text: string,
  lineStart: number,
  out: CredentialFinding[],
  docs: boolean,
) {
  const span = spanOf(m);
  const secret = line.slice(span[0], span[1]);
  if (accept(rule, secret, m, docs)) out.push(providerFinding(rule, text, lineStart + span[0], lineStart + span[1], lineStart));
}

/** Runs `re` (global, with indices) over `line` and records each accepted match. */
function runOnLine(
  rule: CredentialRule,
  re: RegExp,
  line: string,
  text: string,
  lineStart: number,
  out: CredentialFinding[],
  docs: boolean,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    record(rule, m, line, text, lineStart, out, docs);
  }
}

/**
 * What `runOnLine` finds, trying `re` (sticky) only at the places in `windows` (merged ranges,
 * pairs): every match begins at one of them, and a global search finds at each place the same
 * match a sticky try does, so skipping the places a match covered gives the same matches.
 */
function runInWindows(
  rule: CredentialRule,
  re: RegExp,
  line: string,
  windows: readonly number[],
  text: string,
  lineStart: number,
  out: CredentialFinding[],
  docs: boolean,
): void {
  let next = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const to = windows[w + 1];
    for (let p = Math.max(windows[w], next); p <= to; p++) {
      re.lastIndex = p;
      const m = re.exec(line);
      if (!m) continue;
      if (m[0].length === 0) {
        next = p + 1;
        continue;
      }
      record(rule, m, line, text, lineStart, out, docs);
      next = p + m[0].length;
      p = next - 1;
    }
  }
}

/**
 * The credentials in `text`, in order, none overlapping another. Known formats win over generic
 * guesses; of two known ones at the same place the longer match wins.
 */
export function scanCredentials(text: string, options: ScanOptions): CredentialFinding[] {
  const c = compiledFor(options.rules);
  const GENERIC = c.rules.length;
  const docs = options.docs ?? false;
  const strategy = options.strategy ?? 'auto';
  const known: CredentialFinding[] = [];
  const guesses: GenericCandidate[] = [];
  const multiEnd = new Map<number, number>();

  // Lines with keywords, in order, each with the rules its keywords may start.
  let lineStart = -1,
    lineEnd = -1;
  /** The rules to run on the current line (the first `ruleCount`), each once (`onLine[rule]` is 1 while listed). */
  const { lineRules, onLine, kwStarts, kwCount } = c;
  let ruleCount = 0;
  onLine.fill(0);
  /** Per rule on the line: where its keywords begin (the first `kwCount[rule]`), for the places a match may begin. */
  kwCount.fill(0);
  const windows: number[] = [];
  /** Whether the current line may be scanned in windows (a long one): then where its keywords begin is kept. */
  let keepStarts = false;
  const flush = () => {
    if (ruleCount === 0) return;
    // In rule order (the order findings at the same place are kept in): a line lists a few, an insertion sort.
    for (let a = 1; a < ruleCount; a++) {
      const r = lineRules[a];
      let b = a - 1;
      for (; b >= 0 && lineRules[b] > r; b--) lineRules[b + 1] = lineRules[b];
      lineRules[b + 1] = r;
    }
    const line = text.slice(lineStart, lineEnd);
    for (let r = 0; r < ruleCount; r++) {
      const i = lineRules[r];
      const windowed = keepStarts && windowsOn(c, i, kwStarts[i], kwCount[i], lineStart, lineEnd, strategy === 'windows', windows);
      if (i === GENERIC) {
        if (options.generic) for (const g of genericAssignments(line, lineStart, options, windowed ? windows : undefined)) guesses.push(g);
      } else if (windowed) runInWindows(c.rules[i], stickyOf(c, i), line, windows, text, lineStart, known, docs);
      else runOnLine(c.rules[i], c.patterns[i], line, text, lineStart, known, docs);
      onLine[i] = 0;
      kwCount[i] = 0;
    }
    ruleCount = 0;
  };

  const pass =
    options.keywords && options.keywords.text === text && c.rules === CREDENTIAL_RULES
      ? options.keywords.credentialHits
      : runAutomaton((c.automaton ??= buildAutomaton(credentialKeywords(c.rules))), text);
  const { first, pairs } = flatHits(pass.automaton);
  const n = text.length;
  for (let k = 0; k < pass.count; k++) {
    const at = pass.at[k];
    const st = pass.state[k];
    // A keyword ends at `at`: the line it is on.
    if (at >= lineEnd) {
      flush();
      lineStart = text.lastIndexOf('\n', at) + 1;
      const nl = text.indexOf('\n', at);
      lineEnd = nl < 0 ? n : nl;
      keepStarts = strategy === 'windows' || (strategy === 'auto' && lineEnd - lineStart >= LONG_LINE);
    }
    for (let h = first[st], end = first[st + 1]; h < end; h += 2) {
      const i = pairs[h];
      if (c.multiline[i] === 1) {
        const rule = c.rules[i];
        const len = pairs[h + 1];
        // From the keyword on, across lines; a match already found covers keywords inside it.
        const from = at - len + 1;
        if (from < (multiEnd.get(i) ?? -1)) continue;
        const re = c.patterns[i];
        re.lastIndex = from;
        const mm = re.exec(text);
        if (mm && mm[0].length > 0) {
          multiEnd.set(i, from + mm[0].length);
          const span = spanOf(mm);
          const secret = text.slice(span[0], span[1]);
          if (accept(rule, secret, mm, docs))
            known.push(providerFinding(rule, text, span[0], span[1], lineStartWithin(text, span[0], KEY_REACH)));
        }
      } else {
        if (onLine[i] === 0) {
          onLine[i] = 1;
          lineRules[ruleCount++] = i;
        }
        if (keepStarts) (kwStarts[i] ??= [])[kwCount[i]++] = at - pairs[h + 1] + 1;
      }
    }
  }
  flush();
  return resolve(known, guesses);
}

/** An automaton's hits as two flat arrays: state `s`'s [tag, length] pairs are `pairs[first[s]…first[s + 1]]`. */
interface FlatHits {
  first: Int32Array;
  pairs: Int32Array;
}
const flat = new WeakMap<KeywordAutomaton, FlatHits>();

/** The hit loop reads a few hundred thousand hits per corpus: typed arrays, not arrays of tuples, keep it monomorphic. */
function flatHits(a: KeywordAutomaton): FlatHits {
  let f = flat.get(a);
  if (!f) {
    const first = new Int32Array(a.hits.length + 1);
    const list: number[] = [];
    a.hits.forEach((here, s) => {
      first[s] = list.length;
      for (const [tag, len] of here ?? []) list.push(tag, len);
    });
    first[a.hits.length] = list.length;
    flat.set(a, (f = { first, pairs: Int32Array.from(list) }));
  }
  return f;
}

function resolve(known: CredentialFinding[], guesses: GenericCandidate[]): CredentialFinding[] {
  known.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CredentialFinding[] = [];
  for (const f of known) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  if (guesses.length === 0) return kept;
  guesses.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CredentialFinding[] = [];
  let k = 0,
    lastEnd = -1;
  for (const g of guesses) {
    while (k < kept.length && kept[k].end <= g.start) out.push(kept[k++]);
    // A guess overlapping a known finding (or an earlier guess) says less than it.
    if (g.start < lastEnd || (k < kept.length && kept[k].start < g.end)) continue;
    out.push({ ruleId: 'generic', kind: g.kind, known: false, start: g.start, end: g.end, suggestedName: secretNameFromKey(g.key) });
    lastEnd = g.end;
  }
  while (k < kept.length) out.push(kept[k++]);
  return out;
}
