// The keyword pass of keywords.ts in WebAssembly (keywordScan.wat), over a text's UTF-8 bytes: the
// same automaton, its tables copied into the module's memory once, stepping on each byte in about
// a quarter of the time the JavaScript loop takes per UTF-16 code unit. A file read from disk is
// scanned as it was read, before (and, when nothing is found, instead of) decoding it; a string is
// encoded into the module's memory first. Offsets come back in UTF-16 code units either way.
import { isAscii, isUtf8 } from 'node:buffer';
import type { KeywordAutomaton, KeywordHits } from './keywords';
import { KEYWORD_SCAN_WASM } from './keywordScanWasm';

// The project's lib (ES2022, no DOM) has no WebAssembly types: the little used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};
interface WasmGlobal {
  value: number;
}

interface ScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  cls: WasmGlobal;
  base: WasmGlobal;
  shift: WasmGlobal;
  cap: WasmGlobal;
  text: WasmGlobal;
  chains: WasmGlobal;
  full: WasmGlobal;
  scan4(): number;
  scan1(k: number): number;
  utf16(text: number, list: number, count: number): void;
}

/** An automaton's tables in the module's memory (addresses). */
interface Layout {
  /** Each byte's class × 4 (256 bytes). */
  cls: number;
  /** The transitions as row addresses (see keywordScan.wat). */
  step: number;
  /** Each chain's copy of the flags, copied afresh for each text (the literal flag is cleared as literals are found). */
  flags: number;
  /** Each chain's literal events (a state's first occurrence): offsets, then states; one per literal state at most. */
  lits: number;
  /** The longest keyword: how far before its part a chain starts. */
  longest: number;
}

/** The chains' state (see keywordScan.wat): 48 bytes each, as Int32 fields. */
const CHAINS = 0;
const CHAIN_INTS = 12;
const [P, END, ROW, FROM, COUNT, LITS, AT, ST, LIT_AT, LIT_ST, FLAGS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Hits a chain writes before the module hands them over. */
const CAP = 8192;
const HITS = 512;
/** Where scan4 finds the class table of the automaton at hand (at a fixed address, as it finds the bytes it steps on at 192). */
const CLS = 256;
const TABLES = HITS + 4 * 2 * CAP * 4;
/** Texts shorter than this run as one chain: the others would spend their lead-in for little. */
const FOUR_CHAINS_MIN = 1024;
/** Tables beyond this start the module afresh (automata are few: the shared one, and custom rule sets). */
const MAX_TABLES = 64 << 20;
const PAGE = 65536;

let ex: ScanExports | undefined;
let top = TABLES;
let generation = 0;
const layouts = new WeakMap<KeywordAutomaton, { generation: number; layout: Layout }>();

function module(): ScanExports {
  if (!ex) {
    const compiled = new WebAssembly.Module(Buffer.from(KEYWORD_SCAN_WASM, 'base64'));
    ex = new WebAssembly.Instance(compiled, {}).exports as unknown as ScanExports;
    reserve(TABLES);
    top = TABLES;
    generation++;
  }
  return ex;
}

/** Grows the memory to hold `end` bytes. */
function reserve(end: number): void {
  const memory = ex!.memory;
  const have = memory.buffer.byteLength;
  if (end > have) memory.grow(Math.ceil((end - have) / PAGE));
}

function layoutOf(a: KeywordAutomaton): Layout {
  const known = layouts.get(a);
  if (known && known.generation === generation) return known.layout;
  const states = a.flags.length;
  const width = 1 << a.shift;
  const size = 256 + 4 * states + 32 * states + 4 * states * width + 16;
  if (top + size > MAX_TABLES) {
    // Start afresh rather than keep the tables of automata long gone.
    ex = undefined;
    module();
  }
  const cls = top;
  const flags = cls + 256;
  const lits = (flags + 4 * states + 3) & ~3;
  const step = lits + 32 * states;
  top = step + 4 * states * width;
  reserve(top);
  const mem = ex!.memory.buffer;
  // The memory may hold an earlier text here: every byte is written.
  const c = new Uint8Array(mem, cls, 256).fill(0);
  for (let b = 0; b < 128; b++) c[b] = a.classOf[b] * 4;
  const s = new Int32Array(mem, step, states * width);
  for (let i = 0; i < a.step.length; i++) {
    const e = a.step[i];
    s[i] = e >= 0 ? step + e * 4 : ~(step + ~e * 4);
  }
  let longest = 1;
  for (const list of [a.hits, a.literals]) for (const here of list) if (here) for (const [, len] of here) longest = Math.max(longest, len);
  const layout = { cls, step, flags, lits, longest };
  layouts.set(a, { generation, layout });
  return layout;
}

/** The text's bytes go here, after every table. */
function textAt(bytes: number): number {
  const at = (top + 15) & ~15;
  reserve(at + bytes + 16);
  return at;
}

/**
 * Room for `size` bytes where `runAutomatonOnBytes(a, …)` scans them, for reading a file straight
 * into it: no copy, and no fresh memory per file (the page faults of a new buffer cost more than
 * the read). Valid until the next pass or the next call; undefined when `a` does not fit.
 */
export function bufferFor(a: KeywordAutomaton, size: number): Uint8Array | undefined {
  if (!fitsWasm(a)) return undefined;
  module();
  layoutOf(a);
  const at = textAt(size); // may grow the memory: its buffer after
  return new Uint8Array(ex!.memory.buffer, at, size);
}

/** Maps ascending byte offsets of the (valid UTF-8, not all ASCII) text at `text` to UTF-16 ones, in place. */
function toUtf16(text: number, n: number, offsets: Int32Array): void {
  if (offsets.length === 0) return;
  const list = (text + n + 15) & ~15;
  reserve(list + offsets.length * 4);
  new Int32Array(ex!.memory.buffer, list, offsets.length).set(offsets);
  ex!.utf16(text, list, offsets.length);
  offsets.set(new Int32Array(ex!.memory.buffer, list, offsets.length));
}

/** Visits two ascending lists in the order of their merge: `visit(k, list, i)` for the k-th, `list[i]`. */
function merge(a: Int32Array, b: Int32Array, visit: (k: number, list: Int32Array, i: number) => void): void {
  let i = 0,
    j = 0;
  for (let k = 0; k < a.length + b.length; k++) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) visit(k, a, i++);
    else visit(k, b, j++);
  }
}

/** Runs `a` over the `n` bytes at `text` (`wide`: not all ASCII), as `runAutomaton` does over a string. */
function run(a: KeywordAutomaton, text: number, n: number, wide: boolean, first?: Int32Array): KeywordHits {
  const m = module();
  const L = layoutOf(a);
  const states = a.flags.length;
  const chains = n >= FOUR_CHAINS_MIN ? 4 : 1;
  m.cls.value = L.cls;
  m.base.value = L.step;
  m.shift.value = a.shift + 2;
  // scan4 takes the hits between blocks of 16 steps: room for a block's beyond the cap.
  m.cap.value = CAP - 16;
  m.text.value = text;
  m.chains.value = CHAINS;
  m.full.value = 0;
  const mem = m.memory.buffer;
  const chain = new Int32Array(mem, CHAINS, 4 * CHAIN_INTS);
  new Uint8Array(mem).copyWithin(CLS, L.cls, L.cls + 256);
  const flags = new Uint8Array(mem, L.flags, 4 * states);
  for (let k = 0; k < chains; k++) {
    flags.set(a.flags, k * states);
    const from = text + Math.floor((k * n) / chains);
    const c = k * CHAIN_INTS;
    chain[c + P] = k === 0 ? from : Math.max(text, from - L.longest);
    chain[c + END] = text + Math.floor(((k + 1) * n) / chains);
    chain[c + ROW] = L.step;
    chain[c + FROM] = from;
    chain[c + COUNT] = 0;
    chain[c + LITS] = 0;
    chain[c + AT] = HITS + k * 2 * CAP * 4;
    chain[c + ST] = chain[c + AT] + CAP * 4;
    chain[c + LIT_AT] = L.lits + k * 8 * states;
    chain[c + LIT_ST] = chain[c + LIT_AT] + 4 * states;
    chain[c + FLAGS] = L.flags + k * states;
  }
  // Each chain's hits, in the order found: the chains' parts follow one another.
  const taken: Int32Array[][] = [[], [], [], []];
  const take = () => {
    const now = new Int32Array(m.memory.buffer, CHAINS, 4 * CHAIN_INTS);
    for (let k = 0; k < chains; k++) {
      const c = k * CHAIN_INTS,
        count = now[c + COUNT];
      if (count === 0) continue;
      taken[k].push(
        new Int32Array(m.memory.buffer, now[c + AT], count).slice(),
        new Int32Array(m.memory.buffer, now[c + ST], count).slice(),
      );
      now[c + COUNT] = 0;
    }
    m.full.value = 0;
  };
  if (chains === 4) while (m.scan4() !== 0) take();
  for (let k = 0; k < chains; k++) while (m.scan1(k) !== 0) take();
  take();
  let count = 0;
  for (const list of taken) for (let j = 0; j < list.length; j += 2) count += list[j].length;
  const at = new Int32Array(count),
    state = new Int32Array(count);
  let w = 0;
  for (const list of taken)
    for (let j = 0; j < list.length; j += 2) {
      at.set(list[j], w);
      state.set(list[j + 1], w);
      w += list[j].length;
    }
  if (first) {
    // Each chain's literal events in the order of the text: the first time an id is set is its first occurrence.
    const after = new Int32Array(m.memory.buffer, CHAINS, 4 * CHAIN_INTS);
    for (let k = 0; k < chains; k++) {
      const c = k * CHAIN_INTS,
        events = after[c + LITS];
      const pos = new Int32Array(m.memory.buffer, after[c + LIT_AT], events),
        st = new Int32Array(m.memory.buffer, after[c + LIT_ST], events);
      for (let e = 0; e < events; e++) for (const [id] of a.literals[st[e]]!) if (first[id] < 0) first[id] = pos[e];
    }
  }
  if (wide) {
    if (!first) toUtf16(text, n, at);
    else {
      const found = Int32Array.from(new Set(first.filter((f) => f >= 0))).sort();
      const bytes = found.slice();
      // One pass over the text for both lists: merged in order, mapped, taken apart the same way.
      const both = new Int32Array(at.length + found.length);
      merge(at, found, (k, list, i) => (both[k] = list[i]));
      toUtf16(text, n, both);
      merge(at, found, (k, list, i) => (list[i] = both[k]));
      for (let id = 0; id < first.length; id++) if (first[id] >= 0) first[id] = found[bytes.indexOf(first[id])];
    }
  }
  return { automaton: a, count, at, state };
}
/**
 * The pass over a file's bytes as read, with UTF-16 offsets into the text they decode to
 * (`buffer.toString('utf8')`, a byte order mark kept); undefined when the bytes are not valid
 * UTF-8, where the decoder's replacement characters would shift the offsets: decode and run the
 * pass over the text.
 */
export function runAutomatonOnBytes(
  a: KeywordAutomaton,
  bytes: Uint8Array,
  ascii = isAscii(bytes),
  first?: Int32Array,
): KeywordHits | undefined {
  if (!fitsWasm(a) || (!ascii && !isUtf8(bytes))) return undefined;
  const inPlace = ex !== undefined && bytes.buffer === ex.memory.buffer;
  module();
  layoutOf(a);
  const text = textAt(bytes.length);
  if (!inPlace) new Uint8Array(ex!.memory.buffer, text, bytes.length).set(bytes);
  // Tables laid out since `bufferFor` would have been written over the bytes.
  else if (bytes.byteOffset !== text) throw new Error('runAutomatonOnBytes: the bytes from bufferFor were moved by another pass');
  return run(a, text, bytes.length, !ascii, first);
}

/** Whether the module can run `a`: a byte holds each class × 4 (64 classes at most, rows of 64). */
export function fitsWasm(a: KeywordAutomaton): boolean {
  return a.shift <= 6;
}

const encoder = new TextEncoder();

/** The pass over a string, encoded as UTF-8 into the module's memory (a lone surrogate as U+FFFD: still one code unit); `a` must fit (`fitsWasm`). */
export function runAutomatonOnText(a: KeywordAutomaton, text: string, first?: Int32Array): KeywordHits {
  module();
  layoutOf(a);
  const room = text.length * 3;
  const at = textAt(room);
  const { written } = encoder.encodeInto(text, new Uint8Array(ex!.memory.buffer, at, room));
  // Every non-ASCII code unit takes more than one byte: as many bytes as units means all ASCII.
  return run(a, at, written, written !== text.length, first);
}
