// Node 22 and later keep V8's compiled code of the modules loaded after this call (the bundles
// the bins load, and TypeScript's compiler, loaded when the first JS/TS file is parsed), so every
// later start of the server or the CLI skips compiling them again. Node 20 has no such cache:
// nothing happens there.
//
// The cache is this user's, not Node's default under the shared temp folder: whoever can write
// a machine-wide /tmp could leave compiled code there for another user's next check to run.
// NODE_COMPILE_CACHE still chooses the folder, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
//
// Node never deletes an entry: each install path of the bundles (every extension update) and
// each Node version adds about 3 MB for good. So once a day, before the cache is turned on, the
// entries of our folder that Node has not written for 30 days go (an entry in use is written
// again by its next run) and so do the folders of Node versions left empty. A folder chosen with
// NODE_COMPILE_CACHE may be shared with other programs and is left alone.
import { readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Entries not written for this long are removed. */
export const COMPILE_CACHE_MAX_AGE_MS = 30 * DAY_MS;
/** Written at each pruning; its age says whether the next run prunes. */
const PRUNED_MARKER = '.pruned';

/** The per-user cache folder of this platform (XDG's on Linux), or undefined without a home folder. */
function userCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'secretref', 'compile-cache') : undefined;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (process.platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'secretref', 'compile-cache') : undefined;
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : home ? join(home, '.cache') : undefined;
  return base ? join(base, 'secretref', 'compile-cache') : undefined;
}

/**
 * Removes the entries under `base` (one folder per Node version) older than
 * COMPILE_CACHE_MAX_AGE_MS and the folders left empty, at most once a day. Never throws: a cache
 * that cannot be tidied still works.
 */
export function pruneCompileCache(base: string, now = Date.now()): void {
  const marker = join(base, PRUNED_MARKER);
  try {
    if (now - statSync(marker).mtimeMs < DAY_MS) return;
  } catch {
    // Never pruned, or no cache yet.
  }
  try {
    for (const version of readdirSync(base, { withFileTypes: true })) {
      if (!version.isDirectory()) continue;
      const dir = join(base, version.name);
      let left = 0,
        removed = 0;
      for (const entry of readdirSync(dir)) {
        const file = join(dir, entry);
        try {
          if (now - statSync(file).mtimeMs > COMPILE_CACHE_MAX_AGE_MS) {
            unlinkSync(file);
            removed++;
          } else left++;
        } catch {
          left++;
        }
      }
      // Only a folder this emptied: an empty one may be this run's own, which Node fills at exit.
      try {
        if (left === 0 && removed > 0) rmdirSync(dir);
      } catch {
        // Another run wrote into it meanwhile.
      }
    }
    writeFileSync(marker, '');
  } catch {
    // No cache folder yet (the first run makes it), or one we may not change.
  }
}

const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
if (enable && process.env.NODE_DISABLE_COMPILE_CACHE !== '1') {
  const dir = process.env.NODE_COMPILE_CACHE ? undefined : userCacheDir(process.env);
  if (dir) pruneCompileCache(dir);
  // Without a home folder there is no private place: no cache rather than the shared one.
  if (dir || process.env.NODE_COMPILE_CACHE) enable(dir);
}
