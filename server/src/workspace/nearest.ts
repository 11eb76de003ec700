// Files found the way ESLint finds its configuration: the nearest one up from a file, to the
// repository root. The CLI finds each file's secretref.json and the .vscode/settings.json of
// the checked folder this way; the server the manifests above an opened document.
import { existsSync, lstatSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The folders from `dir` up to the repository root, nearest first: the root is `root` when
 * `dir` is inside it, else the nearest folder up holding `.git` (or the file system's root).
 */
export function foldersUp(dir: string, root: string): string[] {
  return [...eachFolderUp(dir, root)];
}

/** `foldersUp` one folder at a time: a search that stops early (a cached answer) computes no more of them. */
function* eachFolderUp(dir: string, root: string): Generator<string> {
  const inRoot = dir === root || dir.startsWith(root + path.sep);
  for (let d = path.resolve(dir); ;) {
    yield d;
    if (d === root || (!inRoot && existsSync(path.join(d, '.git')))) return;
    const up = path.dirname(d);
    if (up === d) return;
    d = up;
  }
}

/** The nearest file called `name` in `dir` or a folder above it, up to the repository root. */
export function nearestUp(dir: string, root: string, name: string, cache?: Map<string, string | null>): string | undefined {
  // Most files of a run share their folder with one asked about before: answered before resolving it.
  const known = cache?.get(dir);
  if (known !== undefined) return known ?? undefined;
  const walked: string[] = [];
  let found: string | null = null;
  for (const d of eachFolderUp(dir, root)) {
    const hit = cache?.get(d);
    if (hit !== undefined) {
      found = hit;
      break;
    }
    walked.push(d);
    const candidate = path.join(d, name);
    try {
      // lstat: a link is found here and then read, or refused with the reason, by the reader
      // (readFileSafely never follows one out of the root). Most folders have no such file:
      // without `throwIfNoEntry` each of them cost an exception (~30 µs, 35 ms on 900 folders).
      const st = lstatSync(candidate, { throwIfNoEntry: false });
      if (st && (st.isFile() || st.isSymbolicLink())) {
        found = candidate;
        break;
      }
    } catch {
      // not here: look one folder up
    }
  }
  for (const d of walked) cache?.set(d, found);
  return found ?? undefined;
}
