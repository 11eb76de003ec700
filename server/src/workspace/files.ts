// Which files on disk belong to the project: the include globs, minus the default
// excluded folders, the exclude globs (settings and `files.exclude`) and `.gitignore`.
// Shared by the workspace index and the CLI, so both agree on what "the project" is.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface ProjectFileOptions {
  /** Globs relative to the root; default: the source, config and text files SecretRef reads. */
  include?: string[];
  /** Globs relative to the root that are never read (settings `secretref.files.exclude` and `files.exclude`). */
  exclude?: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize?: number;
}

export const DEFAULT_INCLUDE = [
  '**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx,json,jsonc,yaml,yml,env,txt,md,markdown,mdx}',
  '**/.env',
  '**/.env.*',
];

/** Folders that are never project sources, whatever the globs say. */
export const ALWAYS_EXCLUDED_DIRS = new Set(['node_modules', '.git', 'dist', '.vscode-test']);

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Include/exclude globs compiled once; answers on paths relative to the root, with `/` separators. */
export class ProjectGlobs {
  private readonly included: (p: string) => boolean;
  private readonly excluded: (p: string) => boolean;

  constructor(options: ProjectFileOptions = {}) {
    const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
    this.included = picomatch(include, { dot: true });
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

interface IgnoreLayer {
  /** The folder (relative to the root, '' for the root) the .gitignore sits in. */
  dir: string;
  rules: Ignore;
}

async function readGitignore(absDir: string, relDir: string): Promise<IgnoreLayer | undefined> {
  try {
    const text = await fs.readFile(path.join(absDir, '.gitignore'), 'utf8');
    return { dir: relDir, rules: ignore().add(text) };
  } catch {
    return undefined;
  }
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

  async function walk(absDir: string, relDir: string, layers: IgnoreLayer[]): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(absDir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing in it is part of what we can check
    }
    const own = await readGitignore(absDir, relDir);
    const active = own ? [...layers, own] : layers;
    const subdirs: Array<Promise<void>> = [];
    for (const e of entries) {
      const rel = relDir === '' ? e.name : `${relDir}/${e.name}`;
      const abs = path.join(absDir, e.name);
      if (e.isDirectory()) {
        if (globs.excludesDir(rel) || ignoredBy(active, rel, true)) continue;
        subdirs.push(walk(abs, rel, active));
      } else if (e.isFile() || e.isSymbolicLink()) {
        if (!globs.matchesFile(rel) || ignoredBy(active, rel, false)) continue;
        if (maxFileSize !== Infinity || e.isSymbolicLink()) {
          try {
            const st = await fs.stat(abs);
            if (!st.isFile() || st.size > maxFileSize) continue;
          } catch {
            continue;
          }
        }
        out.push(abs);
      }
    }
    await Promise.all(subdirs);
  }

  await walk(path.resolve(root), '', []);
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
    const layer = await readGitignore(path.join(root, ...segments.slice(0, i)), relDir);
    if (layer) layers.push(layer);
    const relHere = segments.slice(0, i + 1).join('/');
    const isDir = i < segments.length - 1;
    if (isDir && globs.excludesDir(relHere)) return false;
    if (ignoredBy(layers, relHere, isDir)) return false;
    relDir = relHere;
  }
  return true;
}
