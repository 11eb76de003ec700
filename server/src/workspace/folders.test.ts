import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { tempTree } from '../../../test/util/tempTree';
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

test('the repository root is the nearest folder up holding .git (a folder or a worktree file), else the start', (t) => {
  const tmp = tempTree(t, {
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'repo/packages/api/src/index.ts': '',
    'worktree/.git': 'gitdir: ../repo/.git/worktrees/w\n',
    'worktree/lib/index.ts': '',
    'loose/index.ts': '',
  });
  const repo = path.join(tmp, 'repo');
  assert.equal(findRepoRoot(path.join(repo, 'packages', 'api', 'src')), repo);
  assert.equal(findRepoRoot(repo), repo);
  assert.equal(findRepoRoot(path.join(tmp, 'worktree', 'lib')), path.join(tmp, 'worktree'));
  // Outside any repository: the start itself (unless the temporary folder sits in a repository, above it).
  const above = findRepoRoot(path.join(tmp, 'loose'));
  assert.ok(above === path.join(tmp, 'loose') || !above.startsWith(tmp), 'the start itself, or a repository above the temporary folder');
});
