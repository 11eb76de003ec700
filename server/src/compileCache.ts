// Node 22 and later keep V8's compiled code of the modules loaded after this call (TypeScript's
// compiler above all, loaded when the first JS/TS file is parsed) in a cache directory under the
// system's temp folder, so every later start of the server or the CLI skips compiling it again.
// Node 20 has no such cache: nothing happens there.
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
