// Every process an integration started, found again when it has to stop, also those that tried to
// get away: a grandchild started with `detached: true` or `setsid` leaves the child's process
// group (so killing the group misses it), and one whose parent exits is re-parented to init (so
// its PPid no longer leads back). On Linux, without a sandbox, three links are followed in /proc:
//   - PPid links from the child, walked while the run lives (polled) and again at the end, each
//     pid remembered with its start time so a re-used pid is never mistaken for it;
//   - process group and session of the child;
//   - a per-run tag in the environment (SECRETREF_RUN=<random>), inherited by everything the
//     child starts unless it clears its environment on purpose.
// Found processes are stopped (SIGSTOP) until no new one appears, then killed, so a process that
// forks while it is being killed cannot slip through. Elsewhere the process group is killed.
// Only a sandbox (bubblewrap's PID namespace, runProcess.ts) contains a process that both clears
// its environment and detaches between two polls; the README says so.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export const RUN_TAG_VARIABLE = 'SECRETREF_RUN';

interface ProcInfo {
  pid: number;
  ppid: number;
  pgrp: number;
  session: number;
  start: string;
}

function readStat(pid: number): ProcInfo | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may hold spaces or parentheses itself.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  if (rest[0] === 'Z' || rest[0] === 'X') return undefined; // exited, not yet reaped
  return { pid, ppid: Number(rest[1]), pgrp: Number(rest[2]), session: Number(rest[3]), start: rest[19] };
}

function allProcesses(): ProcInfo[] {
  const out: ProcInfo[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const n of names) {
    if (!/^\d+$/.test(n)) continue;
    const info = readStat(Number(n));
    if (info) out.push(info);
  }
  return out;
}

function hasTag(pid: number, entry: string): boolean {
  try {
    // Readable only for the same user's processes: exactly the ones a same-user child can start.
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/** Kills a process group (or, on Windows, the tree taskkill knows). */
export function killProcessGroup(pid: number): void {
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    return;
  }
  signal(-pid, 'SIGKILL');
}

export class ProcessTree {
  /** The environment entry every process of this run inherits: add it to the child's env. */
  readonly tag = { name: RUN_TAG_VARIABLE, value: randomBytes(12).toString('hex') };
  private readonly known = new Map<number, string>();
  private root?: number;
  private timer?: NodeJS.Timeout;
  private readonly linux = process.platform === 'linux';

  /**
   * Starts following the tree of `pid`, polling every `intervalMs` while it lives (0: no polling,
   * for a sandboxed child whose namespace already holds everything it starts). One poll reads
   * /proc/<pid>/stat of every process: a few milliseconds with a couple of hundred processes.
   */
  follow(pid: number, intervalMs = 250): void {
    this.root = pid;
    if (!this.linux) return;
    const root = readStat(pid);
    if (root) this.known.set(pid, root.start);
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => this.scan(false), intervalMs);
    this.timer.unref();
  }

  /** Processes of the run alive now; with `tagged`, also those found by the environment tag. */
  private scan(tagged: boolean): ProcInfo[] {
    const root = this.root;
    if (root === undefined) return [];
    const procs = allProcesses();
    const byPid = new Map(procs.map((p) => [p.pid, p]));
    const children = new Map<number, ProcInfo[]>();
    for (const p of procs) {
      const list = children.get(p.ppid);
      if (list) list.push(p);
      else children.set(p.ppid, [p]);
    }
    const found = new Map<number, ProcInfo>();
    const queue: ProcInfo[] = [];
    const add = (p: ProcInfo): void => {
      if (p.pid === process.pid || found.has(p.pid)) return;
      found.set(p.pid, p);
      queue.push(p);
    };
    for (const [pid, start] of this.known) {
      const p = byPid.get(pid);
      if (p && p.start === start) add(p);
    }
    const entry = `${this.tag.name}=${this.tag.value}`;
    for (const p of procs) {
      if (p.pgrp === root || p.session === root || (tagged && hasTag(p.pid, entry))) add(p);
    }
    for (let i = 0; i < queue.length; i++) for (const c of children.get(queue[i].pid) ?? []) add(c);
    for (const p of found.values()) this.known.set(p.pid, p.start);
    return [...found.values()];
  }

  /** Stops and kills every process of the run; returns their pids. */
  killAll(): number[] {
    if (this.root === undefined) return [];
    if (!this.linux) {
      killProcessGroup(this.root);
      return [this.root];
    }
    const stopped = new Set<number>();
    for (let round = 0; round < 20; round++) {
      const fresh = this.scan(true).filter((p) => !stopped.has(p.pid));
      if (!fresh.length) break;
      for (const p of fresh) {
        signal(p.pid, 'SIGSTOP');
        stopped.add(p.pid);
      }
    }
    for (const pid of stopped) signal(pid, 'SIGKILL');
    signal(-this.root, 'SIGKILL');
    return [...stopped];
  }

  /** Stops polling (the run is over and everything was killed). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
