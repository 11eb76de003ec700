import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findRepoRoot, workspaceFolderOf } from './folders';

test('a file belongs to the innermost workspace folder that holds it, and to none outside them', () => {
  const w = path.join(path.sep, 'w');
  const pkg = path.join(w, 'packages', 'api');
  const folders = [w, pkg];
  assert.equal(workspaceFolderOf(folders, path.join(pkg, 'src', 'index.ts')), pkg);
  assert.equal(workspaceFolderOf([pkg, w], path.join(pkg, 'index.ts')), pkg, 'whatever the order of the folders');
  assert.equal(
    workspaceFolderOf(folders, path.join(w, 'packages', 'api-client', 'index.ts')),
    w,
    'a sibling with a longer name is not inside',
  );
  assert.equal(workspaceFolderOf(folders, pkg), pkg);
  assert.equal(workspaceFolderOf(folders, path.join(path.sep, 'elsewhere', 'x.ts')), undefined);
});

test('the repository root is the nearest folder up holding .git (a folder or a worktree file), else the start', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'secretref-folders-'));
  try {
    const repo = path.join(tmp, 'repo');
    const deep = path.join(repo, 'packages', 'api', 'src');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(deep, { recursive: true });
    assert.equal(findRepoRoot(deep), repo);
    assert.equal(findRepoRoot(repo), repo);
    const worktree = path.join(tmp, 'worktree');
    mkdirSync(path.join(worktree, 'lib'), { recursive: true });
    writeFileSync(path.join(worktree, '.git'), 'gitdir: ../repo/.git/worktrees/w\n');
    assert.equal(findRepoRoot(path.join(worktree, 'lib')), worktree);
    // Outside any repository (the temporary folder may itself sit in one: only a start above none counts).
    const loose = path.join(tmp, 'loose');
    mkdirSync(loose);
    const above = findRepoRoot(loose);
    assert.ok(above === loose || !above.startsWith(tmp), 'the start itself, or a repository above the temporary folder');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
