// Which files on disk belong to the project: the include globs, minus the default
// excluded folders, the exclude globs (settings and `files.exclude`) and `.gitignore`.
// Shared by the workspace index and the CLI, so both agree on what "the project" is.
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  promises as fs,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
// Files read without a size setting of their own (`.gitignore`, settings) get the project files' default.
import { DEFAULT_MAX_FILE_SIZE } from './settings';

export interface ProjectFileOptions {
  /** Globs relative to the root; default: the source, config and text files SecretRef reads. */
  include?: string[];
  /** Globs relative to the root that are never read (settings `secretref.files.exclude` and `files.exclude`). */
  exclude?: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize?: number;
  /**
   * Walk with synchronous calls: a third of the time of the asynchronous walk (55 ms against
   * 90–200 ms for 5,100 files), for a process with nothing else to do meanwhile (the CLI). A
   * server keeps the asynchronous walk, which lets requests through.
   */
  blocking?: boolean;
  /**
   * Leave the size limit of the files the folder listings show as regular files to whoever reads
   * them (`readFileBytesSafely` checks the open file's size anyway, with `listedAsFile`): the walk
   * then makes no stat per file, and adds each file it did not size to this set. Symbolic links
   * are still stat'ed here: the walk must know where they lead.
   */
  unsized?: Set<string>;
}

export const DEFAULT_INCLUDE = ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx,json,jsonc,yaml,yml,env,txt,md,markdown,mdx}', '**/.env', '**/.env.*'];

/** Folders that are never project sources, whatever the globs say. */
export const ALWAYS_EXCLUDED_DIRS = new Set(['node_modules', '.git', 'dist', '.vscode-test']);

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** `path.join(dir, name)` for a resolved folder and a name from its listing, without normalizing the whole path again. */
const childPath = (dir: string, name: string): string => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

/** Include/exclude globs compiled once; answers on paths relative to the root, with `/` separators. */
export class ProjectGlobs {
  private readonly included: (p: string) => boolean;
  private readonly excluded: (p: string) => boolean;

  constructor(options: ProjectFileOptions = {}) {
    const include = (options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE).map(includeTest);
    this.included = (rel) => include.some((test) => test(rel));
    const exclude = options.exclude ?? [];
    this.excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  }

  /** A file the globs select (folders are checked separately). */
  matchesFile(rel: string): boolean {
    if (rel.split('/').some((seg) => ALWAYS_EXCLUDED_DIRS.has(seg))) return false;
    return this.included(rel) && !this.excluded(rel);
  }

  /** A folder whose whole subtree is excluded (so the walk does not enter it). */
  excludesDir(rel: string): boolean {
    return ALWAYS_EXCLUDED_DIRS.has(path.posix.basename(rel)) || this.excluded(rel) || this.excluded(rel + '/');
  }
}

/**
 * One include glob as a test of a path relative to the root. `**` + `/name-pattern` (the shape of
 * the default globs) is tested on the base name alone, which answers the same for the paths the
 * walk makes (no `.` or `..` segments), without picomatch trying the pattern after every `/` of
 * the path (a third of the walk's time).
 */
function includeTest(glob: string): (rel: string) => boolean {
  const name = glob.startsWith('**/') ? glob.slice(3) : '';
  if (name === '' || name.includes('/') || name.includes('**') || name.startsWith('!')) return picomatch(glob, { dot: true });
  const re = picomatch.makeRe(name, { dot: true });
  // picomatch also counts a path spelt exactly as the glob as a match.
  return (rel) => rel === glob || re.test(rel.slice(rel.lastIndexOf('/') + 1));
}

interface IgnoreLayer {
  /** The folder (relative to the root, '' for the root) the .gitignore sits in. */
  dir: string;
  rules: Ignore;
}

function readGitignore(absDir: string, relDir: string, root: string, maxBytes: number): IgnoreLayer | undefined {
  const r = readFileSafely(path.join(absDir, '.gitignore'), { maxBytes, roots: [root] });
  return 'text' in r ? { dir: relDir, rules: ignore().add(r.text) } : undefined;
}

function ignoredBy(layers: IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const sub = layer.dir === '' ? rel : rel.slice(layer.dir.length + 1);
    if (sub && layer.rules.ignores(isDir ? sub + '/' : sub)) return true;
  }
  return false;
}

/**
 * Every project file under `root`, as sorted absolute paths. Nested `.gitignore`
 * files apply to their own folder, as git applies them. Symbolic links to folders
 * are not followed (they can loop).
 */
export async function listProjectFiles(root: string, options: ProjectFileOptions = {}): Promise<string[]> {
  const globs = new ProjectGlobs(options);
  const maxFileSize = options.maxFileSize ?? Infinity;
  const out: string[] = [];
  root = path.resolve(root);
  forgetRealPaths();
  const realRoot = realRootOf(root);

  async function walk(absDir: string, relDir: string, layers: IgnoreLayer[]): Promise<void> {
    let entries;
    try {
      entries = options.blocking ? readdirSync(absDir, { withFileTypes: true }) : await fs.readdir(absDir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing in it is part of what we can check
    }
    // Only where the listing shows one: a read of a missing file costs an exception per folder.
    const own = entries.some((e) => e.name === '.gitignore')
      ? readGitignore(absDir, relDir, root, Math.min(maxFileSize, DEFAULT_MAX_FILE_SIZE))
      : undefined;
    const active = own ? [...layers, own] : layers;
    const subdirs: Array<Promise<void>> = [];
    for (const e of entries) {
      const rel = relDir === '' ? e.name : `${relDir}/${e.name}`;
      const abs = childPath(absDir, e.name);
      if (e.isDirectory()) {
        if (globs.excludesDir(rel) || ignoredBy(active, rel, true)) continue;
        subdirs.push(walk(abs, rel, active));
      } else if (e.isFile() || e.isSymbolicLink()) {
        if (!globs.matchesFile(rel) || ignoredBy(active, rel, false)) continue;
        // A link is a project file only if it leads to a regular file inside the root: a
        // checked-in `leak.env -> /proc/self/environ` must not be read.
        if (e.isSymbolicLink() && !insideRoot(abs, realRoot)) continue;
        if (e.isSymbolicLink() || (maxFileSize !== Infinity && !options.unsized)) {
          try {
            const st = options.blocking ? statSync(abs) : await fs.stat(abs);
            if (!st.isFile() || st.size > maxFileSize) continue;
          } catch {
            continue;
          }
        } else {
          options.unsized?.add(abs);
        }
        out.push(abs);
      }
    }
    await Promise.all(subdirs);
  }

  await walk(root, '', []);
  return out.sort();
}

/**
 * Whether one path (from a file-system event) is a project file of `root`, with the
 * same rules as `listProjectFiles` (size aside: the caller stats the file when it reads it).
 */
export async function isProjectFile(root: string, absPath: string, options: ProjectFileOptions = {}): Promise<boolean> {
  const rel = toPosix(path.relative(path.resolve(root), absPath));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const globs = new ProjectGlobs(options);
  if (!globs.matchesFile(rel)) return false;
  const segments = rel.split('/');
  const layers: IgnoreLayer[] = [];
  let relDir = '';
  for (let i = 0; i < segments.length; i++) {
    const layer = readGitignore(
      path.join(root, ...segments.slice(0, i)),
      relDir,
      root,
      Math.min(options.maxFileSize ?? Infinity, DEFAULT_MAX_FILE_SIZE),
    );
    if (layer) layers.push(layer);
    const relHere = segments.slice(0, i + 1).join('/');
    const isDir = i < segments.length - 1;
    if (isDir && globs.excludesDir(relHere)) return false;
    if (ignoredBy(layers, relHere, isDir)) return false;
    relDir = relHere;
  }
  return true;
}

export interface SafeReadOptions {
  /** Larger files are not read. */
  maxBytes: number;
  /**
   * The workspace folders or the repository, as absolute paths: a file under one of them must really be there (no
   * symbolic link, of its own or of a folder on the way, leads out of it); a file outside them
   * must not be a link.
   */
  roots: readonly string[];
  /** The setting that raises `maxBytes`, named in the reason a file is skipped. */
  limitSetting?: string;
  /**
   * The caller saw the file as a regular file in its folder's listing a moment ago (the walk's
   * `readdir`): it is then opened at once, without following a link, and checked on the open
   * descriptor, instead of an lstat first. One that became a link or vanished since is looked at
   * as any other path is, and gets the same answer.
   */
  listedAsFile?: boolean;
}

/** Why a file was not read; `tooLarge` when only its size kept it out. */
type Skipped = { skipped: string; tooLarge?: true };
export type ReadResult = { text: string } | Skipped;
export type BytesReadResult = { bytes: Buffer } | Skipped;

const realRoots = new Map<string, string>();

/** The real path of a root, remembered (roots are few and do not move). */
function realRootOf(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync.native(root);
    } catch {
      real = root;
    }
    if (realRoots.size > 64) realRoots.clear();
    realRoots.set(root, real);
  }
  return real;
}

const within = (dir: string, p: string): boolean => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

const realDirs = new Map<string, string>();

/**
 * Forget the folders' real paths: a folder may since have been replaced by a link. Done at the
 * start of every listing (an index build) and by whoever reads files after a change on disk.
 */
export function forgetRealPaths(): void {
  realDirs.clear();
  realRoots.clear();
}

/**
 * The real path of a file that is not itself a link: its folder's, remembered (a folder's files are
 * read one after another, and resolving every path anew cost more than reading the files).
 */
function realPathOf(file: string, isLink: boolean): string {
  if (isLink) return realpathSync.native(file);
  const dir = path.dirname(file);
  let real = realDirs.get(dir);
  if (real === undefined) {
    real = realpathSync.native(dir);
    if (realDirs.size > 4096) realDirs.clear();
    realDirs.set(dir, real);
  }
  return childPath(real, path.basename(file));
}

/** Whether the file's real path (links followed) is inside the real root. */
function insideRoot(file: string, realRoot: string, isLink = true): boolean {
  try {
    return within(realRoot, realPathOf(file, isLink));
  } catch {
    return false;
  }
}

/** Reads past a file's stated size go here first (most find its end at once). */
const PROBE = Buffer.allocUnsafe(64 * 1024);

/** Non-blocking, so a FIFO swapped in between the looks does not block the read. */
const READ_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOCTTY;
/** Undefined where the platform has no such flag (Windows): every read takes the careful path there. */
const NO_FOLLOW: number | undefined = fsConstants.O_NOFOLLOW;

/**
 * The one way the server and the CLI read a file from a workspace or repository: `lstat` first
 * (for a file a folder listing just showed as one, an open that follows no link), regular files
 * only (a FIFO would block the read forever, a device such as /dev/zero never ends), no larger
 * than `maxBytes`, and no symbolic link followed out of the roots. The file is opened
 * non-blocking and checked again on the open descriptor, so one swapped for a FIFO between the
 * two looks does not block either, and no more than `maxBytes` are ever read.
 * Synchronous on purpose: such files are small, and the five round trips of an asynchronous
 * stat and read to the I/O threads cost more than reading them.
 */
export function readFileSafely(file: string, options: SafeReadOptions): ReadResult {
  const r = readFileBytesSafely(file, options);
  return 'bytes' in r ? { text: r.bytes.toString('utf8') } : r;
}

/**
 * `readFileSafely` without the decoding: the bytes as read (the CLI runs its keyword pass over them
 * first), into the memory `into` gives for the file's size where it gives some.
 */
export function readFileBytesSafely(
  file: string,
  options: SafeReadOptions,
  into?: (size: number) => Uint8Array | undefined,
): BytesReadResult {
  const { maxBytes } = options;
  const over = (size: number): BytesReadResult => ({
    tooLarge: true,
    skipped: options.limitSetting
      ? `${formatBytes(size)} is over the ${options.limitSetting} limit of ${formatBytes(maxBytes)}; raise the setting to read it`
      : `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)}`,
  });
  let fd: number | undefined;
  try {
    const abs = path.resolve(file);
    const root = options.roots.find((r) => within(r, abs));
    // A listed file whose folders stay inside the root: the open refuses a link (ELOOP) and the
    // descriptor's stat below says the rest, so the lstat of the careful path is not needed.
    if (options.listedAsFile && NO_FOLLOW !== undefined && (root === undefined || insideRoot(abs, realRootOf(root), false))) {
      try {
        fd = openSync(abs, READ_FLAGS | NO_FOLLOW);
      } catch {
        // a link now, or gone: the careful path below says which
      }
    }
    if (fd === undefined) {
      const st = lstatSync(abs);
      if (root === undefined && st.isSymbolicLink())
        return { skipped: 'it is a symbolic link outside the workspace, which is never followed' };
      if (root !== undefined && !insideRoot(abs, realRootOf(root), st.isSymbolicLink())) {
        return { skipped: `it leads out of ${root} through a symbolic link, which is never followed` };
      }
      if (!st.isSymbolicLink() && !st.isFile()) return { skipped: `it is not a regular file (${kindOf(st)})` };
      if (st.size > maxBytes) return over(st.size);
      fd = openSync(abs, READ_FLAGS);
    }
    const fst = fstatSync(fd);
    if (!fst.isFile()) return { skipped: `it is not a regular file (${kindOf(fst)})` };
    if (fst.size > maxBytes) return over(fst.size);
    const chunks: Buffer[] = [];
    // The size the file says, then on in steps through a shared buffer until the end shows (a
    // file that grew, or one in /proc that says 0), never more than a byte past the limit.
    const size = Math.min(maxBytes + 1, fst.size);
    const given = into?.(size);
    const first = given ? Buffer.from(given.buffer, given.byteOffset, size) : Buffer.allocUnsafe(size);
    let total = first.length > 0 ? readSync(fd, first, 0, first.length, null) : 0;
    // All the bytes the file said it had: done, as `readFileSync` is (a read more to see the end
    // cost a system call per file). A file that grows meanwhile is read as it was when opened.
    if (total > 0 && total === fst.size) return { bytes: first };
    if (total > 0) chunks.push(total === first.length ? first : first.subarray(0, total));
    for (;;) {
      const n = readSync(fd, PROBE, 0, Math.min(PROBE.length, maxBytes + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(PROBE.subarray(0, n)));
      total += n;
      if (total > maxBytes) return over(total);
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) };
  } catch (e) {
    return { skipped: `it could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function kindOf(st: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): string {
  return st.isFIFO()
    ? 'a FIFO'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'a device'
      : st.isSocket()
        ? 'a socket'
        : st.isDirectory()
          ? 'a folder'
          : 'not a file';
}

export function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`;
}

/** Why a text is not read as a document though it fits the size limit: a NUL byte early on says it is binary. */
export function binaryReason(text: { slice(start: number, end: number): string }): string | undefined {
  return text.slice(0, 8192).includes('\u0000') ? 'it looks binary (it contains NUL bytes)' : undefined;
}
