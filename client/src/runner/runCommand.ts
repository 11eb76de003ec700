// "Secrets: Run Integration…": pick an integration, check its secrets have values, ask once for
// consent, then run it in a child process with only those secrets, output redacted in the
// 'SecretRef: Integrations' channel.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { CLIENT_COMMANDS, type IntegrationSummary } from '../../../server/src/lsp/protocol';
import { ConsentMemory, consentQuestion, integrationKey } from './consent';
import type { IntegrationSource } from './discovery';
import { IntegrationChild, LoadError, type RunStatus } from './runProcess';
import { envLabel, formatDuration, missingSecretsMessage, outcomeLine } from './summary';
import { defaultContextFile } from './contextChoice';

/** Where values come from: the client secret store (level and environment resolved there). */
export interface SecretValueSource {
  getValue(name: string, env?: string): Promise<string | undefined>;
}

export interface RunnerDeps {
  context: vscode.ExtensionContext;
  values: SecretValueSource;
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

const RESTRICTED_MESSAGE =
  'Running integrations is disabled in Restricted Mode: an integration is code from this workspace and would receive your secrets. Trust the workspace to run it.';

function selectedEnvironment(scope?: vscode.Uri): string | undefined {
  return vscode.workspace.getConfiguration('secretref', scope).get<string>('environment')?.trim() || undefined;
}

function timeoutMs(scope?: vscode.Uri): number {
  const s = vscode.workspace.getConfiguration('secretref', scope).get<number>('run.timeoutSeconds', 60);
  return Math.max(1, s) * 1000;
}

/** 'unknown': the store has no such secret (it throws not-found); 'empty': declared but no value here. */
type ValueState = { state: 'set'; value: string } | { state: 'empty' } | { state: 'unknown' };

async function readValue(values: SecretValueSource, name: string, env: string | undefined): Promise<ValueState> {
  try {
    const value = await values.getValue(name, env);
    return value ? { state: 'set', value } : { state: 'empty' };
  } catch {
    return { state: 'unknown' };
  }
}

async function valueStates(values: SecretValueSource, names: readonly string[], env: string | undefined): Promise<Map<string, ValueState['state']>> {
  const states = new Map<string, ValueState['state']>();
  // The value is read only to learn whether one exists; it is dropped at once.
  for (const n of names) states.set(n, (await readValue(values, n, env)).state);
  return states;
}

interface Target {
  uri: vscode.Uri;
  name?: string;
  /** What the language server read of the integration (its file, or the metadata file beside it). */
  known?: { name: string; requiredSecrets: string[] };
}

async function pickIntegration(deps: RunnerDeps, env: string | undefined): Promise<Target | undefined | 'none'> {
  let all: IntegrationSummary[];
  try {
    all = await deps.integrations.list();
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not list the integrations: ${(e as Error).message}`);
    return undefined;
  }
  if (!all.length) {
    void vscode.window.showInformationMessage(
      'No integrations found in this workspace. An integration is a module that exports metadata (with requiredSecrets) and a run(context, secrets, dataFiles) function.',
    );
    return 'none';
  }
  const items = await Promise.all(
    all.map(async (i) => {
      const states = await valueStates(deps.values, i.requiredSecrets, env);
      const secrets = i.requiredSecrets.map((n) => `${n} ${states.get(n) === 'set' ? '✓ set' : states.get(n) === 'empty' ? '✗ no value' : '✗ not in the store'}`).join(' · ');
      return {
        label: i.name,
        description: vscode.workspace.asRelativePath(vscode.Uri.parse(i.uri)),
        detail: i.requiredSecrets.length ? `${secrets}  (in ${envLabel(env)})` : 'no secrets required',
        integration: i,
      };
    }),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Run Integration',
    placeHolder: 'Which integration? Only the secrets it declares in requiredSecrets are injected.',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked && { uri: vscode.Uri.parse(picked.integration.uri), name: picked.integration.name, known: picked.integration };
}

function resolveInFolder(file: string, near: vscode.Uri): string {
  if (/^([a-zA-Z]:)?[\\/]/.test(file)) return file;
  const folder = vscode.workspace.getWorkspaceFolder(near) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, file).fsPath : file;
}

interface RunInputs {
  contextFile?: string;
  dataFiles: string[];
}

/** One prompt: Enter runs with the default context; other items pick a context or data files. */
async function askInputs(name: string, uri: vscode.Uri): Promise<RunInputs | undefined> {
  const configured = vscode.workspace.getConfiguration('secretref', uri).get<string>('run.contextFile')?.trim() || undefined;
  const found = await vscode.workspace.findFiles('**/*context*.json', '**/node_modules/**', 20);
  const chosen = defaultContextFile(configured, found.map((f) => f.fsPath), uri.fsPath);
  type Item = vscode.QuickPickItem & { action: 'default' | 'file' | 'chooseContext' | 'chooseData'; file?: string };
  const items: Item[] = [
    { label: `$(play) Run '${name}'`, description: chosen ? `context from ${vscode.workspace.asRelativePath(chosen)}` : 'with an empty context {}', action: 'default', file: chosen },
    ...found
      .filter((f) => !chosen || resolveInFolder(chosen, uri) !== f.fsPath)
      .map((f): Item => ({ label: `$(json) Run with context ${vscode.workspace.asRelativePath(f)}`, action: 'file', file: f.fsPath })),
    { label: '$(folder-opened) Choose a context JSON file…', action: 'chooseContext' },
    ...(chosen ? [{ label: `$(play) Run '${name}' with an empty context {}`, action: 'file' as const }] : []),
    { label: '$(files) Choose data files…', description: 'passed to run() as its third argument', action: 'chooseData', file: chosen },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Run Integration '${name}'`, placeHolder: 'Context and data files' });
  if (!picked) return undefined;
  if (picked.action === 'chooseContext') {
    const f = await vscode.window.showOpenDialog({ title: 'Context for the run', filters: { JSON: ['json'] }, canSelectMany: false });
    return f?.[0] ? { contextFile: f[0].fsPath, dataFiles: [] } : undefined;
  }
  if (picked.action === 'chooseData') {
    const f = await vscode.window.showOpenDialog({ title: 'Data files for the run', canSelectMany: true, openLabel: 'Use as data files' });
    return f ? { contextFile: picked.file, dataFiles: f.map((u) => u.fsPath) } : undefined;
  }
  return { contextFile: picked.file, dataFiles: [] };
}

async function readContext(file: string | undefined, near: vscode.Uri): Promise<unknown> {
  if (!file) return {};
  const path = resolveInFolder(file, near);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`Could not read the context file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Fix the path (setting secretref.run.contextFile) or pick another file.`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`The context file ${path} is not valid JSON (${(e as Error).message}). Fix it or pick another file.`);
  }
}

export class IntegrationRunner {
  private readonly consent: ConsentMemory;
  private readonly running = new Set<IntegrationChild>();
  private readonly cancels = new Set<AbortController>();

  constructor(private readonly deps: RunnerDeps) {
    this.consent = new ConsentMemory(deps.context.workspaceState);
  }

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

    if (!vscode.workspace.isTrusted) {
      void vscode.window.showErrorMessage(RESTRICTED_MESSAGE, 'Manage Workspace Trust').then((a) => a && vscode.commands.executeCommand('workbench.trust.manage'));
      return report({ status: 'restricted', error: RESTRICTED_MESSAGE });
    }

    let target: Target | undefined;
    if (uriArg) {
      target = { uri: typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg, name: nameArg };
    } else {
      const picked = await pickIntegration(this.deps, selectedEnvironment());
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
    if (known) {
      const blocked = await this.blockIfMissing(known.name, known.requiredSecrets, env, out, report);
      if (blocked) return blocked;
    }

    let child: IntegrationChild;
    try {
      child = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Loading ${file}` },
        () =>
          IntegrationChild.start({
            childScript: this.deps.context.asAbsolutePath('dist/runner-child.js'),
            modulePath: target.uri.fsPath,
            name: target.name,
            onOutput: out,
            loadTimeoutMs: timeoutMs(target.uri),
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
      return await this.checkAndRun(child, target.uri, file, env, options, out, report);
    } finally {
      child.dispose();
      this.running.delete(child);
    }
  }

  /** The integration as the language server read it, if it knows it. */
  private async knownIntegration(target: Target): Promise<Target['known']> {
    const source = this.deps.integrations;
    const find = async () => {
      const mine = (await source.list()).filter((i) => i.uri === target.uri.toString() && (target.name === undefined || i.name === target.name));
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

  /** Reports and returns a blocked run when a declared secret has no value in `env`. */
  private async blockIfMissing(
    name: string,
    declared: string[],
    env: string | undefined,
    out: (text: string) => void,
    report: (r: Omit<RunReport, 'output'>) => RunReport,
  ): Promise<RunReport | undefined> {
    const states = await valueStates(this.deps.values, declared, env);
    const missing = [...new Set(declared)].filter((n) => states.get(n) !== 'set');
    if (!missing.length) return undefined;
    const msg = missingSecretsMessage(name, missing, env);
    out(`${msg}\n`);
    // A secret the store lacks is created; one it has without a value here gets its value set.
    const buttons = missing.map((n) => ({
      title: states.get(n) === 'unknown' ? `Create '${n}'` : `Set '${n}'`,
      run: () => states.get(n) === 'unknown'
        ? vscode.commands.executeCommand(CLIENT_COMMANDS.createSecret, n)
        : vscode.commands.executeCommand(CLIENT_COMMANDS.setValue, n, env),
    }));
    void vscode.window.showWarningMessage(msg, ...buttons).then((b) => b?.run());
    return report({ status: 'blocked', integration: name, missing });
  }

  private async checkAndRun(
    child: IntegrationChild,
    uri: vscode.Uri,
    file: string,
    env: string | undefined,
    options: RunOptions | undefined,
    out: (text: string) => void,
    report: (r: Omit<RunReport, 'output'>) => RunReport,
  ): Promise<RunReport> {
    const { name, requiredSecrets } = child.loaded;
    const declared = [...new Set(requiredSecrets)];
    const blocked = await this.blockIfMissing(name, declared, env, out, report);
    if (blocked) return blocked;

    const key = integrationKey(file, name);
    if (declared.length && !this.consent.isAllowed(key, declared)) {
      const autoConsent = options?.autoConsent === true && this.deps.context.extensionMode === vscode.ExtensionMode.Test;
      if (!autoConsent) {
        const allow = 'Allow and Run';
        const answer = await vscode.window.showWarningMessage(
          consentQuestion(name, declared),
          {
            modal: true,
            detail: `${file} runs in a separate Node process that receives only these secrets, from ${envLabel(env)}. You are asked again if its requiredSecrets change.`,
          },
          allow,
        );
        if (answer !== allow) {
          out(`Not run: you did not allow '${name}' to receive ${declared.join(', ')}.\n`);
          return report({ status: 'declined', integration: name });
        }
        await this.consent.allow(key, declared);
      }
    }

    const inputs: RunInputs | undefined = options && (options.contextFile !== undefined || options.dataFiles !== undefined)
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
    const secrets: Record<string, string> = {};
    for (const n of declared) {
      const v = await readValue(this.deps.values, n, env);
      if (v.state !== 'set') return report({ status: 'blocked', integration: name, missing: [n] }); // deleted meanwhile
      secrets[n] = v.value;
    }
    out(`Injecting ${declared.length ? declared.join(', ') : 'no secrets'}${inputs.contextFile ? `; context ${inputs.contextFile}` : ''}${inputs.dataFiles.length ? `; ${inputs.dataFiles.length} data file(s)` : ''}\n`);

    const outcome = await vscode.window.withProgress(
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
    for (const k of Object.keys(secrets)) delete secrets[k];

    if (outcome.error) out(`${outcome.error}\n`);
    if (outcome.status === 'succeeded') out(outcome.result ? `Returned:\n${outcome.result}\n` : 'Returned nothing.\n');
    const line = outcomeLine(name, outcome);
    out(`■ ${line}\n`);
    const show = 'Show Output';
    const shown = outcome.status === 'succeeded'
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
