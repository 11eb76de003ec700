// Secrets beyond Run Integration, in the real editor: a `secretref` task from tasks.json prints
// its injected canary plainly, JSON- and base64-encoded and its terminal shows *** for each, with
// the command's exit code and its problem matcher's diagnostic; a task whose secret has no value
// stops before it starts, naming it; a Node launch configuration with `secretref.secrets` starts a
// debuggee whose process.env holds the value (it writes a hash of it), while launch.json, the
// settings and the logs hold no value. Values are made at run time.
import * as assert from 'node:assert';
import { createHash, randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { codeOf, eventually, extensionApi, workspaceRoot } from './helpers';

/** What activate() returns under test (client/src/extension.ts SecretRefTestApi), the parts used here. */
interface TaskTestApi {
  logUri: vscode.Uri;
  globalStorageUri: vscode.Uri;
  taskTranscripts?: Map<string, { text: string; exitCode?: number }>;
  allowSecrets(consentKey: string, names: string[]): Promise<void>;
}

const canary = (): string => `canary-${randomBytes(12).toString('hex')}`;

async function api(): Promise<TaskTestApi> {
  return (await extensionApi()) as unknown as TaskTestApi;
}

async function createSecret(name: string, value: string): Promise<void> {
  await vscode.commands.executeCommand('secretref.createSecret', { name, value, level: 'workspace', description: 'tasks e2e' });
}

/** Runs the tasks.json task `label` and resolves with its exit code as VS Code reports it. */
async function runTask(label: string): Promise<number | undefined> {
  const task = await eventually(
    async () => (await vscode.tasks.fetchTasks({ type: 'secretref' })).find((t) => t.name === label),
    `the secretref task '${label}' from tasks.json`,
  );
  const ended = new Promise<number | undefined>((resolve) => {
    const d = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution.task.name !== label) return;
      d.dispose();
      resolve(e.exitCode);
    });
  });
  await vscode.tasks.executeTask(task);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`task '${label}' did not end within 60 s`)), 60_000)),
  );
  try {
    return await Promise.race([ended, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every file under `dir` whose text contains `needle`. */
async function filesContaining(dir: vscode.Uri, needle: string): Promise<string[]> {
  const hits: string[] = [];
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return hits;
  }
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type === vscode.FileType.Directory) hits.push(...(await filesContaining(uri, needle)));
    else if (
      type === vscode.FileType.File &&
      Buffer.from(await vscode.workspace.fs.readFile(uri))
        .toString('utf8')
        .includes(needle)
    )
      hits.push(uri.fsPath);
  }
  return hits;
}

describe('Secrets for tasks and debug sessions', function () {
  before(async function () {
    await extensionApi();
  });

  it('runs a secretref task with its secret and shows *** for it in every encoding', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const value = canary();
    await createSecret('TASK_E2E_TOKEN', value);
    const test = await api();
    // What "Allow and Run" in the consent dialog records; the modal cannot be clicked from here.
    await test.allowSecrets('task#node tasks-e2e/print-canary.js', ['TASK_E2E_TOKEN']);

    const exitCode = await runTask('print canary');
    assert.strictEqual(exitCode, 7);
    const transcript = test.taskTranscripts?.get('print canary');
    assert.ok(transcript, 'the task wrote to its terminal');
    assert.strictEqual(transcript.exitCode, 7);
    const text = transcript.text;
    assert.ok(!text.includes(value), `the terminal shows the value: ${text}`);
    assert.ok(!text.includes(Buffer.from(value).toString('base64')), 'the terminal shows the value in base64');
    assert.match(text, /plain \*\*\*\r\n/);
    assert.match(text, /json \{"token":"\*\*\*"\}\r\n/);
    assert.match(text, /base64 \*\*\*={0,2}\r\n/);
    assert.match(text, /with TASK_E2E_TOKEN/);

    // The problem matcher of tasks.json read the terminal as for a shell task.
    const printed = vscode.Uri.joinPath(workspaceRoot(), 'tasks-e2e', 'print-canary.js');
    const diag = await eventually(
      () => vscode.languages.getDiagnostics(printed).find((d) => d.message === 'the canary was printed'),
      "the problem matcher's diagnostic on print-canary.js",
    );
    assert.strictEqual(diag.range.start.line, 2);
  });

  it('stops a task whose secret has no value before it starts, naming the secret', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const test = await api();
    const exitCode = await runTask('missing secret');
    assert.notStrictEqual(exitCode, 0);
    const text = test.taskTranscripts?.get('missing secret')?.text ?? '';
    assert.match(text, /Task 'missing secret' did not start: required secret 'TASK_E2E_MISSING' has no value in .*Create or set it/);
    assert.ok(!text.includes('plain'), `the command ran: ${text}`);
  });

  it('runs Run Command with Secrets as such a task', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const value = canary();
    await createSecret('TASK_E2E_PALETTE', value);
    const test = await api();
    const command = 'node -e "console.log(process.env.TASK_E2E_PALETTE)"';
    await test.allowSecrets(`task#${command}`, ['TASK_E2E_PALETTE']);
    const ended = new Promise<number | undefined>((resolve) => {
      const d = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.name !== command) return;
        d.dispose();
        resolve(e.exitCode);
      });
    });
    // The palette's pick and input box, answered: scripted arguments skip them.
    const execution = await vscode.commands.executeCommand<vscode.TaskExecution>('secretref.runWithSecrets', {
      command,
      secrets: ['TASK_E2E_PALETTE'],
    });
    assert.strictEqual(execution.task.definition.type, 'secretref');
    assert.strictEqual(await ended, 0);
    const text = test.taskTranscripts?.get(command)?.text ?? '';
    assert.ok(!text.includes(value), text);
    assert.match(text, /^\*\*\*\r$/m);
  });

  it('checks and renames the secret names of tasks.json like any reference', async function () {
    this.timeout(120_000);
    const uri = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'tasks.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const unknown = await eventually(
      () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'secretref' && doc.getText(d.range) === 'TASK_E2E_MISSING'),
      'a diagnostic on the unknown TASK_E2E_MISSING in tasks.json',
      90_000,
    );
    assert.strictEqual(codeOf(unknown), 'unknown-secret');
    const at = doc.positionAt(doc.getText().indexOf('TASK_E2E_TOKEN') + 2);
    // SecretRef's rename applies the edit and renames the stored secret with it.
    await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, at, 'TASK_E2E_RENAMED');
    assert.match(doc.getText(), /"secrets": \["TASK_E2E_RENAMED"\]/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("checks the names of a launch configuration's secretref, which Node's launch schema accepts", async function () {
    this.timeout(120_000);
    const uri = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'launch.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await eventually(
      () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'secretref' && /DEBUG_E2E_TOKEN/.test(d.message)),
      'a diagnostic on DEBUG_E2E_TOKEN (not created yet) in launch.json',
      90_000,
    );
    // VS Code's JSON validation runs apart from ours: give it time to complain about the attribute.
    await new Promise((r) => setTimeout(r, 5_000));
    const schema = vscode.languages.getDiagnostics(uri).filter((d) => /secretref/.test(d.message) && d.source !== 'secretref');
    assert.deepStrictEqual(
      schema.map((d) => d.message),
      [],
      'the node launch schema rejects the secretref attribute',
    );
  });

  it('starts a Node debuggee with the secret in process.env, and writes the value nowhere', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    this.timeout(120_000);
    if (!vscode.extensions.getExtension('ms-vscode.js-debug')) this.skip(); // this VS Code has no Node debugger
    const value = canary();
    await createSecret('DEBUG_E2E_TOKEN', value);
    const test = await api();
    await test.allowSecrets('debug#debuggee with a secret', ['DEBUG_E2E_TOKEN']);
    const hashFile = vscode.Uri.joinPath(workspaceRoot(), 'tasks-e2e', 'debuggee-hash.txt');

    const terminated = new Promise<void>((resolve) => {
      const d = vscode.debug.onDidTerminateDebugSession((s) => {
        if (s.name !== 'debuggee with a secret') return;
        d.dispose();
        resolve();
      });
    });
    const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders![0], 'debuggee with a secret');
    assert.strictEqual(started, true, 'the debug session started');
    const written = await eventually(
      async () => {
        try {
          return Buffer.from(await vscode.workspace.fs.readFile(hashFile)).toString('utf8') || undefined;
        } catch {
          return undefined;
        }
      },
      'the debuggee to write the hash of its secret',
      90_000,
    );
    const { sha256, names } = JSON.parse(written) as { sha256: string; names: string[] };
    assert.strictEqual(sha256, createHash('sha256').update(value).digest('hex'), 'process.env.DEBUG_E2E_TOKEN holds the value');
    assert.deepStrictEqual(names, ['DEBUG_E2E_TOKEN']);
    await terminated;

    // Nothing was written back: launch.json, the workspace and user settings, every log.
    const launch = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'launch.json'))).toString(
      'utf8',
    );
    assert.ok(!launch.includes(value), 'launch.json holds the value');
    assert.deepStrictEqual(await filesContaining(vscode.Uri.joinPath(workspaceRoot(), '.vscode'), value), []);
    // globalStorageUri is <user data>/User/globalStorage/<extension id>: settings.json is two up.
    const userDir = vscode.Uri.joinPath(test.globalStorageUri, '..', '..');
    const settings = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(userDir, 'settings.json'))).toString('utf8');
    assert.ok(!settings.includes(value), 'the user settings hold the value');
    // logUri is <logs>/<session>/window1/exthost/<extension id>: the whole session's logs.
    assert.deepStrictEqual(await filesContaining(vscode.Uri.joinPath(test.logUri, '..', '..', '..'), value), []);
  });

  it('does not start a debug session whose secret has no value', async function () {
    if (!vscode.workspace.isTrusted || !vscode.extensions.getExtension('ms-vscode.js-debug')) this.skip();
    const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders![0], {
      type: 'node',
      request: 'launch',
      name: 'debuggee without its secret',
      program: '${workspaceFolder}/tasks-e2e/debuggee.js',
      args: ['${workspaceFolder}/tasks-e2e/never-written.txt'],
      secretref: { secrets: ['DEBUG_E2E_MISSING'] },
    });
    assert.strictEqual(started, false);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceRoot(), 'tasks-e2e', 'never-written.txt'))));
  });
});
