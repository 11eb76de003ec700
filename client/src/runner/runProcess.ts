// Runs one integration in a child Node process (dist/runner-child.js) and reports the outcome.
// The parent side of the IPC protocol, the child's environment, live redacted output, timeout,
// cancellation and killing the whole process tree. No vscode import: tested with the real child.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname } from 'node:path';
import { childEnvironment } from './childEnv';
import { ProcessTree } from './processTree';
import type { ChildMessage, LoadedMessage, LoadMessage, ParentMessage } from './protocol';
import { createRedactor, shortValueNotice, tooShortToRedact, type OutputRedactor, type Redactor } from './redact';
import { bubblewrapArgs, sandboxUnavailable, sandboxUnavailableMessage, type SandboxMode } from './sandbox';

export type OutputStream = 'stdout' | 'stderr';

export interface ChildLaunch {
  /** Path of the bundled child script (dist/runner-child.js). */
  childScript: string;
  modulePath: string;
  /** `metadata.name` of the integration, when the module exports several. */
  name?: string;
  /** Live output, already redacted once `run` has been called with the values. */
  onOutput: (text: string, stream: OutputStream) => void;
  /** Defaults to process.execPath (Electron in desktop VS Code, started as Node). */
  execPath?: string;
  /** The environment to filter for the child; defaults to process.env. */
  parentEnv?: NodeJS.ProcessEnv;
  /** How long loading the module may take. */
  loadTimeoutMs?: number;
  /** Metadata from the file beside a module that exports only `run` (see LoadMessage). */
  metadata?: LoadMessage['metadata'];
  /** `secretref.run.sandbox`: run under bubblewrap in its own PID (and network) namespace. */
  sandbox?: SandboxMode;
  /** The bubblewrap binary; defaults to `bwrap` on PATH. */
  bwrapPath?: string;
}

export interface RunRequest {
  /** Exactly the declared secrets; no other name is sent. */
  secrets: Record<string, string>;
  context: unknown;
  dataFiles: string[];
  timeoutMs: number;
  signal?: AbortSignal;
}

export type RunStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled';

export interface RunOutcome {
  status: RunStatus;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  /** Names of the injected secrets (never values). */
  injected: string[];
  /** The returned value as JSON, redacted; '' when run returned nothing. */
  result?: string;
  /** Error message and stack, redacted. */
  error?: string;
  /** Names of injected secrets whose values are too short to mask (the output said so). */
  unmasked?: string[];
}

export class LoadError extends Error {}

export class IntegrationChild {
  private redactor: Redactor = createRedactor([]);
  private output: OutputRedactor<OutputStream>;
  private readonly tree: ProcessTree;
  private exited = false;
  private closed: Promise<void>;
  private exit?: { code: number | null; signal: NodeJS.Signals | null };
  private messages: Array<(m: ChildMessage) => void> = [];
  private exitWaiters: Array<() => void> = [];

  private constructor(
    private readonly proc: ChildProcess,
    private readonly launch: ChildLaunch,
    tree: ProcessTree,
  ) {
    this.tree = tree;
    if (proc.pid) tree.follow(proc.pid, (launch.sandbox ?? 'off') === 'off' ? undefined : 0);
    // Both streams through one redactor, in arrival order: a value split between them is found.
    this.output = this.redactor.output((text, stream) => this.emit(text, stream));
    for (const s of ['stdout', 'stderr'] as const) {
      proc[s]!.setEncoding('utf8');
      proc[s]!.on('data', (chunk: string) => this.output.write(s, chunk));
    }
    proc.on('message', (m: ChildMessage) => this.messages.forEach((f) => f(m)));
    this.closed = new Promise((resolve) => proc.once('close', () => resolve()));
    proc.once('exit', (code, signal) => {
      this.exited = true;
      this.exit = { code, signal };
      // Whatever the integration left running goes with it, detached or not.
      this.tree.killAll();
      this.tree.stop();
      this.exitWaiters.forEach((f) => f());
    });
  }

  /** Forks the child and loads the module; no secret is in the child at this point. */
  static async start(launch: ChildLaunch): Promise<IntegrationChild> {
    const cwd = dirname(launch.modulePath);
    const mode = launch.sandbox ?? 'off';
    if (mode !== 'off') {
      const why = sandboxUnavailable(mode, launch.bwrapPath);
      if (why) throw new LoadError(sandboxUnavailableMessage(launch.modulePath, why));
    }
    const tree = new ProcessTree();
    const execPath = launch.execPath ?? process.execPath;
    const options = {
      cwd,
      env: childEnvironment(launch.parentEnv ?? process.env, { [tree.tag.name]: tree.tag.value }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'] as const,
      // Its own process group, so cancel and timeout can kill every process it starts.
      detached: process.platform !== 'win32',
    };
    // On POSIX the child's stderr is its stdout (`2>&1`, by /bin/sh before it execs node): one
    // pipe keeps the exact order of its writes, so a value split between the two is still one
    // run of text for the redactor (two pipes are read in whatever order the event loop sees
    // them). Windows keeps two pipes, both through the same redactor.
    const command = [execPath, launch.childScript];
    const merged = process.platform === 'win32' ? command : ['/bin/sh', '-c', 'exec "$@" 2>&1', 'sh', ...command];
    // bwrap passes the IPC descriptor and NODE_CHANNEL_FD through to the node inside.
    const argv =
      mode === 'off'
        ? merged
        : [launch.bwrapPath ?? 'bwrap', ...bubblewrapArgs(mode, cwd, [dirname(launch.childScript), dirname(execPath)]), ...merged];
    const proc = spawn(argv[0], argv.slice(1), { ...options, stdio: [...options.stdio] });
    const child = new IntegrationChild(proc, launch, tree);
    try {
      child.loaded = await child.load(launch.loadTimeoutMs ?? 60_000);
    } catch (e) {
      child.dispose();
      await child.finished(2000);
      child.flush();
      throw e;
    }
    return child;
  }

  loaded: LoadedMessage = { type: 'loaded', name: '', requiredSecrets: [] };

  get pid(): number | undefined {
    return this.proc.pid;
  }

  private emit(text: string, stream: OutputStream): void {
    if (text) this.launch.onOutput(text, stream);
  }

  private flush(): void {
    this.output.end();
  }

  private send(msg: ParentMessage): void {
    if (this.proc.connected) this.proc.send(msg);
  }

  private nextMessage(): Promise<ChildMessage | undefined> {
    return new Promise((resolve) => {
      const onMessage = (m: ChildMessage): void => done(m);
      const onExit = (): void => done(undefined);
      const done = (m: ChildMessage | undefined): void => {
        this.messages = this.messages.filter((f) => f !== onMessage);
        this.exitWaiters = this.exitWaiters.filter((f) => f !== onExit);
        resolve(m);
      };
      if (this.exited) return resolve(undefined);
      this.messages.push(onMessage);
      this.exitWaiters.push(onExit);
    });
  }

  private async load(timeoutMs: number): Promise<LoadedMessage> {
    const file = this.launch.modulePath;
    this.send({
      type: 'load',
      modulePath: file,
      name: this.launch.name,
      ...(this.launch.metadata ? { metadata: this.launch.metadata } : {}),
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    const m = await Promise.race([this.nextMessage(), timeout]);
    clearTimeout(timer);
    if (m === 'timeout') throw new LoadError(`Loading ${file} took longer than ${timeoutMs / 1000} s; the integration did not run.`);
    if (m?.type === 'loaded') return m;
    if (m?.type === 'error') throw new LoadError(`Could not load ${file}: ${m.message}`);
    throw new LoadError(`The integration process for ${file} exited (${this.describeExit()}) while loading it.`);
  }

  private describeExit(): string {
    if (!this.exit) return 'still running';
    return this.exit.signal ? `signal ${this.exit.signal}` : `code ${this.exit.code}`;
  }

  /** Resolves once the child exited and its output ended, or after `graceMs` past the exit. */
  private async finished(graceMs: number): Promise<void> {
    if (!this.exited) await new Promise<void>((r) => this.exitWaiters.push(r));
    // A process that escaped the group may hold the pipes open: do not wait for it forever.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.closed, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    this.proc.stdout?.destroy();
    this.proc.stderr?.destroy();
  }

  /** Sends the secrets and runs; resolves when the child is gone and its output flushed. */
  async run(req: RunRequest): Promise<RunOutcome> {
    const started = Date.now();
    const injected = Object.keys(req.secrets);
    // Held-back tails of the load phase had no secret to hide; show them before output that may.
    this.flush();
    this.redactor = createRedactor(Object.values(req.secrets));
    this.output = this.redactor.output((text, stream) => this.emit(text, stream));
    const unmasked = injected.filter((n) => tooShortToRedact(req.secrets[n]));
    if (unmasked.length) this.emit(`SecretRef: ${shortValueNotice(unmasked)}\n`, 'stderr');

    let stopped: 'timed-out' | 'cancelled' | undefined;
    const stop = (why: 'timed-out' | 'cancelled'): void => {
      if (stopped || this.exited) return;
      stopped = why;
      this.dispose();
    };
    const timer = setTimeout(() => stop('timed-out'), req.timeoutMs);
    const onAbort = (): void => stop('cancelled');
    if (req.signal?.aborted) onAbort();
    req.signal?.addEventListener('abort', onAbort);

    const reply = this.nextMessage();
    if (!stopped) this.send({ type: 'run', secrets: req.secrets, context: req.context, dataFiles: req.dataFiles });
    const m = await reply;
    await this.finished(2000);
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onAbort);
    this.flush();

    const base = {
      exitCode: this.exit?.code ?? null,
      signal: this.exit?.signal ?? null,
      durationMs: Date.now() - started,
      injected,
      unmasked,
    };
    if (stopped) return { ...base, status: stopped };
    if (m?.type === 'result') return { ...base, status: 'succeeded', result: this.redactor.redact(m.json) };
    if (m?.type === 'error') {
      const text = m.stack && m.stack.includes(m.message) ? m.stack : `${m.message}\n${m.stack ?? ''}`.trim();
      return { ...base, status: 'failed', error: this.redactor.redact(text) };
    }
    return { ...base, status: 'failed', error: `The integration exited (${this.describeExit()}) before run() returned.` };
  }

  /** Kills the child and every process it started (found again if it left the group). */
  dispose(): void {
    if (!this.exited) this.tree.killAll();
  }
}
