// Runs one shell command for a `secretref` task with its declared secrets in the environment and
// its output redacted for a terminal. A real pseudo-terminal when VS Code's own node-pty can be
// loaded (colours, prompts and line editing as in any terminal); otherwise pipes, with a small
// line editor so typed input still reaches the program (it then has no TTY: see the README).
// No vscode import: tested with real processes (secretProcess.test.ts).
// The calls into the runner's environment builder and redactor are all here (taskEnvironment,
// terminalRedactor), so a change of their API is a change of this file only.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { childEnvironment } from './childEnv';
import { createRedactor, type Redactor } from './redact';
import { ProcessTree } from './processTree';

/** The environment of a task's command: Run Integration's allow-list, then exactly the declared secrets. */
export function taskEnvironment(parent: NodeJS.ProcessEnv, secrets: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env = childEnvironment(parent);
  // That builder starts Electron as Node for the integration child; a shell command wants neither.
  delete env.ELECTRON_RUN_AS_NODE;
  return { ...env, ...secrets };
}

/** One redactor over every stream of the command, built from the values it received. */
function terminalRedactor(values: Iterable<string>): Redactor {
  return createRedactor(values);
}

/** The part of node-pty this file uses. */
interface Pty {
  pid: number;
  onData(cb: (data: string) => void): unknown;
  onExit(cb: (e: { exitCode: number; signal?: number }) => void): unknown;
  write(data: string): void;
  resize(cols: number, rows: number): void;
  kill(signal?: string): void;
}
interface PtyModule {
  spawn(file: string, args: string[], options: { name: string; cols: number; rows: number; cwd: string; env: NodeJS.ProcessEnv }): Pty;
}

/**
 * VS Code's own node-pty (native, built for its runtime), if this VS Code has one where it used
 * to: extensions may not rely on it, so anything failing here means pipes.
 */
export function loadVsCodePty(appRoot: string | undefined): PtyModule | undefined {
  if (!appRoot) return undefined;
  const req = createRequire(__filename);
  for (const dir of ['node_modules', 'node_modules.asar.unpacked']) {
    try {
      const m = req(join(appRoot, dir, 'node-pty')) as Partial<PtyModule>;
      if (typeof m.spawn === 'function') return m as PtyModule;
    } catch {
      // not there, or built for another runtime
    }
  }
  return undefined;
}

export interface CommandLaunch {
  command: string;
  cwd: string;
  /** Exactly the declared secrets: in the environment and the only values redacted. */
  secrets: Readonly<Record<string, string>>;
  parentEnv?: NodeJS.ProcessEnv;
  /** node-pty, when loadable; undefined runs the command over pipes. */
  pty?: PtyModule;
  cols?: number;
  rows?: number;
  /** Redacted text for the terminal, with CRLF line ends. */
  onData(text: string): void;
  onExit(code: number): void;
}

export interface RunningCommand {
  readonly mode: 'pty' | 'pipe';
  /** Keystrokes from the terminal. */
  input(data: string): void;
  resize(cols: number, rows: number): void;
  /** Ends the command and everything it started. */
  kill(): void;
}

function shellArgs(command: string): [string, string[]] {
  if (process.platform === 'win32') return [process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', command]];
  return [process.env.SHELL || '/bin/sh', ['-c', command]];
}

/** A lone LF becomes CRLF: a pseudoterminal moves to column 0 only on CR. */
function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function startCommand(launch: CommandLaunch): RunningCommand {
  const redactor = terminalRedactor(Object.values(launch.secrets));
  // Run Integration's tree: the process group, plus on Linux whatever left it (`setsid`,
  // `detached`), found through /proc and the run tag in the environment. Every way a task ends
  // (the command exits, Stop, ^C) goes through endTree.
  const tree = new ProcessTree();
  const env = { ...taskEnvironment(launch.parentEnv ?? process.env, launch.secrets), [tree.tag.name]: tree.tag.value };
  const endTree = (): void => {
    tree.killAll();
  };
  const [shell, args] = shellArgs(launch.command);
  let exited = false;
  const exit = (code: number): void => {
    if (exited) return;
    exited = true;
    launch.onExit(code);
  };

  if (launch.pty) {
    const out = redactor.stream();
    const p = launch.pty.spawn(shell, args, {
      name: 'xterm-256color',
      cols: launch.cols ?? 80,
      rows: launch.rows ?? 24,
      cwd: launch.cwd,
      env,
    });
    tree.follow(p.pid);
    p.onData((d) => {
      const text = out.push(d);
      if (text) launch.onData(text);
    });
    p.onExit((e) => {
      const rest = out.end();
      if (rest) launch.onData(rest);
      endTree();
      tree.stop();
      exit(e.exitCode);
    });
    return {
      mode: 'pty',
      input: (data) => p.write(data),
      resize: (cols, rows) => p.resize(cols, rows),
      kill: endTree,
    };
  }

  // No TTY: programs that check for one drop colour and prompts; FORCE_COLOR brings colour
  // back for Node programs and the many tools that honour it.
  const proc = spawn(shell, args, {
    cwd: launch.cwd,
    env: { FORCE_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, so ending the task ends everything it started.
    detached: process.platform !== 'win32',
    windowsHide: true,
  });
  if (proc.pid) tree.follow(proc.pid);
  const pending = new Set<'stdout' | 'stderr'>(['stdout', 'stderr']);
  let exitCode: number | undefined;
  const finish = (): void => {
    if (pending.size === 0 && exitCode !== undefined) exit(exitCode);
  };
  // One ordered redactor over both pipes: a value split between stdout and stderr is still
  // found, and text held back on one stream never lets the other's overtake it mid-line.
  const out = redactor.output<'stdout' | 'stderr'>((text) => {
    if (text) launch.onData(crlf(text));
  });
  let ended = false;
  const endOutput = (): void => {
    if (ended) return;
    ended = true;
    out.end();
  };
  for (const s of ['stdout', 'stderr'] as const) {
    proc[s].setEncoding('utf8');
    proc[s].on('data', (chunk: string) => out.write(s, chunk));
    proc[s].on('close', () => {
      pending.delete(s);
      if (pending.size === 0) endOutput();
      finish();
    });
  }
  proc.stdin.on('error', () => {
    // The program closed its input; typed text has nowhere to go.
  });
  proc.on('error', (e) => {
    launch.onData(crlf(`Could not start ${shell}: ${e.message}\n`));
    pending.clear();
    endOutput();
    exitCode = 127;
    finish();
  });
  proc.on('exit', (code, signal) => {
    endTree();
    tree.stop();
    exitCode = code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : 1);
    finish();
    // A process the tree could not reach (off Linux) may hold the pipes open: the task still ends, soon after.
    setTimeout(() => {
      for (const s of ['stdout', 'stderr'] as const) proc[s].destroy();
      pending.clear();
      endOutput();
      finish();
    }, 2000).unref();
  });

  const editor = lineEditor({
    echo: (text) => launch.onData(text),
    line: (text) => {
      if (proc.stdin.writable) proc.stdin.write(text);
    },
    end: () => proc.stdin.end(),
    interrupt: endTree,
  });
  return {
    mode: 'pipe',
    input: (data) => editor.input(data),
    resize: () => {},
    kill: endTree,
  };
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  const n: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return n[signal];
}

export interface LineSink {
  /** What the terminal shows of the typing. */
  echo(text: string): void;
  /** A finished line for the program's stdin, with its LF. */
  line(text: string): void;
  /** Ctrl+D on an empty line: end of input. */
  end(): void;
  /** Ctrl+C: stop the program. */
  interrupt(): void;
}

/** What a terminal's line discipline does when there is no TTY: echo, backspace, Enter, ^C, ^D. */
export function lineEditor(sink: LineSink): { input(data: string): void } {
  let buffer = '';
  return {
    input(data: string): void {
      // Arrow keys and other escape sequences mean nothing to a line buffer.
      for (const ch of data.replace(/\x1b(\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g, '')) {
        if (ch === '\r' || ch === '\n') {
          sink.echo('\r\n');
          sink.line(buffer + '\n');
          buffer = '';
        } else if (ch === '\x7f' || ch === '\b') {
          if (buffer) {
            buffer = [...buffer].slice(0, -1).join('');
            sink.echo('\b \b');
          }
        } else if (ch === '\x03') {
          sink.echo('^C\r\n');
          buffer = '';
          sink.interrupt();
        } else if (ch === '\x04') {
          if (buffer) {
            sink.line(buffer);
            buffer = '';
          } else sink.end();
        } else if (ch >= ' ' || ch === '\t') {
          buffer += ch;
          sink.echo(ch);
        }
      }
    },
  };
}
