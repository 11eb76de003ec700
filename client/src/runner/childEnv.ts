// The environment an integration child starts with: the extension host's, minus every
// `INTEGRATION_*` variable (ToolJump's env secrets adapter: undeclared secrets live there),
// minus anything named like a credential, and minus what would let the child reach into VS Code
// or change how Node starts. Pure, so it is tested directly.

const SECRET_LIKE = /secret|token|passw(or)?d|passphrase|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth|session|cookie|signature|^aws_|^azure_|^gcp_|^google_application/i;

/** Names Node or VS Code read that the child must not inherit (code injection, IPC handles). */
const PROCESS_CONTROL = /^(NODE_OPTIONS|NODE_PATH|NODE_REPL_EXTERNAL_MODULE|VSCODE_.*|ELECTRON_.*|CODE_SERVER_.*|npm_config_.*|npm_lifecycle_.*)$/i;

/** Why a variable is left out, or undefined when it is passed on. */
export function excludedBecause(name: string): 'integration-secret' | 'secret-like' | 'process-control' | undefined {
  if (/^INTEGRATION_/i.test(name)) return 'integration-secret';
  if (PROCESS_CONTROL.test(name)) return 'process-control';
  if (SECRET_LIKE.test(name)) return 'secret-like';
  return undefined;
}

export function childEnvironment(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && !excludedBecause(name)) env[name] = value;
  }
  // In desktop VS Code process.execPath is Electron: this makes it start as plain Node.
  env.ELECTRON_RUN_AS_NODE = '1';
  return env;
}
