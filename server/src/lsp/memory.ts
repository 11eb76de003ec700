// Gives memory back after a burst of work (the first index of a workspace): the young
// generation grows to tens of MB while thousands of files are read and parsed, and V8 keeps
// it at that size while the server then sits idle for hours.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let collect: (() => void) | null | undefined;

/** A full garbage collection, once a burst is over. Does nothing where the runtime refuses. */
export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      // `gc` is exposed only to contexts made after the flag is set: take it from a new one.
      v8.setFlagsFromString('--expose-gc');
      const fn: unknown = vm.runInNewContext('gc');
      // 'last-resort' is the collection V8 makes under memory pressure: it also shrinks the young generation.
      collect =
        typeof fn === 'function' ? () => (fn as (o: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' }) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
