// The scan engine of `secretref check`: reads the project's files and runs the same
// analysis as the editor on each. Dialects' `mayContain` prefilters make most files
// cost one read and a few substring tests; big runs are split across worker threads.
import { statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { analyzeDocument } from '../analysis/analyze';
import { ParsedDocument } from '../analysis/document';
import { StoreSnapshot } from '../analysis/model/store';
import type { AnalysisDiagnostic, AnalysisSettings, SecretInfo } from '../analysis/model/types';
import { fingerprints } from './baseline';
import type { FileFindings, Finding } from './findings';
import { readFileBytesSafely } from '../workspace/files';
import {
  adoptLiterals,
  foundNothing,
  keywordsBuffer,
  keywordsFoundElsewhere,
  keywordsOfBytes,
  learntLiterals,
  type KeywordFound,
} from '../analysis/keywords';
import { createRing, RingReader, RingWriter, type RingMemory } from './fileRing';
import type { TextSource } from '../analysis/text/textSource';
import { DEFAULT_MAX_FILE_SIZE } from '../workspace/settings';

/** The store one manifest makes (with the INTEGRATION_* names), and the folder it governs. */
export interface StoreData {
  /** The manifest's folder (absolute); undefined for the store of files no manifest governs. */
  dir?: string;
  secrets: SecretInfo[];
  apps: string[];
  environments: string[];
}

/** Everything a scan needs, as plain data so it can be posted to a worker. */
export interface ScanInput {
  /** Absolute paths. */
  files: string[];
  /** The repository root: finding paths are relative to it. */
  root: string;
  /**
   * One store per manifest: a file is checked against the nearest `secretref.json` up from it
   * (nested manifests of a monorepo each govern their subtree), as ESLint finds its config.
   */
  stores: StoreData[];
  settings: AnalysisSettings;
  /** Epoch milliseconds, so every worker judges expiry against the same instant. */
  now: number;
  /**
   * Whether the store knows which secrets have values (INTEGRATION_* variables of a deploy
   * job, --require-values). When not, findings that only say "no value here" are left out.
   */
  valuesKnown: boolean;
  /** Files larger than this are not read (`secretref.maxFileSize`). */
  maxFileSize?: number;
  /**
   * Whether findings carry a fingerprint (`--format json`, `--baseline`, `--write-baseline`):
   * nothing else reads one, and hashing each finding's masked line was a fifth of the analysis of
   * a file of 178,000 findings.
   */
  fingerprints?: boolean;
  /**
   * Files the folder walk saw as regular files and did not size (`ProjectFileOptions.unsized`):
   * opened without an lstat first, and one over `maxFileSize` is left out of the run, as the
   * walk leaves out a file it sizes, instead of reported as skipped.
   */
  listed?: string[];
}

export interface ScanOutput {
  results: FileFindings[];
  /** Files that could not be read (vanished, permissions): reported, never fatal. */
  unreadable: Array<{ path: string; reason: string }>;
  /** Files of `ScanInput.listed` over the size limit: not part of the run. */
  tooLarge: number;
}

export interface ScanRunOptions {
  /** Called now and then with files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads; default: by the size of the run and the CPUs. 0 or 1 scans in this thread. */
  workers?: number;
  /**
   * Whether a reader thread reads the files and runs the keyword pass while this one analyses
   * (`scanPipelined`); default: where threads are not split across files and the run is big enough.
   * 'all': every file through the reader, none read here (tests of the hand-over).
   */
  pipeline?: boolean | 'all';
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

export function relativeTo(root: string, file: string): string {
  // A file under the root (all of a walk's, as both are resolved paths) is the rest of its path:
  // path.relative resolves both again, ~4 µs a file, 50 ms on 12,000.
  if (file.startsWith(root) && file[root.length] === path.sep && !root.endsWith(path.sep) && file.length > root.length + 1)
    return path.sep === '/' ? file.slice(root.length + 1) : toPosix(file.slice(root.length + 1));
  const rel = toPosix(path.relative(root, file));
  return rel === '' ? path.basename(file) : rel;
}

/** The analysis of one file's text as findings with 1-based positions. */
export function analyzeText(
  file: string,
  rel: string,
  text: string | TextSource,
  store: StoreSnapshot,
  settings: AnalysisSettings,
  now: Date,
  keywords?: KeywordFound,
  withFingerprints = false,
): FileFindings {
  const input = { uri: file, scopes: store.scopesMatter, keywords };
  const doc = new ParsedDocument(typeof text === 'string' ? { ...input, text } : { ...input, source: text }, settings.maxParseBytes);
  const { diagnostics, suppressed = [] } = analyzeDocument(doc, store, settings, now);
  if (diagnostics.length === 0 && suppressed.length === 0) return { path: file, rel, findings: [], suppressed: [] };
  text = doc.text;
  const spans = [...diagnostics, ...suppressed].map((d) => d.range);
  const lineRange = (offset: number) => {
    const line = doc.positionAt(offset).line;
    const start = doc.offsetAt({ line, character: 0 });
    let end = doc.offsetAt({ line: line + 1, character: 0 });
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    return { start, end };
  };
  const toFindings = (list: AnalysisDiagnostic[]): Finding[] => {
    const prints = withFingerprints ? fingerprints({ rel, text, lineRange }, list, spans) : undefined;
    return list.map((d, i) => {
      const s = doc.positionAt(d.range.start);
      const e = doc.positionAt(d.range.end);
      return {
        code: d.code,
        severity: d.severity,
        message: d.message,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        ...(d.secret !== undefined ? { secret: d.secret } : {}),
        ...(prints ? { fingerprint: prints[i] } : {}),
      };
    });
  };
  return { path: file, rel, findings: toFindings(diagnostics), suppressed: toFindings(suppressed) };
}

/**
 * A file's text for its analysis. The keyword pass ran over its bytes: where it found no keyword
 * and no literal, every prefilter answers no and nothing reads the text, so an ASCII file (as
 * long as its bytes) is decoded only if something asks for it after all.
 */
function textOf(bytes: Buffer, found: KeywordFound | undefined): string | TextSource {
  if (!found?.ascii) return bytes.toString('utf8');
  // ASCII reads the same as Latin-1, which copies the bytes without UTF-8's check of each one.
  if (!foundNothing(found)) return bytes.toString('latin1');
  // The bytes may be the pass's memory, which the next pass writes over: a copy (such files are small).
  const own = Buffer.from(bytes);
  let text: string | undefined;
  const full = () => (text ??= own.toString('latin1'));
  return { length: own.length, full, slice: (start: number, end: number) => full().slice(start, end) };
}

/** Picks, per file, the store of the nearest manifest up from it. */
export function storePicker(input: Pick<ScanInput, 'stores' | 'valuesKnown'>): (file: string) => StoreSnapshot {
  const snapshots = input.stores.map((s) => ({
    dir: s.dir,
    snapshot: new StoreSnapshot(s.secrets, { apps: s.apps, environments: s.environments, valuesKnown: input.valuesKnown }),
  }));
  const fallback = snapshots.find((s) => s.dir === undefined)?.snapshot ?? new StoreSnapshot([], { valuesKnown: input.valuesKnown });
  // Deepest folder first: the first that holds the file is the nearest.
  const byDepth = snapshots.filter((s) => s.dir !== undefined).sort((a, b) => b.dir!.length - a.dir!.length);
  return (file) => {
    for (const s of byDepth) if (file.startsWith(s.dir! + path.sep)) return s.snapshot;
    return fallback;
  };
}

/**
 * Files handed out one at a time to every thread of a scan: `next` (shared memory) is the index
 * of the next entry of `order` to take. Whoever is free takes the next file, so a thread that drew
 * large files does not leave the others idle at the end.
 */
export interface WorkQueue {
  /** Indices into `ScanInput.files`, largest files first. */
  order: number[];
  /** One Int32 in a SharedArrayBuffer. */
  next: SharedArrayBuffer;
}

/** Scans `files` in this thread (those the queue hands it, when there is one). */
export async function scanInThread(input: ScanInput, onFileDone?: () => void, queue?: WorkQueue): Promise<ScanOutput> {
  const storeFor = storePicker(input);
  const now = new Date(input.now);
  const results: FileFindings[] = [];
  const unreadable: ScanOutput['unreadable'] = [];
  const listed = new Set(input.listed);
  let tooLarge = 0;
  // Read synchronously: the files of a checkout are in the page cache, and each asynchronous
  // read cost the main thread more (open, stat, read, close round trips and a streaming
  // decoder) than the read itself: 1.6 s against 1.0 s for the 200 MB of the benchmark.
  const next = queue ? new Int32Array(queue.next) : undefined;
  for (let i = 0; ; i++) {
    const k = next ? Atomics.add(next, 0, 1) : i;
    if (k >= (queue ? queue.order.length : input.files.length)) break;
    // Now and then let the event loop run: a worker's progress and a Ctrl+C get through.
    if (i % 64 === 63) await new Promise<void>((r) => setImmediate(r));
    const file = input.files[queue ? queue.order[k] : k];
    const read = readAndPass(input, file, listed);
    if ('skipped' in read) {
      if (read.tooLarge) tooLarge++;
      else unreadable.push({ path: file, reason: read.skipped });
    } else {
      const r = analyzeText(
        file,
        relativeTo(input.root, file),
        textOf(read.bytes, read.found),
        storeFor(file),
        input.settings,
        now,
        read.found,
        input.fingerprints,
      );
      if (r.findings.length > 0 || r.suppressed.length > 0) results.push(r);
    }
    onFileDone?.();
  }
  return { results, unreadable, tooLarge };
}

/**
 * A file's bytes and what the keyword pass found in them (undefined: not UTF-8), or why it was not
 * read; `tooLarge` for a file of `listed` (`ScanInput.listed`) over the size limit.
 */
function readAndPass(
  input: Pick<ScanInput, 'root' | 'maxFileSize'>,
  file: string,
  listed: ReadonlySet<string>,
): { bytes: Buffer; found: KeywordFound | undefined } | { skipped: string; tooLarge?: true } {
  // Never a link out of the repository (`leak.env -> /proc/self/environ`), a FIFO or a device.
  const listedAsFile = listed.has(file);
  const options = {
    maxBytes: input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    roots: [input.root],
    limitSetting: 'secretref.maxFileSize',
    listedAsFile,
  };
  const read = readFileBytesSafely(file, options, keywordsBuffer);
  if (!('bytes' in read)) return read.tooLarge && listedAsFile ? read : { skipped: read.skipped };
  const { length, byteOffset } = read.bytes;
  const found = keywordsOfBytes(read.bytes);
  // The pass may grow its memory (the offsets of a long non-ASCII text), which detaches the view the
  // file was read into (it would decode as ""); the bytes are still where they were in the grown memory.
  if (read.bytes.length !== length) {
    const again = keywordsBuffer(length);
    if (again?.byteOffset === byteOffset) return { bytes: Buffer.from(again.buffer, byteOffset, length), found };
    // Should the layout ever move them: read once more into a buffer of its own, which nothing detaches.
    const own = readFileBytesSafely(file, options);
    return 'bytes' in own ? { bytes: own.bytes, found } : { skipped: own.skipped };
  }
  return { bytes: read.bytes, found };
}

/** Messages between the scan and its workers. */
type ToMain = { type: 'progress'; done: number } | { type: 'done'; output: ScanOutput } | { type: 'failed'; message: string };

export const WORKER_FLAG = 'secretref-scan-worker';

/** Runs in a worker thread started by `scanProject` (the CLI bundle starts itself as the worker). */
export async function runScanWorker(input: ScanInput, post: (m: ToMain) => void, queue?: WorkQueue): Promise<void> {
  let done = 0;
  try {
    const output = await scanInThread(
      input,
      () => {
        if (++done % 50 === 0) post({ type: 'progress', done: 50 });
      },
      queue,
    );
    post({ type: 'progress', done: done % 50 });
    post({ type: 'done', output });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}

/** Bytes of source above which a second thread pays for its start-up (loading the bundle). */
const PARALLEL_MIN_BYTES = 24_000_000;
/** CPUs below which the scan stays in one thread (see `scanProject`). */
const MIN_PARALLEL_CPUS = 3;

/** Each file's size (0 for one gone meanwhile): synchronous stats, a few µs each, where each asynchronous one cost ~20 µs. */
function fileSizes(files: string[]): number[] {
  return files.map((f) => statSync(f, { throwIfNoEntry: false })?.size ?? 0);
}

/**
 * Scans the files, in this thread or split across worker threads. `workerScript` is the
 * bundle to start as a worker (the CLI passes its own file); without it, or for small
 * runs, everything happens here.
 */
export async function scanProject(input: ScanInput, options: ScanRunOptions = {}, workerScript?: string): Promise<ScanOutput> {
  const total = input.files.length;
  let done = 0;
  const tick = (n = 1): void => {
    done += n;
    options.onProgress?.(done, total);
  };
  let workers = options.workers;
  let sizes: number[] | undefined;
  const cpus = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
  if (workers === undefined) {
    // One CPU is left to V8's own threads (GC marking, optimizing compiles), which a scan in one
    // thread already keeps busy: on 2 CPUs one thread used 1.4 of them, and a second scan thread
    // finished no sooner (code-server's corpus 1.47 s against 1.51 s, the monorepo 1.65 s
    // against 1.70 s) for 35% more CPU. So threads start from 3 CPUs, one fewer than there are.
    if (workerScript && cpus >= MIN_PARALLEL_CPUS && total > 200) sizes = fileSizes(input.files);
    workers = sizes && sizes.reduce((n, s) => n + s, 0) > PARALLEL_MIN_BYTES ? cpus - 1 : 0;
  }
  if (!workerScript || workers <= 1) {
    const pipelined =
      workerScript !== undefined &&
      // On one CPU a reader thread would only take turns with the analysis for the same core.
      (options.pipeline ?? (options.workers === undefined && cpus >= 2 && pipelinePays(input.files, sizes)));
    return pipelined ? scanPipelined(input, () => tick(), workerScript, options.pipeline === 'all') : scanInThread(input, () => tick());
  }

  // One queue for all threads, this one included, largest files first: the last files taken
  // are small, so every thread finishes at about the same time.
  const order = input.files.map((_, i) => i);
  if (sizes) order.sort((a, b) => sizes[b] - sizes[a] || a - b);
  const queue: WorkQueue = { order, next: new SharedArrayBuffer(4) };
  const runs = Array.from(
    { length: workers - 1 },
    () =>
      new Promise<ScanOutput>((resolve, reject) => {
        const w = new Worker(workerScript, { workerData: { [WORKER_FLAG]: true, input, queue } });
        w.on('message', (m: ToMain) => {
          if (m.type === 'progress') tick(m.done);
          else if (m.type === 'done') {
            resolve(m.output);
            void w.terminate();
          } else reject(new Error(m.message));
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0) reject(new Error(`scan worker stopped with exit code ${code}`));
        });
      }),
  );
  runs.unshift(scanInThread(input, () => tick(), queue));
  const outputs = await Promise.all(runs);
  // In the order of the files, as one thread would have found them.
  const byPath = <T extends { path: string }>(list: T[]): T[] => list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    results: byPath(outputs.flatMap((o) => o.results)),
    unreadable: byPath(outputs.flatMap((o) => o.unreadable)),
    tooLarge: outputs.reduce((n, o) => n + o.tooLarge, 0),
  };
}

/**
 * From what size of run a reader thread pays. It starts in ~80 ms of CPU (loading the bundle) on
 * the other core, and the main thread reads on until it has: a run must last well beyond that. On
 * 2 CPUs (main-thread CPU, median of 5): 716 files of 4.7 MB (zod) 160 ms either way; 2,000
 * configuration files of 3 MB 286 against 280 ms; 805 files of 13 MB 543 against 508 ms; 2,200
 * integration modules of 13.5 MB 1,559 against 1,347 ms; code-server's 5,098 files of 198 MB
 * 1,478 against 1,219 ms. Below, the reader only costs CPU. A pre-commit `check` of a few files
 * never starts one, nor looks up their sizes.
 */
const PIPELINE_MIN_FILES = 500;
const PIPELINE_MIN_BYTES = 10_000_000;
/** Files from which the reads alone (open, stat, read: ~25 µs each) pay for the reader. */
const PIPELINE_MANY_FILES = 3000;

/** Whether a run is big enough for the pipeline: sizes looked up only until the answer is known. */
function pipelinePays(files: string[], sizes?: number[]): boolean {
  if (files.length < PIPELINE_MIN_FILES) return false;
  if (files.length >= PIPELINE_MANY_FILES) return true;
  let bytes = 0;
  for (let i = 0; i < files.length && bytes < PIPELINE_MIN_BYTES; i++)
    bytes += sizes?.[i] ?? statSync(files[i], { throwIfNoEntry: false })?.size ?? 0;
  return bytes >= PIPELINE_MIN_BYTES;
}

/** The ring's room: two of the largest files a run reads, within bounds (a larger file is read by the analysing thread). */
function ringBytes(maxFileSize: number): number {
  return Math.max(256_000, Math.min(2 * maxFileSize, 32_000_000) + 65_536);
}

export const READER_FLAG = 'secretref-scan-reader';

/** Everything the reader thread needs, posted to it at its start. */
export interface ReaderJob {
  files: string[];
  root: string;
  maxFileSize?: number;
  /** `ScanInput.listed`. */
  listed?: string[];
  ring: RingMemory;
  /** Int32s: NEXT, LITERALS (see below). */
  shared: SharedArrayBuffer;
  /** The analysing thread's prefilter literals at the start; later ones come through `port`. */
  literals: string[];
  port: MessagePort;
}

/** The next file to take (either thread takes it); how many literals the analysing thread has posted. */
const NEXT = 0,
  LITERALS = 1;

/**
 * Runs in the reader thread (the CLI bundle started with READER_FLAG): takes the next file,
 * reads it and runs the keyword pass over its bytes, and hands both over through the ring, until
 * no file is left or the analysing thread closes the ring.
 */
export function runScanReader(job: ReaderJob): void {
  const shared = new Int32Array(job.shared);
  const ring = new RingWriter(job.ring);
  const listed = new Set(job.listed);
  // The same literal ids as the analysing thread, so that what the pass found means the same there.
  adoptLiterals(job.literals);
  let known = job.literals.length;
  for (;;) {
    if (Atomics.load(shared, LITERALS) !== known) {
      for (let m; (m = receiveMessageOnPort(job.port));) adoptLiterals(m.message as string[]);
      known = learntLiterals().length;
    }
    const k = Atomics.add(shared, NEXT, 1);
    if (k >= job.files.length) break;
    if (!ring.put(k, readAndPass(job, job.files[k], listed))) break;
  }
  job.port.close();
}

/**
 * The scan as a pipeline of two threads: a reader thread reads the files and runs the keyword pass
 * (a fifth of a scan's time on code-server's checkout) while this thread decodes and analyses what
 * it hands over. Splitting the files across two full scan threads did not pay on 2 CPUs (each warms
 * up its own parser and JIT); the reader warms up nothing of the analysis. Until the reader has
 * started, and whenever it falls behind, this thread takes the next file itself: it never waits
 * while a file is left. Findings and unreadable files come out in the order of the files, as in one
 * thread.
 */
async function scanPipelined(input: ScanInput, onFileDone: () => void, workerScript: string, readerOnly = false): Promise<ScanOutput> {
  const storeFor = storePicker(input);
  const now = new Date(input.now);
  const total = input.files.length;
  const shared = new SharedArrayBuffer(8);
  const control = new Int32Array(shared);
  const memory = createRing(ringBytes(input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
  const ring = new RingReader(memory);
  const { port1, port2 } = new MessageChannel();
  let posted = learntLiterals().length;
  const job: ReaderJob = {
    files: input.files,
    root: input.root,
    maxFileSize: input.maxFileSize,
    listed: input.listed,
    ring: memory,
    shared,
    literals: [...learntLiterals()],
    port: port2,
  };
  const worker = new Worker(workerScript, { workerData: { [READER_FLAG]: true, job }, transferList: [port2] });
  let failure: Error | undefined;
  worker.on('error', (e) => (failure ??= e));
  worker.on('exit', (code) => {
    if (code !== 0) failure ??= new Error(`the scan's reader thread stopped with exit code ${code}`);
  });

  const results: Array<{ k: number; r: FileFindings }> = [];
  const unreadable: Array<{ k: number; u: ScanOutput['unreadable'][number] }> = [];
  const listed = new Set(input.listed);
  let tooLarge = 0;
  const analyse = (k: number, bytes: Buffer, found: KeywordFound | undefined): void => {
    const file = input.files[k];
    const r = analyzeText(
      file,
      relativeTo(input.root, file),
      textOf(bytes, found),
      storeFor(file),
      input.settings,
      now,
      found,
      input.fingerprints,
    );
    if (r.findings.length > 0 || r.suppressed.length > 0) results.push({ k, r });
  };
  /** Files done, by either thread: after a failure of the reader, this thread does the rest. */
  const handled = new Uint8Array(total);
  let unhandled = 0;
  const inThread = (k: number): void => {
    handled[k] = 1;
    const read = readAndPass(input, input.files[k], listed);
    if ('skipped' in read) {
      if (read.tooLarge) tooLarge++;
      else unreadable.push({ k, u: { path: input.files[k], reason: read.skipped } });
    } else analyse(k, read.bytes, read.found);
  };
  try {
    for (let done = 0, turn = 0; done < total; turn++) {
      // Now and then let the event loop run: progress, a Ctrl+C, the reader's failure get through.
      if (turn % 64 === 63) await new Promise<void>((r) => setImmediate(r));
      const h = ring.take();
      if (h) {
        handled[h.index] = 1;
        if (h.kind === 'read') analyse(h.index, h.bytes, h.found && keywordsFoundElsewhere(h.found));
        else if (h.kind === 'tooLarge') tooLarge++;
        else if (h.kind === 'unreadable') unreadable.push({ k: h.index, u: { path: input.files[h.index], reason: h.reason } });
        else inThread(h.index);
        ring.release(h);
      } else if (failure) {
        if (readerOnly) throw failure;
        // The reader could not start or failed: the files it took and did not hand over are read here.
        while (handled[unhandled] === 1) unhandled++;
        inThread(unhandled);
      } else {
        const k = readerOnly ? total : Atomics.add(control, NEXT, 1);
        if (k < total) inThread(k);
        else {
          // Every file is taken: the reader's last ones are on their way.
          ring.waitForMore(20);
          await new Promise<void>((r) => setImmediate(r));
          continue;
        }
      }
      done++;
      onFileDone();
      // A literal the analysis learnt: the reader's pass looks for it from its next file on.
      const literals = learntLiterals();
      if (literals.length !== posted) {
        port1.postMessage(literals.slice());
        posted = literals.length;
        Atomics.store(control, LITERALS, posted);
      }
    }
  } finally {
    ring.close();
    port1.close();
    void worker.terminate();
  }
  return {
    results: results.sort((a, b) => a.k - b.k).map((x) => x.r),
    unreadable: unreadable.sort((a, b) => a.k - b.k).map((x) => x.u),
    tooLarge,
  };
}
