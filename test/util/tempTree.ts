// A throw-away folder holding files, for the tests that read a real file system (the
// workspace's file walk and index), removed when the test ends.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TestContext } from 'node:test';

/** A new folder with each of `files` (a relative path to its text) written in it; removed after the test `t`. */
export function tempTree(t: Pick<TestContext, 'after'>, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'secretref-test-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
