// dist/server.js, the `secretref-language-server` bin and the module VS Code's client starts: turns
// V8's compile cache on, then loads the server itself (dist/server-main.js, from server.ts), so
// the cache holds the server's own bundle too (see cli/bin.ts).
import './compileCache';

require('./server-main.js');
