// The prompts of "Secrets: Run Integration…" that are about integrations, not secrets: which
// integration, which context JSON and data files. The secret checks and consent are runPolicy.ts.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { defaultContextFile, parseContextFile } from './contextChoice';
import type { IntegrationSummary } from '../../../server/src/lsp/protocol';
import type { IntegrationSource } from './discovery';
import { VALUE_STATE_WORDS, type SecretValueSource } from './runPolicy';
import { envLabel } from './summary';

export interface Target {
  uri: vscode.Uri;
  name?: string;
  /** What the language server read of the integration (its file, or the metadata file beside it). */
  known?: { name: string; requiredSecrets: string[] };
}

export async function pickIntegration(
  integrations: IntegrationSource,
  values: SecretValueSource,
  env: string | undefined,
): Promise<Target | undefined | 'none'> {
  let all: IntegrationSummary[];
  try {
    all = await integrations.list();
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
  const items = all.map((i) => {
    const secrets = i.requiredSecrets.map((n) => `${n} ${VALUE_STATE_WORDS[values.valueState(n, env)]}`).join(' · ');
    return {
      label: i.name,
      description: vscode.workspace.asRelativePath(vscode.Uri.parse(i.uri)),
      detail: i.requiredSecrets.length ? `${secrets}  (in ${envLabel(env)})` : 'no secrets required',
      integration: i,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Run Integration',
    placeHolder: 'Which integration? Only the secrets it declares in requiredSecrets are injected.',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked && { uri: vscode.Uri.parse(picked.integration.uri), name: picked.integration.name, known: picked.integration };
}

export function resolveInFolder(file: string, near: vscode.Uri): string {
  if (/^([a-zA-Z]:)?[\\/]/.test(file)) return file;
  const folder = vscode.workspace.getWorkspaceFolder(near) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, file).fsPath : file;
}

export interface RunInputs {
  contextFile?: string;
  dataFiles: string[];
}

/** One prompt: Enter runs with the default context; other items pick a context or data files. */
export async function askInputs(name: string, uri: vscode.Uri): Promise<RunInputs | undefined> {
  const configured = vscode.workspace.getConfiguration('secretref', uri).get<string>('run.contextFile')?.trim() || undefined;
  const found = await vscode.workspace.findFiles('**/*context*.json', '**/node_modules/**', 20);
  const chosen = defaultContextFile(
    configured,
    found.map((f) => f.fsPath),
    uri.fsPath,
  );
  type Item = vscode.QuickPickItem & { action: 'default' | 'file' | 'chooseContext' | 'chooseData'; file?: string };
  const items: Item[] = [
    {
      label: `$(play) Run '${name}'`,
      description: chosen ? `context from ${vscode.workspace.asRelativePath(chosen)}` : 'with an empty context {}',
      action: 'default',
      file: chosen,
    },
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

export async function readContext(file: string | undefined, near: vscode.Uri): Promise<unknown> {
  if (!file) return {};
  const path = resolveInFolder(file, near);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(
      `Could not read the context file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Fix the path (setting secretref.run.contextFile) or pick another file.`,
    );
  }
  return parseContextFile(text, path);
}
