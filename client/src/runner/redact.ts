// Hides every injected secret value in an integration's output, in the forms Node and ordinary
// code print it, and across stdout and stderr together.
//
// A masker that registers each encoding of a value as one more literal string (the GitHub
// Actions runner's approach: the value, its JSON and URI escapes, base64 at three shifts) misses
// every form that is not on its list: base64 wrapped at 76 columns, text percent-encoded only in
// part, JSON with every character \u-escaped, util.inspect's `'…\n' +` pieces, and a value whose
// halves go to two streams. Here the output is *decoded* instead, as it streams, and the value is
// looked for in each decoding:
//   - literal: the text as printed;
//   - unescaped: JS/JSON backslash escapes (\n \" \\ \/ \xHH \uHHHH \u{…}, nested to any depth),
//     percent-escapes (full or partial, either case), util.inspect's `' +\n  '` joins and ANSI
//     colours removed, `+` and space made equal (form encoding);
//   - base64 / base64url (one alphabet), line breaks and spaces skipped, from 4 character phases,
//     so a value at any byte offset inside a longer payload (`user:token`) is found;
//   - hex, optionally separated by spaces or colons (`<Buffer 73 6b …>`), from 2 phases.
// Every decoding runs as a byte automaton (Aho–Corasick) over one pass of the text, so the work is
// linear in the size of the output, whatever the number of forms. A match masks the source
// characters it was decoded from. Text is held back only while its tail could still become part
// of a value (a live automaton prefix or a half-read escape), so output stays live and ordered.
//
// Values shorter than MIN_SECRET_LENGTH are not masked at all: masking `a` or `true` would shred
// ordinary words, and a short value is guessable anyway. Callers tell the user (shortValueNotice).
// Redaction guards against accidental printing; it cannot stop code that means to leak a value
// (reversed, split into characters, sent over the network) and the README says so.
// Pure: no vscode, no I/O.

export const MASK = '***';

/** Values with fewer characters are left unmasked (and reported): see the header. */
export const MIN_SECRET_LENGTH = 6;

/** Lines of a multi-line value (a PEM key) at least this long are also masked on their own. */
const MIN_LINE_LENGTH = 16;

const INSPECT_BUFFER_BYTES = 50;

/** Whether a value is too short to be masked without masking ordinary text. */
export function tooShortToRedact(value: string): boolean {
  return value.length < MIN_SECRET_LENGTH;
}

/** What to tell the user about declared values that will not be masked; '' when there are none. */
export function shortValueNotice(names: readonly string[]): string {
  if (!names.length) return '';
  const list = names.map((n) => `'${n}'`).join(', ');
  const one = names.length === 1;
  return (
    `${list} ${one ? 'has a value' : 'have values'} shorter than ${MIN_SECRET_LENGTH} characters: too short to hide in the output ` +
    `without hiding ordinary words, so ${one ? 'it is' : 'they are'} NOT masked. Do not print ${one ? 'it' : 'them'}, or use a longer value.`
  );
}

// ---- bytes ------------------------------------------------------------------------------------

/** Receives one decoded byte and the source characters [start, end) it came from. */
type ByteSink = (byte: number, start: number, end: number) => void;

/** UTF-16 code units to UTF-8 bytes, pairing surrogates (a lone one is encoded as is, WTF-8). */
class Utf8 {
  private high = -1;
  private highStart = 0;
  constructor(private readonly sink: ByteSink) {}

  unit(u: number, start: number, end: number): void {
    if (this.high >= 0) {
      const [h, hs] = [this.high, this.highStart];
      this.high = -1;
      if (u >= 0xdc00 && u <= 0xdfff) return this.point(0x10000 + ((h - 0xd800) << 10) + (u - 0xdc00), hs, end);
      this.point(h, hs, hs + 1);
    }
    if (u >= 0xd800 && u <= 0xdbff) {
      this.high = u;
      this.highStart = start;
      return;
    }
    this.point(u, start, end);
  }

  /** A byte that is already a byte (percent-decoded). */
  byte(b: number, start: number, end: number): void {
    this.flush();
    this.sink(b, start, end);
  }

  flush(): void {
    if (this.high < 0) return;
    const h = this.high;
    this.high = -1;
    this.point(h, this.highStart, this.highStart + 1);
  }

  pendingStart(): number {
    return this.high >= 0 ? this.highStart : Infinity;
  }

  private point(cp: number, s: number, e: number): void {
    const out = this.sink;
    if (cp < 0x80) out(cp, s, e);
    else if (cp < 0x800) {
      out(0xc0 | (cp >> 6), s, e);
      out(0x80 | (cp & 63), s, e);
    } else if (cp < 0x10000) {
      out(0xe0 | (cp >> 12), s, e);
      out(0x80 | ((cp >> 6) & 63), s, e);
      out(0x80 | (cp & 63), s, e);
    } else {
      out(0xf0 | (cp >> 18), s, e);
      out(0x80 | ((cp >> 12) & 63), s, e);
      out(0x80 | ((cp >> 6) & 63), s, e);
      out(0x80 | (cp & 63), s, e);
    }
  }
}

function bytesOf(text: string, decode: (sink: ByteSink) => { unit(u: number, s: number, e: number): void; finish(): void }): number[] {
  const bytes: number[] = [];
  const d = decode((b) => bytes.push(b));
  for (let i = 0; i < text.length; i++) d.unit(text.charCodeAt(i), i, i + 1);
  d.finish();
  return bytes;
}

const literalDecoder = (sink: ByteSink) => {
  const u = new Utf8(sink);
  return { unit: (c: number, s: number, e: number) => u.unit(c, s, e), finish: () => u.flush(), pendingStart: () => u.pendingStart() };
};

// ---- unescaping -------------------------------------------------------------------------------

const BACKSLASH = 0x5c;
const ESC = 0x1b;
const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
const hexVal = (c: number): number => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10);
const isQuote = (c: number): boolean => c === 0x27 || c === 0x22 || c === 0x60;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const CONTROL: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x76: 0x0b, 0x30: 0x00 };
/** util.inspect indents joined pieces; a longer run of blanks is not a join. */
const MAX_JOIN = 96;

/** How a construct at the start of the pending units resolves. */
type Step =
  | { kind: 'more' }
  | { kind: 'literal' }
  | { kind: 'drop'; n: number }
  | { kind: 'unit'; n: number; unit: number }
  | { kind: 'byte'; n: number; byte: number };
const MORE: Step = { kind: 'more' };
const LITERAL: Step = { kind: 'literal' };

/** Decodes the escapes a value gets in JSON, JS string literals, util.inspect and URLs. */
class Unescaper {
  private units: number[] = [];
  private starts: number[] = [];
  private head = 0;
  private readonly utf8: Utf8;
  constructor(sink: ByteSink) {
    this.utf8 = new Utf8(sink);
  }

  unit(u: number, start: number): void {
    this.units.push(u);
    this.starts.push(start);
    this.drain(false);
  }

  finish(): void {
    this.drain(true);
    this.utf8.flush();
  }

  pendingStart(): number {
    return Math.min(this.head < this.units.length ? this.starts[this.head] : Infinity, this.utf8.pendingStart());
  }

  private at(i: number): number {
    const j = this.head + i;
    return j < this.units.length ? this.units[j] : -1;
  }

  private drain(final: boolean): void {
    while (this.head < this.units.length) {
      const next = this.step();
      if (next.kind === 'more' && !final) break;
      const step = next.kind === 'more' ? this.atEnd() : next;
      const s = this.starts[this.head];
      if (step.kind === 'literal') {
        this.utf8.unit(this.units[this.head], s, s + 1);
        this.head += 1;
        continue;
      }
      const endIndex = this.head + step.n - 1;
      const e = this.starts[endIndex] + 1;
      if (step.kind === 'unit') this.utf8.unit(step.unit, s, e);
      else if (step.kind === 'byte') this.utf8.byte(step.byte, s, e);
      this.head += step.n;
    }
    if (this.head > 1024 && this.head * 2 > this.units.length) {
      this.units = this.units.slice(this.head);
      this.starts = this.starts.slice(this.head);
      this.head = 0;
    }
  }

  /** A construct the text ended in the middle of. */
  private atEnd(): Exclude<Step, { kind: 'more' }> {
    // A trailing backslash run escapes nothing: dropped, as it is before a quote.
    let k = 0;
    while (this.at(k) === BACKSLASH) k++;
    return k > 0 ? { kind: 'drop', n: k } : { kind: 'literal' };
  }

  private step(): Step {
    const c = this.at(0);
    if (c === BACKSLASH) return this.backslash();
    if (c === 0x25) return this.percent();
    if (isQuote(c)) return this.join();
    if (c === ESC) {
      const n = this.colour(0);
      return n > 0 ? { kind: 'drop', n } : n < 0 ? MORE : LITERAL;
    }
    return LITERAL;
  }

  /** A run of backslashes (any depth of nesting) and what it escapes. */
  private backslash(): Step {
    let k = 0;
    while (this.at(k) === BACKSLASH) k++;
    const x = this.at(k);
    if (x < 0) return MORE;
    if (x in CONTROL) return { kind: 'unit', n: k + 1, unit: CONTROL[x] };
    if (x === 0x78) return this.hex(k + 1, 2) ?? { kind: 'drop', n: k };
    if (x === 0x75) {
      if (this.at(k + 1) === 0x7b) {
        let v = 0;
        for (let i = k + 2; i < k + 9; i++) {
          const h = this.at(i);
          if (h < 0) return MORE;
          if (h === 0x7d && i > k + 2 && v <= 0x10ffff) {
            if (v < 0x10000) return { kind: 'unit', n: i + 1, unit: v };
            // A code point beyond the BMP: hand it on as its two surrogates.
            this.units.splice(this.head + i + 1, 0, 0xdc00 + ((v - 0x10000) & 0x3ff));
            this.starts.splice(this.head + i + 1, 0, this.starts[this.head + i]);
            return { kind: 'unit', n: i + 1, unit: 0xd800 + ((v - 0x10000) >> 10) };
          }
          if (!isHex(h)) return { kind: 'drop', n: k };
          v = v * 16 + hexVal(h);
        }
        return { kind: 'drop', n: k };
      }
      return this.hex(k + 1, 4) ?? { kind: 'drop', n: k };
    }
    // \\ \" \' \/ \` and anything else: the backslashes only quote what follows.
    return { kind: 'drop', n: k };
  }

  /** `count` hex digits from offset `from`: the escape as a unit, MORE, or undefined when malformed. */
  private hex(from: number, count: number): Step | undefined {
    let v = 0;
    for (let i = from; i < from + count; i++) {
      const h = this.at(i);
      if (h < 0) return MORE;
      if (!isHex(h)) return undefined;
      v = v * 16 + hexVal(h);
    }
    return { kind: 'unit', n: from + count, unit: v };
  }

  private percent(): Step {
    const a = this.at(1);
    const b = this.at(2);
    if (a < 0 || (isHex(a) && b < 0)) return MORE;
    if (!isHex(a) || !isHex(b)) return LITERAL;
    return { kind: 'byte', n: 3, byte: hexVal(a) * 16 + hexVal(b) };
  }

  /** An ANSI colour (ESC [ digits ; m) at offset i: its length, -1 when incomplete, 0 when none. */
  private colour(i: number): number {
    if (this.at(i) !== ESC) return 0;
    const b = this.at(i + 1);
    if (b < 0) return -1;
    if (b !== 0x5b) return 0;
    for (let j = i + 2; j < i + 16; j++) {
      const c = this.at(j);
      if (c < 0) return -1;
      if (c === 0x6d) return j - i + 1;
      if (!((c >= 0x30 && c <= 0x39) || c === 0x3b)) return 0;
    }
    return 0;
  }

  /** util.inspect's join of a long string's pieces: `'…\n' +\n    '…'` (colours allowed around). */
  private join(): Step {
    let i = 1;
    let plus = false;
    while (i < MAX_JOIN) {
      const c = this.at(i);
      if (c < 0) return MORE;
      const colour = this.colour(i);
      if (colour < 0) return MORE;
      if (colour > 0) i += colour;
      else if (c === 0x20 || c === 0x09 || (plus && isBlank(c))) i++;
      else if (c === 0x2b && !plus) {
        plus = true;
        i++;
      } else if (isQuote(c) && plus) return { kind: 'drop', n: i + 1 };
      else return LITERAL;
    }
    return LITERAL;
  }
}

const unescapeDecoder = (sink: ByteSink) => {
  const u = new Unescaper(sink);
  return { unit: (c: number, s: number) => u.unit(c, s), finish: () => u.finish(), pendingStart: () => u.pendingStart() };
};

/** Form encoding writes a space as `+`: the unescaped decoding treats the two as one byte. */
const foldSpace = (b: number): number => (b === 0x20 ? 0x2b : b);

// ---- binary-to-text decodings -------------------------------------------------------------------

const B64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
B64[0x2d] = 62; // '-' base64url
B64[0x5f] = 63; // '_' base64url

interface Decoding {
  byte(b: number, start: number, end: number): void;
  /** Where the bits of a byte not yet complete began (Infinity: none). */
  pendingStart(): number;
  /** How many bits of that byte are known, and their value. */
  pendingBits(): [bits: number, value: number];
}

/** base64 or base64url over bytes, skipping line breaks; `phase` characters skipped after each break in the run. */
class Base64Decoding implements Decoding {
  private acc = 0;
  private bits = 0;
  private byteStart = 0;
  private skip: number;
  constructor(
    private readonly phase: number,
    private readonly sink: ByteSink,
    private readonly reset: () => void,
  ) {
    this.skip = phase;
  }
  byte(b: number, start: number, end: number): void {
    const v = B64[b];
    if (v < 0) {
      if (isBlank(b)) return; // wrapped at 64/76 columns, or indented
      this.bits = 0;
      this.skip = this.phase;
      this.reset();
      return;
    }
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (this.bits === 0) this.byteStart = start;
    this.acc = ((this.acc << 6) | v) & 0xfff;
    this.bits += 6;
    if (this.bits >= 8) {
      this.bits -= 8;
      this.sink((this.acc >> this.bits) & 0xff, this.byteStart, end);
      this.byteStart = start;
    }
  }
  pendingStart(): number {
    return this.bits > 0 ? this.byteStart : Infinity;
  }
  pendingBits(): [number, number] {
    return [this.bits, this.acc & ((1 << this.bits) - 1)];
  }
}

/** Hex digit pairs, either case, optionally separated by a space or colon between bytes. */
class HexDecoding implements Decoding {
  private high = -1;
  private highStart = 0;
  private skip: number;
  constructor(
    private readonly phase: number,
    private readonly sink: ByteSink,
    private readonly reset: () => void,
  ) {
    this.skip = phase;
  }
  byte(b: number, start: number, end: number): void {
    if (!isHex(b)) {
      if ((b === 0x20 || b === 0x3a) && this.high < 0) return;
      this.high = -1;
      this.skip = this.phase;
      this.reset();
      return;
    }
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (this.high < 0) {
      this.high = hexVal(b);
      this.highStart = start;
      return;
    }
    this.sink(this.high * 16 + hexVal(b), this.highStart, end);
    this.high = -1;
  }
  pendingStart(): number {
    return this.high >= 0 ? this.highStart : Infinity;
  }
  pendingBits(): [number, number] {
    return [4, this.high];
  }
}

// ---- matching ---------------------------------------------------------------------------------

/** Aho–Corasick over bytes: every pattern found in one pass, each byte in amortised O(1). */
class Automaton {
  private readonly next: Array<Map<number, number>> = [new Map<number, number>()];
  private fail: Int32Array = new Int32Array(1);
  depth: Int32Array = new Int32Array(1);
  /** Length of the longest pattern that ends in this state (0: none). */
  out: Int32Array = new Int32Array(1);
  readonly maxLength: number;

  constructor(patterns: Iterable<number[]>) {
    const depth = [0];
    const own = [0];
    let max = 0;
    for (const p of patterns) {
      if (!p.length) continue;
      let s = 0;
      for (const b of p) {
        let t = this.next[s].get(b);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map<number, number>());
          depth.push(depth[s] + 1);
          own.push(0);
          this.next[s].set(b, t);
        }
        s = t;
      }
      own[s] = p.length;
      max = Math.max(max, p.length);
    }
    this.maxLength = max;
    const n = this.next.length;
    this.fail = new Int32Array(n);
    this.depth = Int32Array.from(depth);
    this.out = Int32Array.from(own);
    const queue = [...this.next[0].values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      this.out[s] = Math.max(this.out[s], this.out[this.fail[s]]);
      for (const [b, t] of this.next[s]) {
        this.fail[t] = s === 0 ? 0 : this.step(this.fail[s], b);
        queue.push(t);
      }
    }
  }

  get empty(): boolean {
    return this.maxLength === 0;
  }

  /** Whether some byte whose top `bits` bits are `value` can follow `state` on a way to a match. */
  canContinue(state: number, bits: number, value: number): boolean {
    for (let s = state; ; s = this.fail[s]) {
      for (const b of this.next[s].keys()) if (b >> (8 - bits) === value) return true;
      if (s === 0) return false;
    }
  }

  step(state: number, b: number): number {
    for (let s = state; ; s = this.fail[s]) {
      const t = this.next[s].get(b);
      if (t !== undefined) return t;
      if (s === 0) return 0;
    }
  }
}

/** One decoding's automaton state, and where each of its recent bytes came from. */
class Matcher {
  private state = 0;
  private count = 0;
  private readonly starts: Float64Array;
  constructor(
    private readonly ac: Automaton,
    private readonly onMatch: (start: number, end: number) => void,
    private readonly upstream: () => number,
  ) {
    this.starts = new Float64Array(Math.max(1, ac.maxLength));
  }
  readonly byte: ByteSink = (b, start, end) => {
    const cap = this.starts.length;
    this.starts[this.count % cap] = start;
    this.count++;
    this.state = this.ac.step(this.state, b);
    const len = this.ac.out[this.state];
    if (len > 0) this.onMatch(this.starts[(this.count - len) % cap], end);
  };
  reset = (): void => {
    this.state = 0;
  };
  /** Whether a byte that begins with these bits could take a match further from here. */
  wants(bits: number, value: number): boolean {
    return this.ac.canContinue(this.state, bits, value);
  }
  /** The earliest source position a match still in progress could begin at. */
  liveStart(): number {
    const d = this.ac.depth[this.state];
    return Math.min(d > 0 ? this.starts[(this.count - d) % this.starts.length] : Infinity, this.upstream());
  }
}

interface Patterns {
  raw: Automaton;
  unescaped: Automaton;
}

function buildPatterns(values: readonly string[]): Patterns {
  const pieces = new Set<string>();
  for (const v of values) {
    pieces.add(v);
    // A PEM key or a certificate is often printed one line at a time.
    // Its armour lines (-----BEGIN PRIVATE KEY-----) are the same in every key: not secret.
    for (const line of v.split(/\r?\n/).map((l) => l.trim())) {
      if (line.length >= MIN_LINE_LENGTH && line !== v && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line)) pieces.add(line);
    }
  }
  const raw = [...pieces].map((p) => bytesOf(p, literalDecoder));
  // util.inspect shows a Buffer's first 50 bytes only (`<Buffer 73 6b … 30 more bytes>`).
  for (const v of values) {
    const bytes = bytesOf(v, literalDecoder);
    if (bytes.length > INSPECT_BUFFER_BYTES) raw.push(bytes.slice(0, INSPECT_BUFFER_BYTES));
  }
  // Escapes in the output are undone; escapes in the value itself may or may not be (a value's
  // backslash is `\\` in JSON but `%5C` when percent-encoded): both readings are looked for.
  const unescaped = [...[...pieces].map((p) => bytesOf(p, unescapeDecoder).map(foldSpace)), ...raw.map((b) => b.map(foldSpace))].filter(
    (b) => b.length >= MIN_SECRET_LENGTH,
  );
  return { raw: new Automaton(raw), unescaped: new Automaton(unescaped) };
}

/**
 * Where a half-decoded byte began, if it matters: the characters of a base64 word at the end of
 * the output are held back only when their bits could start or continue a value.
 */
function partial(m: Matcher, d: Decoding): number {
  const start = d.pendingStart();
  if (start === Infinity) return start;
  const [bits, value] = d.pendingBits();
  return m.wants(bits, value) ? start : Infinity;
}

/** Runs every decoding over one ordered text and reports the source ranges to mask. */
class Scanner {
  private readonly literal: ReturnType<typeof literalDecoder>;
  private readonly unescaper: Unescaper;
  private readonly matchers: Matcher[] = [];
  private readonly decodings: Decoding[] = [];

  constructor(p: Patterns, onMatch: (start: number, end: number) => void) {
    const lit = new Matcher(p.raw, onMatch, () => this.literal.pendingStart());
    this.literal = literalDecoder(lit.byte);
    const unescapedStart = (): number => this.unescaper.pendingStart();
    const unesc = new Matcher(p.unescaped, onMatch, unescapedStart);
    this.matchers.push(lit, unesc);
    for (let phase = 0; phase < 4; phase++) {
      const m: Matcher = new Matcher(p.raw, onMatch, () => Math.min(unescapedStart(), partial(m, d)));
      const d = new Base64Decoding(phase, m.byte, m.reset);
      this.matchers.push(m);
      this.decodings.push(d);
    }
    for (let phase = 0; phase < 2; phase++) {
      const m: Matcher = new Matcher(p.raw, onMatch, () => Math.min(unescapedStart(), partial(m, d)));
      const d = new HexDecoding(phase, m.byte, m.reset);
      this.matchers.push(m);
      this.decodings.push(d);
    }
    this.unescaper = new Unescaper((b, s, e) => {
      unesc.byte(foldSpace(b), s, e);
      for (const d of this.decodings) d.byte(b, s, e);
    });
  }

  feed(text: string, base: number): void {
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      this.literal.unit(u, base + i, base + i + 1);
      this.unescaper.unit(u, base + i);
    }
  }

  finish(): void {
    this.literal.finish();
    this.unescaper.finish();
  }

  /** Everything before this position can be shown: no match can start earlier any more. */
  safePoint(): number {
    let min = Infinity;
    for (const m of this.matchers) min = Math.min(min, m.liveStart());
    return min;
  }
}

// ---- the redactor -----------------------------------------------------------------------------

/** One ordered redactor over several output streams (an integration's stdout and stderr). */
export interface OutputRedactor<S extends string> {
  /** Takes a chunk of one stream; emits, in arrival order, all text that can no longer hide a value. */
  write(stream: S, chunk: string): void;
  /** Emits everything still held back. */
  end(): void;
}

export interface StreamRedactor {
  /** Returns the part of the stream so far that is safe to show; holds back a possible value prefix. */
  push(chunk: string): string;
  /** Returns the rest at the end of the stream. */
  end(): string;
}

export interface Redactor {
  /** Redacts a complete text (an error message, a stack trace, a returned value). */
  redact(text: string): string;
  /**
   * A redactor over streams that share one order: a value split between them (first half on
   * stdout, second on stderr) is found, and text reaches `emit` in the order it arrived.
   */
  output<S extends string>(emit: (text: string, stream: S) => void): OutputRedactor<S>;
  /** A redactor for a single stream whose chunks may split a value anywhere. */
  stream(): StreamRedactor;
  /** Whether there is anything to redact. */
  readonly empty: boolean;
}

interface Piece<S> {
  stream: S;
  text: string;
  start: number;
}

function outputRedactor<S extends string>(patterns: Patterns, emit: (text: string, stream: S) => void): OutputRedactor<S> {
  const pieces: Piece<S>[] = [];
  let masks: Array<[number, number]> = [];
  let total = 0;
  let shown = 0;
  /** Per stream, where its last mask ended: a mask that goes on across a flush prints one MASK. */
  const maskEnd = new Map<S, number>();
  const scanner = new Scanner(patterns, (start, end) => masks.push([start, end]));

  const flush = (upto: number): void => {
    if (upto <= shown) return;
    masks.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const m of masks) {
      const last = merged[merged.length - 1];
      if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
      else merged.push([m[0], m[1]]);
    }
    let mi = 0;
    let out = '';
    let outStream: S | undefined;
    const send = (): void => {
      if (out && outStream !== undefined) emit(out, outStream);
      out = '';
    };
    while (pieces.length && pieces[0].start < upto) {
      const p = pieces[0];
      const pEnd = p.start + p.text.length;
      if (outStream !== p.stream) {
        send();
        outStream = p.stream;
      }
      let pos = Math.max(shown, p.start);
      const stop = Math.min(upto, pEnd);
      while (pos < stop) {
        while (mi < merged.length && merged[mi][1] <= pos) mi++;
        const m = merged[mi];
        if (m && m[0] <= pos) {
          const e = Math.min(stop, m[1]);
          if (maskEnd.get(p.stream) !== pos) out += MASK;
          maskEnd.set(p.stream, e);
          pos = e;
        } else {
          const e = Math.min(stop, m ? m[0] : stop);
          out += p.text.slice(pos - p.start, e - p.start);
          pos = e;
        }
      }
      if (stop === pEnd) pieces.shift();
      else break;
    }
    send();
    shown = upto;
    masks = masks.filter((m) => m[1] > upto);
  };

  return {
    write(stream, chunk) {
      if (!chunk) return;
      pieces.push({ stream, text: chunk, start: total });
      scanner.feed(chunk, total);
      total += chunk.length;
      flush(Math.min(total, scanner.safePoint()));
    },
    end() {
      scanner.finish();
      flush(total);
    },
  };
}

export function createRedactor(values: Iterable<string>): Redactor {
  const maskable = [...new Set(values)].filter((v) => !tooShortToRedact(v));
  const patterns = buildPatterns(maskable);
  const empty = patterns.raw.empty;

  const output = <S extends string>(emit: (text: string, stream: S) => void): OutputRedactor<S> => {
    if (empty) {
      return {
        write(stream, chunk) {
          if (chunk) emit(chunk, stream);
        },
        end() {},
      };
    }
    return outputRedactor(patterns, emit);
  };

  const redact = (text: string): string => {
    if (empty) return text;
    let result = '';
    const o = output<'text'>((t) => (result += t));
    o.write('text', text);
    o.end();
    return result;
  };

  const stream = (): StreamRedactor => {
    let ready = '';
    const o = output<'text'>((t) => (ready += t));
    const take = (): string => {
      const t = ready;
      ready = '';
      return t;
    };
    return {
      push(chunk) {
        o.write('text', chunk);
        return take();
      },
      end() {
        o.end();
        return take();
      },
    };
  };

  return { redact, output, stream, empty };
}
