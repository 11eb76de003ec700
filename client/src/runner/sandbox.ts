// Runs the integration child under bubblewrap (`bwrap`, Linux) when `secretref.run.sandbox` asks
// for it: its own PID namespace (it sees only its own processes, so not the extension host's
// /proc/<pid>/environ, and every process it starts dies with it), a fresh /proc, /dev and /tmp,
// the file system read-only except the integration's folder, and with 'offline' its own network
// namespace with nothing in it. It still runs as the user and can read what the user can read.
import { spawnSync } from 'node:child_process';

export type SandboxMode = 'off' | 'isolated' | 'offline';

export function parseSandboxMode(x: unknown): SandboxMode {
  return x === 'isolated' || x === 'offline' ? x : 'off';
}

/**
 * The bwrap arguments in front of the command. `readable`: folders under the fresh /tmp that must
 * stay visible (the runner's own files, Node, when they live there).
 */
export function bubblewrapArgs(mode: Exclude<SandboxMode, 'off'>, writableDir: string, readable: readonly string[] = []): string[] {
  return [
    '--die-with-parent',
    '--new-session',
    '--unshare-pid',
    ...(mode === 'offline' ? ['--unshare-net'] : []),
    '--ro-bind',
    '/',
    '/',
    '--dev',
    '/dev',
    '--proc',
    '/proc',
    '--tmpfs',
    '/tmp',
    ...readable.flatMap((d) => ['--ro-bind', d, d]),
    '--bind',
    writableDir,
    writableDir,
    '--chdir',
    writableDir,
    '--',
  ];
}

const probes = new Map<string, string | undefined>();

/**
 * Why bubblewrap cannot sandbox a child here, in words for the user, or undefined when it can.
 * Tried once per bwrap path: user namespaces may be disabled in containers and CI machines.
 */
export function sandboxUnavailable(mode: Exclude<SandboxMode, 'off'>, bwrap = 'bwrap'): string | undefined {
  const key = `${bwrap}\0${mode}`;
  if (probes.has(key)) return probes.get(key);
  let why: string | undefined;
  if (process.platform !== 'linux') {
    why = `the sandbox needs Linux (bubblewrap); this is ${process.platform}`;
  } else {
    const r = spawnSync(bwrap, [...bubblewrapArgs(mode, '/tmp'), 'true'], { encoding: 'utf8', timeout: 10_000 });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
      why = `bubblewrap (${bwrap}) is not installed: install it with  sudo apt-get install bubblewrap`;
    else if (r.error) why = `bubblewrap (${bwrap}) could not start: ${r.error.message}`;
    else if (r.status !== 0)
      why = `bubblewrap (${bwrap}) cannot create namespaces here (${(r.stderr || `exit ${r.status}`).trim()}); user namespaces may be disabled on this machine`;
  }
  probes.set(key, why);
  return why;
}

export function sandboxUnavailableMessage(file: string, why: string): string {
  return `Did not run ${file}: secretref.run.sandbox asks for a sandbox, but ${why}. Fix that, or set secretref.run.sandbox to "off" to run it without one.`;
}
