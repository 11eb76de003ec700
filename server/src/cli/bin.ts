// dist/cli.js, the `secretref` bin: turns V8's compile cache on, then loads the command itself
// (dist/cli-main.js, from main.ts). Two files because the cache holds only modules compiled after
// it is on: the command's own 1.9 MB bundle, compiled on every run when it turned the cache on
// itself, now loads from the cache too (20 ms of a 170 ms pre-commit check, Node 24).
import '../compileCache';

require('./cli-main.js');
