// The language server entry: `secretref-language-server --stdio` (or --node-ipc when VS Code starts it).
import './compileCache';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/lifecycle';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
