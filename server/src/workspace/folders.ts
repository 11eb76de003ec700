// Which folders a file belongs to: the workspace folder that holds it, and the repository root
// above a folder, where the search for manifests and settings up from a file stops. The server
// and the CLI decide both the same way.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The workspace folder a file is in: the innermost, when folders nest; undefined outside all of them. */
export function workspaceFolderOf(folders: readonly string[], file: string): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    const inside = file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep);
    if (inside && (best === undefined || f.length > best.length)) best = f;
  }
  return best;
}

/** The repository root: the nearest folder up from `start` holding `.git` (a folder, or a worktree's file), else `start`. */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(start);
    dir = up;
  }
}
