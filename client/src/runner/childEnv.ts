// The environment an integration child starts with: only what ordinary programs need to run
// (where programs and home are, the user, locale, time zone, terminal, temp dir, proxy and CA
// settings), taken by name from the extension host's environment. Everything else stays behind:
// an editor started from a shell or CI carries MYSQL_PWD, CI_JOB_JWT, DATABASE_URL, SENTRY_DSN,
// the env secrets adapter's INTEGRATION_* values and whatever else was exported, under names no
// deny-list can foresee. Nothing that changes how Node starts (NODE_OPTIONS, NODE_PATH) or reaches
// back into VS Code (VSCODE_*, ELECTRON_*) is on the list. Declared secrets do not travel here:
// they go over IPC (runProcess.ts). Pure, so it is tested directly and reused by every launcher.

/** Variables passed on under exactly these names (compared case-insensitively on Windows). */
export const INHERITED_NAMES: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TMPDIR',
  'TMP',
  'TEMP',
  'TZ',
  'TERM',
  'COLORTERM',
  'LANG',
  'LANGUAGE',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  // A company CA: without it every HTTPS call through an intercepting proxy fails.
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  'XDG_RUNTIME_DIR',
  'XDG_CONFIG_HOME',
  'XDG_CACHE_HOME',
  'XDG_DATA_HOME',
  // Windows: what its system libraries and shells need to start at all.
  'SystemRoot',
  'SystemDrive',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'USERNAME',
  'USERDOMAIN',
  'HOMEDRIVE',
  'HOMEPATH',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'ProgramW6432',
  'CommonProgramFiles',
  'CommonProgramFiles(x86)',
  'NUMBER_OF_PROCESSORS',
  'PROCESSOR_ARCHITECTURE',
  'OS',
  'COMPUTERNAME',
];

/** Locale categories (LC_ALL, LC_CTYPE, …). */
const INHERITED_PATTERN = /^LC_[A-Z_]+$/;

const exact = new Set(INHERITED_NAMES);
const folded = new Set(INHERITED_NAMES.map((n) => n.toUpperCase()));

/** Whether the child inherits a variable of this name from the extension host. */
export function isInherited(name: string, platform: NodeJS.Platform = process.platform): boolean {
  if (INHERITED_PATTERN.test(name)) return true;
  return platform === 'win32' ? folded.has(name.toUpperCase()) : exact.has(name);
}

/**
 * The child's environment: the allowed variables of `parent`, then `extra` (values a launcher
 * sets on purpose, e.g. a task's own variables; never a secret the integration did not declare).
 */
export function childEnvironment(
  parent: NodeJS.ProcessEnv,
  extra: Readonly<Record<string, string>> = {},
  platform: NodeJS.Platform = process.platform,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && isInherited(name, platform)) env[name] = value;
  }
  Object.assign(env, extra);
  // In desktop VS Code process.execPath is Electron: this makes it start as plain Node.
  env.ELECTRON_RUN_AS_NODE = '1';
  return env;
}
