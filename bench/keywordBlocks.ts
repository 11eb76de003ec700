// `node --import tsx bench/keywordBlocks.ts [folder]`: how much of a text the keyword pass could
// skip 16 bytes at a time, over the project files of a folder (default: .bench/corpus). A block can
// be skipped only if no keyword (nor prefilter literal) starts in it, and a SIMD test can only tell
// that from the first bytes of every keyword: this counts the blocks in which an exact prefix of 2,
// 3 or 4 bytes of some keyword starts (a keyword shorter than that counts whole), and the blocks a
// Teddy-style fingerprint (the first 3 bytes' nibbles, as `i8x16.swizzle` tables, in 8 buckets of
// keywords side by side in sorted order) lets through. The keywords are the shared automaton's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../server/src/analysis/analyze';
import { KeywordPass, type KeywordAutomaton } from '../server/src/analysis/keywords';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { listProjectFiles } from '../server/src/workspace/files';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/workspace/settings';

const folder = process.argv[2] ?? join(__dirname, '..', '.bench', 'corpus');
const BLOCK = 16;
const BUCKETS = 8;

/** The state after `c` from `s`, and each state's depth (the length of the keyword prefix it stands for). */
function trie(a: KeywordAutomaton): { next: (s: number, c: number) => number; depth: Int32Array } {
  const next = (s: number, c: number): number => {
    const e = a.step[(s << a.shift) | c];
    return (e >= 0 ? e : ~e) >> a.shift;
  };
  const depth = new Int32Array(a.flags.length).fill(-1);
  depth[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length; q++)
    for (let c = 0; c < 1 << a.shift; c++) {
      const t = next(queue[q], c);
      if (depth[t] < 0) {
        depth[t] = depth[queue[q]] + 1;
        queue.push(t);
      }
    }
  return { next, depth };
}

/** Whether a keyword of exactly `length` characters ends in state `s`. */
const endsWhole = (a: KeywordAutomaton, s: number, length: number): boolean =>
  [...(a.hits[s] ?? []), ...(a.literals[s] ?? [])].some(([, n]) => n === length);

/** Whether a keyword's first `k` bytes (or all of a shorter keyword) start at `i`. */
function startsPrefix(a: KeywordAutomaton, t: ReturnType<typeof trie>, bytes: Uint8Array, i: number, k: number): boolean {
  let s = 0;
  for (let j = 0; j < k; j++) {
    if (i + j >= bytes.length) return false;
    const b = bytes[i + j];
    const to = t.next(s, b < 128 ? a.classOf[b] : 0);
    if (t.depth[to] !== j + 1) return false;
    s = to;
    if (j + 1 < k && endsWhole(a, s, j + 1)) return true;
  }
  return true;
}

/** The 3-byte prefixes (lower case; -1: any byte, after a shorter keyword's end), in sorted order. */
function prefixes(a: KeywordAutomaton, t: ReturnType<typeof trie>): number[][] {
  const byteOf = new Int32Array(1 << a.shift).fill(-1);
  for (let b = 127; b > 0; b--) if (a.classOf[b] !== 0 && !(b >= 65 && b <= 90)) byteOf[a.classOf[b]] = b;
  const out: number[][] = [];
  const walk = (s: number, path: number[]): void => {
    if (path.length === 3 || (path.length > 0 && endsWhole(a, s, path.length))) {
      out.push([...path, ...Array<number>(3 - path.length).fill(-1)]);
      return;
    }
    for (let c = 1; c < 1 << a.shift; c++) {
      const to = t.next(s, c);
      if (t.depth[to] === path.length + 1) walk(to, [...path, byteOf[c]]);
    }
  };
  walk(0, []);
  return out.sort((x, y) => String(x).localeCompare(String(y)));
}

/** Teddy's tables: for each of 3 positions, a bucket bit per low and per high nibble (both cases of a letter). */
function fingerprint(list: number[][]): { lo: Uint8Array[]; hi: Uint8Array[] } {
  const lo = [0, 1, 2].map(() => new Uint8Array(16));
  const hi = [0, 1, 2].map(() => new Uint8Array(16));
  list.forEach((p, i) => {
    const bit = 1 << Math.floor((i * BUCKETS) / list.length);
    p.forEach((b, j) => {
      const all = b < 0 ? Array.from({ length: 256 }, (_, x) => x) : b >= 97 && b <= 122 ? [b, b - 32] : [b];
      for (const x of all) {
        lo[j][x & 15] |= bit;
        hi[j][x >> 4] |= bit;
      }
    });
  });
  return { lo, hi };
}

async function main(): Promise<void> {
  analyzeDocument(
    { uri: 'file:///warm.ts', text: 'export const metadata = {}; run(secrets)' },
    new StoreSnapshot([], { valuesKnown: false }),
  );
  const a = new KeywordPass('x').credentialHits.automaton;
  const t = trie(a);
  const list = prefixes(a, t);
  const { lo, hi } = fingerprint(list);
  const files = await listProjectFiles(folder, { blocking: true, maxFileSize: DEFAULT_MAX_FILE_SIZE });
  let bytes = 0,
    blocks = 0,
    toStart = 0;
  const exact = [0, 0, 0, 0, 0];
  let teddy = 0;
  for (const f of files) {
    const b = readFileSync(f);
    bytes += b.length;
    let row = 0;
    for (let i = 0; i < b.length; i++) {
      const e = a.step[row | (b[i] < 128 ? a.classOf[b[i]] : 0)];
      row = e >= 0 ? e : ~e;
      if (row === 0) toStart++;
    }
    for (let p = 0; p < b.length; p += BLOCK) {
      blocks++;
      for (const k of [2, 3, 4]) {
        for (let i = p; i < Math.min(p + BLOCK, b.length); i++)
          if (startsPrefix(a, t, b, i, k)) {
            exact[k]++;
            break;
          }
      }
      for (let i = p; i < Math.min(p + BLOCK, b.length); i++) {
        let m = 0xff;
        for (let j = 0; j < 3; j++) {
          const x = i + j < b.length ? b[i + j] : 0;
          m &= lo[j][x & 15] & hi[j][x >> 4];
        }
        if (m !== 0) {
          teddy++;
          break;
        }
      }
    }
  }
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  console.log(`${folder}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB; ${list.length} distinct 3-byte keyword prefixes`);
  console.log(`bytes after which the automaton is back in its start state: ${pct(toStart, bytes)}`);
  for (const k of [2, 3, 4]) console.log(`16-byte blocks where a ${k}-byte keyword prefix starts: ${pct(exact[k], blocks)}`);
  console.log(`16-byte blocks a 3-byte Teddy fingerprint in ${BUCKETS} buckets lets through: ${pct(teddy, blocks)}`);
}

void main();
