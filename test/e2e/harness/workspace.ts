// Copies the test workspace to a fresh temporary folder per run, so tests never dirty the repo.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './tools';

export const WORKSPACE_FIXTURE = join(REPO_ROOT, 'test', 'e2e', 'workspace');

export interface TempWorkspace {
  path: string;
  dispose(): void;
}

export function copyWorkspace(source = WORKSPACE_FIXTURE): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'secretref-ws-'));
  const path = join(root, 'workspace');
  cpSync(source, path, { recursive: true });
  return { path, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
