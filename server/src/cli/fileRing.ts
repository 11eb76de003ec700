// The hand-over from `secretref check`'s reader thread to the thread that analyses: a ring of
// records in shared memory, one per file (its index, its bytes and what the keyword pass found in
// them, or why it was not read). One thread writes, one reads; they wait on each other with
// Atomics only when the ring is full or empty. A message per file (5,000 in a checkout) with its
// bytes transferred would cost the analysing thread about what reading the file itself does.
import type { KeywordFound } from '../analysis/keywords';

/** The ring as posted to the reader thread. */
export interface RingMemory {
  /** Int32s: PUBLISHED, USED, CLOSED, ROOM_WANTED, WAITING_FOR_MORE. */
  control: SharedArrayBuffer;
  data: SharedArrayBuffer;
}

/** A record as the analysing thread takes it: valid until `release`. */
export type Handed = { index: number; free: number } & (
  | {
      kind: 'read';
      bytes: Buffer;
      found: { count: number; at: Int32Array; state: Int32Array; first: Int32Array; ascii: boolean } | undefined;
    }
  | { kind: 'unreadable'; reason: string }
  /** Over the size limit, where the walk left that to the scan: not part of the run (`ScanInput.listed`). */
  | { kind: 'tooLarge' }
  /** Too large for the ring: the analysing thread reads the file itself. */
  | { kind: 'yours' }
);

/**
 * Records published so far; bytes taken by records not yet released; 1 once the analysing side
 * closed the ring; the free bytes the writer waits for (0: it does not wait); 1 while the analysing
 * side waits for a record. A side wakes the other only when it waits: a wake-up is a system call,
 * and one per file cost the analysing thread more than the hand-over itself.
 */
const PUBLISHED = 0,
  USED = 1,
  CLOSED = 2,
  ROOM_WANTED = 3,
  WAITING_FOR_MORE = 4;
/** A record's kind (its first Int32); WRAP: the rest of the ring is unused, the next record is at its start. */
const READ = 1,
  READ_UNDECODED = 2,
  UNREADABLE = 3,
  YOURS = 4,
  WRAP = 5,
  TOO_LARGE = 6;
/** kind, index, record bytes, byte length, ascii, hit count, literal count, spare: Int32s. */
const HEADER = 32;

const align4 = (n: number): number => (n + 3) & ~3;

export function createRing(bytes: number): RingMemory {
  return { control: new SharedArrayBuffer(20), data: new SharedArrayBuffer(align4(bytes)) };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The reader thread's end. */
export class RingWriter {
  private readonly control: Int32Array;
  private readonly ints: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly cap: number;
  private at = 0;

  constructor(ring: RingMemory) {
    this.control = new Int32Array(ring.control);
    this.ints = new Int32Array(ring.data);
    this.bytes = new Uint8Array(ring.data);
    this.cap = ring.data.byteLength;
  }

  /**
   * Hands over file `index` as read (`readAndPass`), waiting while the ring is full. False when the
   * analysing side has closed the ring (it failed or finished): stop then.
   */
  put(index: number, read: { bytes: Uint8Array; found: KeywordFound | undefined } | { skipped: string; tooLarge?: true }): boolean {
    let kind: number, payload: Uint8Array, found: KeywordFound | undefined;
    if ('skipped' in read && read.tooLarge) {
      kind = TOO_LARGE;
      payload = new Uint8Array(0);
    } else if ('skipped' in read) {
      kind = UNREADABLE;
      payload = encoder.encode(read.skipped);
    } else {
      ({ found } = read);
      kind = found ? READ : READ_UNDECODED;
      payload = read.bytes;
    }
    const count = found?.hits.count ?? 0;
    const literals = found?.first.length ?? 0;
    let size = HEADER + 4 * (2 * count + literals) + align4(payload.length);
    // Half the ring at most, so that a record never waits for one that cannot leave.
    if (size > this.cap / 2) {
      kind = YOURS;
      size = HEADER;
    }
    const { control, cap } = this;
    const waste = this.at + size > cap ? cap - this.at : 0;
    const need = waste + size;
    if (cap - Atomics.load(control, USED) < need) {
      // Full: wait until half the ring is free (or this record fits), so that the analysing side
      // wakes this one once per many files, not at each.
      Atomics.store(control, ROOM_WANTED, Math.max(need, cap >> 1));
      for (;;) {
        if (Atomics.load(control, CLOSED) !== 0) return false;
        const used = Atomics.load(control, USED);
        if (cap - used >= Atomics.load(control, ROOM_WANTED)) break;
        Atomics.wait(control, USED, used, 1000);
      }
      Atomics.store(control, ROOM_WANTED, 0);
    }
    if (waste > 0) {
      this.ints[this.at >> 2] = WRAP;
      this.at = 0;
    }
    const h = this.at >> 2;
    const { ints } = this;
    ints[h] = kind;
    ints[h + 1] = index;
    ints[h + 2] = size;
    if (kind !== YOURS) {
      ints[h + 3] = payload.length;
      ints[h + 4] = found?.ascii ? 1 : 0;
      ints[h + 5] = count;
      ints[h + 6] = literals;
      let p = h + HEADER / 4;
      if (found) {
        ints.set(found.hits.at.subarray(0, count), p);
        ints.set(found.hits.state.subarray(0, count), p + count);
        ints.set(found.first, p + 2 * count);
        p += 2 * count + literals;
      }
      this.bytes.set(payload, p << 2);
    }
    this.at += size;
    if (this.at === cap) this.at = 0;
    Atomics.add(control, USED, need);
    Atomics.add(control, PUBLISHED, 1);
    if (Atomics.load(control, WAITING_FOR_MORE) !== 0) Atomics.notify(control, PUBLISHED);
    return true;
  }
}

/** The analysing thread's end. */
export class RingReader {
  private readonly control: Int32Array;
  private readonly ints: Int32Array;
  private readonly data: SharedArrayBuffer;
  private readonly cap: number;
  private at = 0;
  private taken = 0;

  constructor(ring: RingMemory) {
    this.control = new Int32Array(ring.control);
    this.ints = new Int32Array(ring.data);
    this.data = ring.data;
    this.cap = ring.data.byteLength;
  }

  /** The next record, or undefined when the reader has published none since. Release each before taking the next. */
  take(): Handed | undefined {
    if (Atomics.load(this.control, PUBLISHED) === this.taken) return undefined;
    const { ints, cap } = this;
    let free = 0;
    if (ints[this.at >> 2] === WRAP) {
      free = cap - this.at;
      this.at = 0;
    }
    const h = this.at >> 2;
    const kind = ints[h],
      index = ints[h + 1],
      size = ints[h + 2];
    this.at += size;
    if (this.at === cap) this.at = 0;
    this.taken++;
    free += size;
    if (kind === YOURS) return { kind: 'yours', index, free };
    if (kind === TOO_LARGE) return { kind: 'tooLarge', index, free };
    const length = ints[h + 3];
    const count = ints[h + 5],
      literals = ints[h + 6];
    const p = h + HEADER / 4;
    const from = (p + 2 * count + literals) << 2;
    if (kind === UNREADABLE)
      return { kind: 'unreadable', index, free, reason: decoder.decode(new Uint8Array(this.data, from, length).slice()) };
    // The bytes stay in the ring (decoded from there); the pass's few numbers are copied out.
    const bytes = Buffer.from(this.data, from, length);
    const found =
      kind === READ
        ? {
            count,
            at: ints.slice(p, p + count),
            state: ints.slice(p + count, p + 2 * count),
            first: ints.slice(p + 2 * count, p + 2 * count + literals),
            ascii: ints[h + 4] === 1,
          }
        : undefined;
    return { kind: 'read', index, free, bytes, found };
  }

  /** Gives a record's room back to the reader. */
  release(r: Handed): void {
    const { control } = this;
    const used = Atomics.sub(control, USED, r.free) - r.free;
    const wanted = Atomics.load(control, ROOM_WANTED);
    if (wanted !== 0 && this.cap - used >= wanted) Atomics.notify(control, USED);
  }

  /** Waits (blocking, at most `ms`) for the reader to publish another record. */
  waitForMore(ms: number): void {
    const { control } = this;
    Atomics.store(control, WAITING_FOR_MORE, 1);
    Atomics.wait(control, PUBLISHED, this.taken, ms);
    Atomics.store(control, WAITING_FOR_MORE, 0);
  }

  /** Tells the reader to stop (it returns from a `put` waiting for room). */
  close(): void {
    Atomics.store(this.control, CLOSED, 1);
    Atomics.notify(this.control, USED);
  }
}
