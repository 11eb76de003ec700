// What `secretref-language-server ARGS` should do. An editor starts it with a transport flag;
// a person trying it by hand (`--version`, `--help`, nothing) gets a short answer instead of
// vscode-languageserver's "Connection input stream is not set" stack.
export type ServerCommand = { kind: 'serve' } | { kind: 'version' } | { kind: 'help' } | { kind: 'usage'; problem: string };

export const SERVER_USAGE = `Usage: secretref-language-server --stdio

The SecretRef language server (Language Server Protocol). An editor starts it; it is not
run by hand. Transports: --stdio, --node-ipc, --socket=PORT, --pipe=NAME.
Editor set-up: https://github.com/secretref/secretref/blob/main/docs/editors.md
To check files from a terminal or CI, run  secretref check  instead.

Options:
  -h, --help      show this help
  -v, --version   print the version
`;

/** vscode-languageserver reads these from process.argv itself. */
const TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/;

export function parseServerArgs(argv: readonly string[]): ServerCommand {
  if (argv.some((a) => a === '--version' || a === '-v')) return { kind: 'version' };
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (argv.some((a) => TRANSPORT.test(a))) return { kind: 'serve' };
  return { kind: 'usage', problem: argv.length === 0 ? 'no transport given' : `no transport among: ${argv.join(' ')}` };
}
