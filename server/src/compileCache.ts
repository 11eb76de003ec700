// Node 22 and later keep V8's compiled code of the modules loaded after this call (the bundles
// the bins load, and TypeScript's compiler, loaded when the first JS/TS file is parsed), so every
// later start of the server or the CLI skips compiling them again. Node 20 has no such cache:
// nothing happens there.
//
// The cache is this user's, not Node's default under the shared temp folder: whoever can write
// a machine-wide /tmp could leave compiled code there for another user's next check to run.
// NODE_COMPILE_CACHE still chooses the folder, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

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

const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
if (enable && process.env.NODE_DISABLE_COMPILE_CACHE !== '1') {
  const dir = process.env.NODE_COMPILE_CACHE ? undefined : userCacheDir(process.env);
  // Without a home folder there is no private place: no cache rather than the shared one.
  if (dir || process.env.NODE_COMPILE_CACHE) enable(dir);
}
