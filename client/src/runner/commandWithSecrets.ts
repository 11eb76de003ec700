// "Secrets: Run Command with Secrets…" (palette and Secrets view): pick secrets or an
// integration, type a command, and run it as a `secretref` task in a terminal.
import * as vscode from 'vscode';
import type { IntegrationSummary } from '../../../server/src/lsp/protocol';
import { selectedEnvironment } from './runCommand';
import { refuseIfRestricted, VALUE_STATE_WORDS } from './runPolicy';
import { secretTask, TASK_TYPE, type SecretTaskDefinition, type TaskDeps } from './secretTask';

const LAST_COMMAND = 'secretref.runWithSecrets.lastCommand';

/** Scripted use (tests, keybindings): `{ command, secrets?, integration?, environment? }` skips the prompts. */
function scripted(arg: unknown): SecretTaskDefinition | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const o = arg as Record<string, unknown>;
  if (typeof o.command !== 'string') return undefined;
  return {
    type: TASK_TYPE,
    command: o.command,
    ...(Array.isArray(o.secrets) ? { secrets: o.secrets.filter((s): s is string => typeof s === 'string') } : {}),
    ...(typeof o.integration === 'string' ? { integration: o.integration } : {}),
    ...(typeof o.environment === 'string' ? { environment: o.environment } : {}),
  };
}

/** The Secrets view passes its node (with `secret.name`); a keybinding may pass a name. */
function preselected(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const secret = (arg as { secret?: { name?: unknown } } | undefined)?.secret;
  return typeof secret?.name === 'string' ? secret.name : undefined;
}

type Item = vscode.QuickPickItem & { secret?: string; integration?: IntegrationSummary };

async function ask(deps: TaskDeps, names: readonly string[], preselect: string | undefined): Promise<SecretTaskDefinition | undefined> {
  const env = selectedEnvironment();
  let integrations: IntegrationSummary[] = [];
  try {
    integrations = await deps.integrations.list();
  } catch {
    // The language server is not up: secrets can still be picked by name.
  }
  const state = (n: string) => VALUE_STATE_WORDS[deps.policy.values.valueState(n, env)];
  const items: Item[] = [
    ...(names.length ? [{ label: 'Secrets', kind: vscode.QuickPickItemKind.Separator } as Item] : []),
    ...names.map((n): Item => ({ label: n, description: state(n), secret: n, picked: n === preselect })),
    ...(integrations.length ? [{ label: 'Integrations (their requiredSecrets)', kind: vscode.QuickPickItemKind.Separator } as Item] : []),
    ...integrations.map((i): Item => ({
      label: `$(plug) ${i.name}`,
      description: i.requiredSecrets.join(', ') || 'no secrets',
      integration: i,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Run Command with Secrets',
    placeHolder: 'Which secrets does the command receive? Only these are in its environment.',
    canPickMany: true,
    matchOnDescription: true,
  });
  if (!picked?.length) return undefined;
  const chosen = picked.filter((p) => p.integration).map((p) => p.integration!);
  const secrets = picked.filter((p) => p.secret).map((p) => p.secret!);
  // One integration is named in the task (its requiredSecrets are read at each run); several are listed.
  if (chosen.length > 1) secrets.push(...chosen.flatMap((i) => i.requiredSecrets));
  const last = deps.context.workspaceState.get<string>(LAST_COMMAND);
  const command = await vscode.window.showInputBox({
    title: 'Run Command with Secrets',
    prompt: `The shell command to run with ${[...secrets, ...chosen.map((i) => `integration '${i.name}'`)].join(', ')} in its environment (${env ? `environment '${env}'` : 'the default environment'}). Output is redacted.`,
    value: last,
    placeHolder: 'npm run deploy',
    validateInput: (v) => (v.trim() ? undefined : 'Type a command.'),
  });
  if (!command?.trim()) return undefined;
  await deps.context.workspaceState.update(LAST_COMMAND, command);
  return {
    type: TASK_TYPE,
    command: command.trim(),
    secrets: [...new Set(secrets)],
    ...(chosen.length === 1 ? { integration: chosen[0].name } : {}),
  };
}

export async function runCommandWithSecrets(
  deps: TaskDeps,
  names: () => string[],
  arg?: unknown,
): Promise<vscode.TaskExecution | undefined> {
  if (refuseIfRestricted(deps.policy)) return undefined;
  const def = scripted(arg) ?? (await ask(deps, names(), preselected(arg)));
  if (!def) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const task = secretTask(deps, def, def.command, folder ?? vscode.TaskScope.Workspace);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, focus: true, clear: false };
  return vscode.tasks.executeTask(task);
}
