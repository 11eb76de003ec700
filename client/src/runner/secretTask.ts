// The `secretref` task type: `{ "type": "secretref", "command": "npm run deploy", "secrets": [...],
// "integration"?: name, "environment"?: env, "cwd"?: dir }` runs the command in a pseudoterminal
// with exactly those secrets (and the integration's requiredSecrets) in its environment, after
// the same checks and consent as Run Integration (runPolicy.ts), output redacted.
// Also "Secrets: Run Command with Secrets…", which builds such a task from a pick and a command.
import { isAbsolute } from 'node:path';
import * as vscode from 'vscode';
import type { IntegrationSource } from './discovery';
import { selectedEnvironment } from './runCommand';
import { isRefusal, SecretRun, type PolicyDeps } from './runPolicy';
import { loadVsCodePty, startCommand, type RunningCommand } from './secretProcess';

export const TASK_TYPE = 'secretref';

export interface SecretTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: string;
  secrets?: string[];
  integration?: string;
  environment?: string;
  cwd?: string;
}

/** tasks.json is user text: keep well-formed fields, say what is wrong otherwise. */
export function parseTaskDefinition(d: vscode.TaskDefinition): SecretTaskDefinition | string {
  const o = d as Record<string, unknown>;
  if (typeof o.command !== 'string' || !o.command.trim()) return 'A secretref task needs "command": the shell command to run.';
  if (o.secrets !== undefined && !(Array.isArray(o.secrets) && o.secrets.every((s) => typeof s === 'string')))
    return '"secrets" must be a list of secret names.';
  for (const k of ['integration', 'environment', 'cwd'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') return `"${k}" must be a string.`;
  }
  return d as SecretTaskDefinition;
}

/** What a run of the task writes to its terminal, kept for the extension-host tests only. */
export interface TaskTranscript {
  text: string;
  exitCode?: number;
}

export interface TaskDeps {
  context: vscode.ExtensionContext;
  policy: PolicyDeps;
  integrations: IntegrationSource;
  /** Set under test (ExtensionMode.Test): every run's terminal text, by task name. */
  transcripts?: Map<string, TaskTranscript>;
}

const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** The secrets a definition names: its own list and the requiredSecrets of its integration. */
async function declaredSecrets(def: SecretTaskDefinition, integrations: IntegrationSource): Promise<string[] | string> {
  const names = [...(def.secrets ?? [])];
  if (def.integration) {
    let found;
    try {
      found = (await integrations.list()).find((i) => i.name === def.integration);
    } catch (e) {
      return `Could not read the requiredSecrets of integration '${def.integration}': ${(e as Error).message}`;
    }
    if (!found)
      return `Integration '${def.integration}' is not in this workspace (no module exports metadata with that name). Fix "integration" in the task, or list its secrets in "secrets".`;
    names.push(...found.requiredSecrets);
  }
  return [...new Set(names)];
}

class SecretTaskTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private running?: RunningCommand;
  private dims?: vscode.TerminalDimensions;
  private readonly transcript: TaskTranscript = { text: '' };

  constructor(
    private readonly deps: TaskDeps,
    private readonly name: string,
    private readonly def: SecretTaskDefinition,
    private readonly folder: vscode.WorkspaceFolder | undefined,
  ) {
    deps.transcripts?.set(name, this.transcript);
  }

  private write(text: string): void {
    this.transcript.text += text;
    this.writeEmitter.fire(text);
  }

  private finish(code: number): void {
    this.transcript.exitCode = code;
    this.closeEmitter.fire(code);
  }

  private fail(message: string): void {
    this.write(`${RED}${message}${RESET}\r\n`);
    this.finish(1);
  }

  open(dims: vscode.TerminalDimensions | undefined): void {
    this.dims = dims;
    void this.start().catch((e: unknown) => this.fail(`Task '${this.name}' failed: ${(e as Error).message}`));
  }

  private async start(): Promise<void> {
    const def = this.def;
    const declared = await declaredSecrets(def, this.deps.integrations);
    if (typeof declared === 'string') return this.fail(declared);
    const env = def.environment?.trim() || selectedEnvironment(this.folder?.uri);
    const run = new SecretRun(
      this.deps.policy,
      {
        kind: 'task',
        name: this.name,
        // The command is part of what was allowed: a task whose command changes asks again.
        consentKey: `task#${def.command}`,
        destination: `The task runs \`${def.command}\` in a terminal.`,
        notStarted: 'did not start',
      },
      env,
    );
    const refused = await run.authorize(declared);
    if (refused) return this.fail(refused.message);

    const cwd = this.cwd();
    this.write(
      `${DIM}▶ ${def.command} with ${declared.length ? declared.join(', ') : 'no secrets'} (${env ? `environment '${env}'` : 'the default environment'})${RESET}\r\n`,
    );
    const code = await run.withValues(
      (secrets) =>
        new Promise<number>((resolve) => {
          this.running = startCommand({
            command: def.command,
            cwd,
            secrets,
            pty: loadVsCodePty(vscode.env.appRoot),
            cols: this.dims?.columns,
            rows: this.dims?.rows,
            onData: (text) => this.write(text),
            onExit: resolve,
          });
          if (this.running.mode === 'pipe')
            this.write(
              `${DIM}(no pseudo-terminal in this VS Code: the command's output is not a TTY, so some programs drop colour or prompts)${RESET}\r\n`,
            );
        }),
    );
    this.running = undefined;
    if (isRefusal(code)) return this.fail(code.message);
    this.finish(code);
  }

  private cwd(): string {
    const base = this.folder?.uri.fsPath ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
    if (!this.def.cwd) return base;
    return isAbsolute(this.def.cwd) ? this.def.cwd : vscode.Uri.joinPath(vscode.Uri.file(base), this.def.cwd).fsPath;
  }

  handleInput(data: string): void {
    this.running?.input(data);
  }

  setDimensions(dims: vscode.TerminalDimensions): void {
    this.dims = dims;
    this.running?.resize(dims.columns, dims.rows);
  }

  /** The user closed the terminal or terminated the task. */
  close(): void {
    this.running?.kill();
  }
}

/** A Task of this type that runs in SecretTaskTerminal; `def` is kept as given (VS Code matches on it). */
export function secretTask(
  deps: TaskDeps,
  def: vscode.TaskDefinition,
  name: string,
  scope: vscode.WorkspaceFolder | vscode.TaskScope,
  problemMatchers?: string[],
): vscode.Task {
  const folder = typeof scope === 'object' ? scope : vscode.workspace.workspaceFolders?.[0];
  const execution = new vscode.CustomExecution(() => {
    const parsed = parseTaskDefinition(def);
    if (typeof parsed === 'string') return Promise.resolve(new InvalidTaskTerminal(`Task '${name}' did not start: ${parsed}`));
    return Promise.resolve(new SecretTaskTerminal(deps, name, parsed, folder));
  });
  const task = new vscode.Task(def, scope, name, TASK_TYPE, execution, problemMatchers ?? []);
  task.detail = typeof def.command === 'string' ? def.command : undefined;
  return task;
}

/** Shows why a definition cannot run and ends with exit code 1. */
class InvalidTaskTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  constructor(private readonly message: string) {}
  open(): void {
    this.writeEmitter.fire(`${RED}${this.message}${RESET}\r\n`);
    this.closeEmitter.fire(1);
  }
  close(): void {}
}

/** Tasks of this type come from tasks.json; the provider only gives them their execution. */
export function secretTaskProvider(deps: TaskDeps): vscode.TaskProvider {
  return {
    provideTasks: () => [],
    resolveTask(task: vscode.Task): vscode.Task | undefined {
      if (task.definition.type !== TASK_TYPE) return undefined;
      const scope = task.scope ?? vscode.TaskScope.Workspace;
      return secretTask(deps, task.definition, task.name, scope, task.problemMatchers);
    },
  };
}
