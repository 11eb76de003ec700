// Select Environment / Select App: the settings secretref.environment and secretref.app are the
// source of truth (the language server and the status bar read them), written to workspace settings.
import * as vscode from 'vscode';
import { InvalidInputError } from '../store/errors';
import { checkLabel } from '../store/validation';
import { readProjectLabels } from './project';
import { command, isArgsObject, pickOneLabel, required } from './ui';

const SETTING = { environment: 'environment', app: 'app' } as const;

async function select(kind: 'environment' | 'app', arg: unknown): Promise<string | undefined> {
  const cfg = vscode.workspace.getConfiguration('secretref');
  let value: string | null;
  if (isArgsObject(arg) || typeof arg === 'string') {
    const raw = typeof arg === 'string' ? arg : arg[kind];
    value = raw === null || raw === '' || raw === undefined ? null : typeof raw === 'string' ? raw : JSON.stringify(raw);
    if (value !== null) {
      const error = checkLabel(kind, value);
      if (error) throw new InvalidInputError(error);
    }
  } else {
    const labels = await readProjectLabels();
    value = await pickOneLabel(kind, kind === 'app' ? labels.apps : labels.environments, cfg.get<string>(SETTING[kind]) || undefined);
  }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await cfg.update(SETTING[kind], value ?? undefined, target);
  return value ?? undefined;
}

export function registerContextCommands(log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    // Args: name | { environment } (null or '' clears)
    vscode.commands.registerCommand(
      'secretref.selectEnvironment',
      command(log, 'secretref.selectEnvironment', (arg?: unknown) => select('environment', arg)),
    ),
    // Args: name | { app } (null or '' clears)
    vscode.commands.registerCommand(
      'secretref.selectApp',
      command(log, 'secretref.selectApp', (arg?: unknown) => select('app', arg)),
    ),
    // The status bar item's click: one pick for either.
    vscode.commands.registerCommand(
      'secretref.selectContext',
      command(log, 'secretref.selectContext', async () => {
        const cfg = vscode.workspace.getConfiguration('secretref');
        const pick = required(
          await vscode.window.showQuickPick(
            [
              {
                label: '$(server-environment) Select Environment…',
                description: cfg.get<string>('environment') || 'no environment',
                id: 'secretref.selectEnvironment',
              },
              { label: '$(package) Select App…', description: cfg.get<string>('app') || 'all apps', id: 'secretref.selectApp' },
            ],
            { placeHolder: 'References are checked in this environment and app' },
          ),
        );
        await vscode.commands.executeCommand(pick.id);
      }),
    ),
  ];
}
