// Wires the runner into the extension: the command, the "▶ Run" CodeLens and the output channel,
// the `secretref` task type, Run Command with Secrets, secrets for debug sessions, and the one
// run policy (runPolicy.ts) that integrations, tasks and debug sessions share.
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../../server/src/lsp/protocol';
import type { SecretStore } from '../store/secretStore';
import { RunCodeLensProvider } from './codeLens';
import { ConsentMemory } from './consent';
import { runCommandWithSecrets } from './commandWithSecrets';
import { debugSecretsProvider } from './debugSecrets';
import { cached, integrationsFromServer, type RequestSender } from './discovery';
import { IntegrationRunner, parseRunOptions } from './runCommand';
import type { PolicyDeps, SecretValueSource, ValueState } from './runPolicy';
import { secretTaskProvider, TASK_TYPE, type TaskDeps, type TaskTranscript } from './secretTask';
import { vscodeRunnerUi } from './vscodeRunnerUi';

const SCRIPT_LANGUAGES = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

/** The store as the policy sees it: whether a value exists comes from the index, without reading it. */
export function storeValues(store: Pick<SecretStore, 'find' | 'getValue'>): SecretValueSource {
  return {
    valueState(name: string, env: string | undefined): ValueState {
      const s = store.find(name);
      if (!s) return 'unknown';
      // As getValue resolves it: the environment's own value, else the default.
      return s.hasDefaultValue || (env !== undefined && s.valueEnvs.includes(env)) ? 'set' : 'empty';
    },
    getValue: (name, env) => store.getValue(name, env),
  };
}

export interface Runner {
  integrations: IntegrationRunner;
  policy: PolicyDeps;
  /** Under test only: what each `secretref` task wrote to its terminal, by task name. */
  taskTranscripts?: Map<string, TaskTranscript>;
  /** Asks VS Code for the "▶ Run" lenses again (when the language server has started). */
  refreshLenses(): void;
}

export function registerRunner(
  context: vscode.ExtensionContext,
  store: Pick<SecretStore, 'find' | 'getValue' | 'effective'>,
  languageClient: () => RequestSender | undefined,
  /** The client only if the server already runs: the lenses, asked for every script shown, must not start it. */
  runningClient: () => RequestSender | undefined = languageClient,
): Runner {
  // Integration output gets its own channel: it streams raw text, not log lines.
  const output = vscode.window.createOutputChannel('SecretRef: Integrations');
  const integrations = cached(integrationsFromServer(languageClient));
  const policy: PolicyDeps = {
    values: storeValues(store),
    consent: new ConsentMemory(context.workspaceState),
    ui: vscodeRunnerUi,
    isTrusted: () => vscode.workspace.isTrusted,
  };
  const runner = new IntegrationRunner({ context, policy, integrations, output });
  const lenses = new RunCodeLensProvider(cached(integrationsFromServer(runningClient)));
  const taskTranscripts = context.extensionMode === vscode.ExtensionMode.Test ? new Map<string, TaskTranscript>() : undefined;
  const tasks: TaskDeps = { context, policy, integrations, transcripts: taskTranscripts };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, secretTaskProvider(tasks)),
    vscode.commands.registerCommand('secretref.runWithSecrets', (arg?: unknown) =>
      runCommandWithSecrets(tasks, () => store.effective().map((s) => s.name), arg),
    ),
    vscode.debug.registerDebugConfigurationProvider('*', debugSecretsProvider({ policy, integrations })),
    output,
    runner,
    vscode.commands.registerCommand(CLIENT_COMMANDS.runIntegration, (uri?: string | vscode.Uri, name?: string, options?: unknown) =>
      runner.run(uri, name, parseRunOptions(options)),
    ),
    vscode.commands.registerCommand('secretref.stopIntegration', () => {
      const n = runner.stopAll();
      if (!n) void vscode.window.showInformationMessage('No integration is running.');
      return n;
    }),
    vscode.languages.registerCodeLensProvider(
      SCRIPT_LANGUAGES.map((language) => ({ language, scheme: 'file' })),
      lenses,
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()),
  );
  return { integrations: runner, policy, taskTranscripts, refreshLenses: () => lenses.refresh() };
}
