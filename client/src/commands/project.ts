// What the project says about itself: apps and environments from secretref.json at the workspace
// roots, plus the current settings. Used to offer choices in quick picks.
import * as vscode from 'vscode';
import { MANIFEST_FILE, parseManifest } from '../../../server/src/analysis/model/manifest';
import type { SecretInfo } from '../../../server/src/analysis/model/types';

export interface ProjectLabels {
  apps: string[];
  environments: string[];
  /** What the manifests say about each secret they declare (names and metadata only). */
  declared: Map<string, SecretInfo>;
}

export async function readProjectLabels(): Promise<ProjectLabels> {
  const apps = new Set<string>();
  const environments = new Set<string>();
  const declared = new Map<string, SecretInfo>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, MANIFEST_FILE));
      const m = parseManifest(new TextDecoder().decode(bytes));
      m.apps.forEach((a) => apps.add(a));
      m.environments.forEach((e) => environments.add(e));
      for (const s of m.secrets) if (!declared.has(s.name)) declared.set(s.name, s);
    } catch {
      // No manifest in this folder: settings and "Other…" still offer choices.
    }
  }
  const cfg = vscode.workspace.getConfiguration('secretref');
  const app = cfg.get<string>('app');
  const env = cfg.get<string>('environment');
  if (app) apps.add(app);
  if (env) environments.add(env);
  return { apps: [...apps], environments: [...environments], declared };
}

export function manifestUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, MANIFEST_FILE);
}
