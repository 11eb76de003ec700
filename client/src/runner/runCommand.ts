// "Secrets: Run Integration…": pick an integration, check its secrets have values, ask once for
// consent, then run it in a child process with only those secrets, output redacted in the
// 'SecretRef: Integrations' channel. The secret rules are runPolicy.ts; the prompts about
// integrations are integrationPrompts.ts.
import * as vscode from 'vscode';
import { integrationKey } from './consent';
import type { IntegrationSource } from './discovery';
import { askInputs, pickIntegration, readContext, resolveInFolder, type RunInputs, type Target } from './integrationPrompts';
import { isRefusal, refuseIfRestricted, SecretRun, type PolicyDeps, type Refusal } from './runPolicy';
import { IntegrationChild, LoadError, type RunStatus } from './runProcess';
import { parseSandboxMode } from './sandbox';
import { envLabel, formatDuration, outcomeLine } from './summary';

export interface RunnerDeps {
  context: vscode.ExtensionContext;
  policy: PolicyDeps;
  integrations: IntegrationSource;
  output: vscode.OutputChannel;
}

/** Third command argument, for scripted runs (tasks, tests): skips the context/data prompt. */
export interface RunOptions {
  /** Path of a JSON context file (absolute or relative to the integration's workspace folder). */
  contextFile?: string;
  dataFiles?: string[];
  /** Honoured only when the extension runs under test (ExtensionMode.Test): answers the consent dialog. */
  autoConsent?: boolean;
}

/** Command arguments come from anywhere (other extensions, keybindings): keep only well-formed fields. */
export function parseRunOptions(x: unknown): RunOptions | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const opts: RunOptions = {};
  if (typeof o.contextFile === 'string') opts.contextFile = o.contextFile;
  if (Array.isArray(o.dataFiles)) opts.dataFiles = o.dataFiles.filter((f): f is string => typeof f === 'string');
  if (o.autoConsent === true) opts.autoConsent = true;
  return opts;
}

export type ReportStatus = RunStatus | 'restricted' | 'no-integration' | 'load-failed' | 'blocked' | 'declined' | 'dismissed';

/** What the command returns: names, status and the redacted transcript; never a value. */
export interface RunReport {
  status: ReportStatus;
  integration?: string;
  missing?: string[];
  injected?: string[];
  exitCode?: number | null;
  durationMs?: number;
  result?: string;
  error?: string;
  output: string;
}

export function selectedEnvironment(scope?: vscode.Uri): string | undefined {
  return vscode.workspace.getConfiguration('secretref', scope).get<string>('environment')?.trim() || undefined;
}

function timeoutMs(scope?: vscode.Uri): number {
  const s = vscode.workspace.getConfiguration('secretref', scope).get<number>('run.timeoutSeconds', 60);
  return Math.max(1, s) * 1000;
}

/** One integration run: the transcript it returns and the words for the policy's prompts. */
interface Run {
  out: (text: string) => void;
  report: (r: Omit<RunReport, 'output'>) => RunReport;
  target: Target;
  file: string;
  env: string | undefined;
  options: RunOptions | undefined;
}

export class IntegrationRunner {
  private readonly running = new Set<IntegrationChild>();
  private readonly cancels = new Set<AbortController>();

  constructor(private readonly deps: RunnerDeps) {}

  /** Kills every integration still running (deactivation). */
  dispose(): void {
    for (const c of this.running) c.dispose();
  }

  /** Cancels every run in progress, as its notification's Cancel does; returns how many. */
  stopAll(): number {
    const n = this.cancels.size;
    for (const ac of this.cancels) ac.abort();
    return n;
  }

  async run(uriArg?: string | vscode.Uri, nameArg?: string, options?: RunOptions): Promise<RunReport> {
    let transcript = '';
    const out = (text: string): void => {
      // The report keeps the last megabyte: a chatty integration must not grow it without end.
      transcript = (transcript + text).slice(-1_000_000);
      this.deps.output.append(text);
    };
    const report = (r: Omit<RunReport, 'output'>): RunReport => ({ ...r, output: transcript });

    const restricted = refuseIfRestricted(this.deps.policy);
    if (restricted) return report({ status: 'restricted', error: restricted.message });

    let target: Target | undefined;
    if (uriArg) {
      target = { uri: typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg, name: nameArg };
    } else {
      const picked = await pickIntegration(this.deps.integrations, this.deps.policy.values, selectedEnvironment());
      if (picked === 'none') return report({ status: 'no-integration' });
      target = picked;
    }
    if (!target) return report({ status: 'dismissed' });
    if (target.uri.scheme !== 'file') {
      const msg = `Cannot run ${target.uri.toString()}: only integrations in files on disk can run.`;
      void vscode.window.showErrorMessage(msg);
      return report({ status: 'load-failed', error: msg });
    }

    const env = selectedEnvironment(target.uri);
    const file = vscode.workspace.asRelativePath(target.uri);
    this.deps.output.show(true);
    out(`\n▶ ${target.name ? `'${target.name}'` : file} (${file}) in ${envLabel(env)}\n`);

    // Loading a module runs its top-level code. When the file already says which secrets it needs
    // and one has no value, nothing of it runs: the check comes before the process starts.
    // (After loading, the module's own requiredSecrets are checked again: they are what is injected.)
    const known = target.known ?? (await this.knownIntegration(target));
    const run: Run = { out, report, target, file, env, options };
    if (known) {
      const blocked = this.secretRun(run, known.name).check(known.requiredSecrets);
      if (blocked) return this.refused(run, known.name, blocked);
    }

    let child: IntegrationChild;
    try {
      child = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Loading ${file}` }, () =>
        IntegrationChild.start({
          childScript: this.deps.context.asAbsolutePath('dist/runner-child.js'),
          modulePath: target.uri.fsPath,
          name: target.name,
          onOutput: out,
          loadTimeoutMs: timeoutMs(target.uri),
          sandbox: parseSandboxMode(vscode.workspace.getConfiguration('secretref', target.uri).get('run.sandbox')),
          // Used only if the module exports run() without metadata (it lives in a file beside it).
          ...(known ? { metadata: { name: known.name, requiredSecrets: known.requiredSecrets } } : {}),
        }),
      );
    } catch (e) {
      const msg = e instanceof LoadError ? e.message : `Could not start the integration process: ${(e as Error).message}`;
      out(`${msg}\n`);
      void vscode.window.showErrorMessage(msg);
      return report({ status: 'load-failed', error: msg });
    }
    this.running.add(child);
    try {
      return await this.checkAndRun(child, run);
    } finally {
      child.dispose();
      this.running.delete(child);
    }
  }

  /** The policy for one run of the integration `name` from `run.file`. */
  private secretRun(run: Run, name: string): SecretRun {
    const autoConsent = run.options?.autoConsent === true && this.deps.context.extensionMode === vscode.ExtensionMode.Test;
    return new SecretRun(
      this.deps.policy,
      {
        kind: 'integration',
        name,
        consentKey: integrationKey(run.file, name),
        destination: `${run.file} runs in a separate Node process.`,
        notStarted: 'did not run',
      },
      run.env,
      autoConsent,
    );
  }

  private refused(run: Run, name: string, r: Refusal): RunReport {
    run.out(`${r.message}\n`);
    if (r.status === 'blocked') return run.report({ status: 'blocked', integration: name, missing: r.missing });
    return run.report({ status: r.status, integration: name, ...(r.status === 'restricted' ? { error: r.message } : {}) });
  }

  /** The integration as the language server read it, if it knows it. */
  private async knownIntegration(target: Target): Promise<Target['known']> {
    const source = this.deps.integrations;
    const find = async () => {
      const mine = (await source.list()).filter(
        (i) => i.uri === target.uri.toString() && (target.name === undefined || i.name === target.name),
      );
      return mine.length === 1 ? mine[0] : undefined;
    };
    try {
      // A list cached a moment ago may predate the file: ask the server again before giving up.
      const found = await find();
      if (found || !source.invalidate) return found;
      source.invalidate();
      return await find();
    } catch {
      return undefined; // the server is not up: the check after loading still applies
    }
  }

  private async checkAndRun(child: IntegrationChild, run: Run): Promise<RunReport> {
    const { out, report, target } = run;
    const uri = target.uri;
    const { name, requiredSecrets } = child.loaded;
    const policy = this.secretRun(run, name);
    const refused = await policy.authorize(requiredSecrets);
    if (refused) return this.refused(run, name, refused);

    const options = run.options;
    const inputs: RunInputs | undefined =
      options && (options.contextFile !== undefined || options.dataFiles !== undefined)
        ? { contextFile: options.contextFile, dataFiles: (options.dataFiles ?? []).map((f) => resolveInFolder(f, uri)) }
        : await askInputs(name, uri);
    if (!inputs) return report({ status: 'dismissed', integration: name });
    let context: unknown;
    try {
      context = await readContext(inputs.contextFile, uri);
    } catch (e) {
      out(`${(e as Error).message}\n`);
      void vscode.window.showErrorMessage((e as Error).message);
      return report({ status: 'load-failed', integration: name, error: (e as Error).message });
    }

    // Values are read last, only for the declared names, and live only in this call and the child.
    const outcome = await policy.withValues(async (secrets) => {
      const names = Object.keys(secrets);
      out(
        `Injecting ${names.length ? names.join(', ') : 'no secrets'}${inputs.contextFile ? `; context ${inputs.contextFile}` : ''}${inputs.dataFiles.length ? `; ${inputs.dataFiles.length} data file(s)` : ''}\n`,
      );
      return vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Running integration '${name}'`, cancellable: true },
        (_progress, token) => {
          const ac = new AbortController();
          this.cancels.add(ac);
          token.onCancellationRequested(() => ac.abort());
          return child
            .run({ secrets, context, dataFiles: inputs.dataFiles, timeoutMs: timeoutMs(uri), signal: ac.signal })
            .finally(() => this.cancels.delete(ac));
        },
      );
    });
    if (isRefusal(outcome)) return this.refused(run, name, outcome);

    if (outcome.error) out(`${outcome.error}\n`);
    if (outcome.status === 'succeeded') out(outcome.result ? `Returned:\n${outcome.result}\n` : 'Returned nothing.\n');
    const line = outcomeLine(name, outcome);
    out(`■ ${line}\n`);
    const show = 'Show Output';
    const shown =
      outcome.status === 'succeeded'
        ? vscode.window.showInformationMessage(`Integration '${name}' finished in ${formatDuration(outcome.durationMs)}.`, show)
        : vscode.window.showErrorMessage(line + (outcome.error ? ` ${outcome.error.split('\n')[0]}` : ''), show);
    void shown.then((a) => a === show && this.deps.output.show());
    return report({
      status: outcome.status,
      integration: name,
      injected: outcome.injected,
      exitCode: outcome.exitCode,
      durationMs: outcome.durationMs,
      result: outcome.result,
      error: outcome.error,
    });
  }
}
