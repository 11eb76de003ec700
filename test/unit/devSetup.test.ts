// The set-up a contributor gets from the repository: F5 in VS Code (.vscode/launch.json and
// tasks.json) and the code map in ARCHITECTURE.md. Each promise here breaks silently otherwise: a debugger that
// attaches to a port nothing listens on, a task naming a script that is gone, a code map sending
// readers to a folder that moved.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import * as jsonc from 'jsonc-parser';
import picomatch from 'picomatch';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface LaunchConfig {
  name: string;
  type: string;
  request: string;
  port?: number;
  args?: string[];
  preLaunchTask?: string;
}
interface Task {
  label: string;
  type: string;
  script?: string;
}

const launch = jsonc.parse(read('.vscode/launch.json')) as { configurations: LaunchConfig[] };
const tasks = jsonc.parse(read('.vscode/tasks.json')) as { tasks: Task[] };
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

describe('VS Code launch and tasks', () => {
  it('Attach to Server uses the port the client starts the debugged server on', () => {
    const inspect = /--inspect=(\d+)/.exec(read('client/src/languageClient.ts'));
    assert.ok(inspect, 'client/src/languageClient.ts no longer starts the server with --inspect=PORT');
    const attach = launch.configurations.find((c) => c.request === 'attach');
    assert.equal(attach?.port, Number(inspect[1]));
  });

  it('Run Extension opens the demo folder and waits for a task that exists', () => {
    const run = launch.configurations.find((c) => c.type === 'extensionHost');
    assert.ok(run, 'no extensionHost launch configuration');
    assert.ok(run.args?.includes('${workspaceFolder}/examples'), 'the extension host opens examples/');
    assert.ok(existsSync(join(root, 'examples')));
    assert.ok(
      tasks.tasks.some((t) => t.label === run.preLaunchTask),
      `no task labelled ${run.preLaunchTask}`,
    );
  });

  it('every npm task runs a script package.json has', () => {
    const missing = tasks.tasks.filter((t) => t.type === 'npm' && !(t.script && scripts[t.script]));
    assert.deepEqual(
      missing.map((t) => t.label),
      [],
    );
  });

  it('launch.json and tasks.json are in git, and in neither the VSIX nor the npm package', () => {
    const files = ['.vscode/launch.json', '.vscode/tasks.json'];
    const git = ignore().add(read('.gitignore'));
    assert.deepEqual(
      files.filter((f) => git.ignores(f)),
      [],
      '.gitignore must let them be committed',
    );
    const npm = ignore().add(read('.npmignore'));
    assert.deepEqual(
      files.filter((f) => !npm.ignores(f)),
      [],
      '.npmignore must leave them out of the npm package',
    );
    // .vscodeignore excludes everything, then lists what ships with `!`.
    const shipped = read('.vscodeignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1));
    const isShipped = picomatch(shipped, { dot: true });
    assert.deepEqual(
      files.filter((f) => isShipped(f)),
      [],
      '.vscodeignore must leave them out of the VSIX',
    );
  });
});

/** Every file name in the repository but installed and generated ones. */
function fileNames(dir: string, out = new Set<string>()): Set<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.git', 'dist', 'out', '.vscode-test', '.bench', 'test-results'].includes(e.name)) continue;
    if (e.isDirectory()) fileNames(join(dir, e.name), out);
    else out.add(e.name);
  }
  return out;
}

describe('ARCHITECTURE.md', () => {
  const names = [...read('ARCHITECTURE.md').matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);

  it('names only folders and files that exist', () => {
    // A token with a slash is a path from the repository root; placeholders and globs are not paths.
    const paths = names.filter((n) => n.includes('/') && /^[\w.@-]+(\/[\w.@-]+)*\/?$/.test(n));
    assert.ok(paths.length >= 20, `ARCHITECTURE.md names ${paths.length} paths: has its code map gone?`);
    const missing = paths.filter((p) => !existsSync(join(root, p)));
    assert.deepEqual(missing, [], 'paths ARCHITECTURE.md names that are not in the repository');
  });

  it('names only file names that exist somewhere in the tree', () => {
    // A bare `scopeIndex.ts` under its folder's heading: it must still be a file of the repository.
    const all = fileNames(root);
    const files = names.filter((n) => !n.includes('/') && /^[\w.-]+\.(ts|mjs|js|json|md|ya?ml)$/.test(n));
    assert.deepEqual(
      files.filter((f) => !all.has(f)),
      [],
      'file names ARCHITECTURE.md names that no file has',
    );
  });
});
