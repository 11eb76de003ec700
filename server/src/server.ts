// The language server entry: `secretref-language-server --stdio` (or --node-ipc when VS Code starts it),
// bundled to dist/server-main.js, which the bin dist/server.js loads (serverBin.ts).
import './compileCache';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { startServer } from './lsp/lifecycle';
import { parseServerArgs, SERVER_USAGE } from './serverArgs';

const cmd = parseServerArgs(process.argv.slice(2));
if (cmd.kind === 'version') {
  process.stdout.write(`secretref-language-server ${version}\n`);
} else if (cmd.kind === 'help') {
  process.stdout.write(SERVER_USAGE);
} else if (cmd.kind === 'usage') {
  process.stderr.write(`secretref-language-server: ${cmd.problem}.\n\n${SERVER_USAGE}`);
  process.exitCode = 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}
