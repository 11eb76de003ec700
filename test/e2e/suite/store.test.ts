// The secret store inside a real VS Code: every Secrets command driven through
// vscode.commands.executeCommand with its argument object (input boxes cannot be answered from
// the extension host), checked against the real SecretStorage, the Secrets view's tree data and
// the language server's diagnostics. The last test stores canary values, and searches settings,
// workspace files, the extension's logs (LSP trace included) for them.
import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, eventually, workspaceRoot } from './helpers';
import type { SecretStore } from '../../../client/src/store/secretStore';
import type { StoredSecret } from '../../../client/src/store/types';
import type { SecretsTreeProvider, SecretNode, LevelNode, DeclaredGroupNode, DeclaredNode } from '../../../client/src/views/secretsView';

interface StoreTestApi {
  secrets: vscode.SecretStorage;
  store: SecretStore;
  secretsTree: SecretsTreeProvider;
  logUri: vscode.Uri;
  globalStorageUri: vscode.Uri;
}

const tag = randomBytes(3).toString('hex').toUpperCase();
const N = (base: string) => `E2E_${base}_${tag}`;
/** Canary values: generated per run, obviously fake, searched for at the end. */
const canaries: string[] = [];
const canary = () => {
  const v = `canary-${randomBytes(12).toString('hex')}`;
  canaries.push(v);
  return v;
};

let api: StoreTestApi;
let lspTraced = false;

async function run<T>(command: string, ...args: unknown[]): Promise<T> {
  return vscode.commands.executeCommand<T>(command, ...args);
}

async function rejectsWithCode(p: Thenable<unknown>, code: string, message: RegExp): Promise<void> {
  try {
    await p;
  } catch (e) {
    assert.strictEqual((e as { code?: string }).code, code, `error code of: ${(e as Error).message}`);
    assert.match((e as Error).message, message);
    return;
  }
  assert.fail(`expected a ${code} error`);
}

function treeSecrets(level: 'workspace' | 'user'): SecretNode[] {
  const roots = api.secretsTree.getChildren() as Array<LevelNode | SecretNode>;
  const group = roots.find((r) => 'level' in r && r.level === level && !('secret' in r)) as LevelNode | undefined;
  return group ? (api.secretsTree.getChildren(group) as SecretNode[]) : [];
}

function treeItem(name: string, level: 'workspace' | 'user' = 'workspace'): SecretNode | undefined {
  return treeSecrets(level).find((n) => n.secret.name === name);
}

/** A tree item's tooltip as text ('' when it has none). */
function tooltipOf(item: vscode.TreeItem | undefined): string {
  return typeof item?.tooltip === 'string' ? item.tooltip : (item?.tooltip?.value ?? '');
}

/** Every key of SecretStorage whose value is `value`. */
async function keysHolding(value: string): Promise<string[]> {
  const out: string[] = [];
  for (const k of await api.secrets.keys()) if ((await api.secrets.get(k)) === value) out.push(k);
  return out;
}

describe('Secrets commands and the store', function () {
  const created: Array<{ name: string; level: 'user' | 'workspace' }> = [];

  before(async () => {
    const ext = vscode.extensions.getExtension<StoreTestApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test host`);
    api = await ext.activate();
    assert.ok(api.store, 'activate() returns the store for tests');
    // Every message between client and server goes to the log, so the canary test can search all LSP traffic.
    // (Only once the language client contributes the setting: until then there is no trace to search.)
    try {
      await vscode.workspace.getConfiguration('secretref').update('trace.server', 'verbose', vscode.ConfigurationTarget.Workspace);
      lspTraced = true;
    } catch {
      lspTraced = false;
    }
  });

  after(async () => {
    if (lspTraced)
      await vscode.workspace.getConfiguration('secretref').update('trace.server', undefined, vscode.ConfigurationTarget.Workspace);
    for (const c of created) {
      if (api.store.find(c.name, c.level)) await run('secretref.deleteSecret', { name: c.name, level: c.level, confirmed: true });
    }
  });

  it('Create Secret stores the value in SecretStorage only and lists the secret in the view', async () => {
    const name = N('STRIPE');
    const value = canary();
    const s = await run<StoredSecret>('secretref.createSecret', {
      name,
      value,
      description: 'Stripe key for e2e',
      level: 'workspace',
      metadata: { owner: 'payments-team' },
    });
    created.push({ name, level: 'workspace' });
    assert.strictEqual(s.name, name);
    assert.strictEqual(s.hasValue, true);
    assert.ok(!JSON.stringify(s).includes(value), 'the command result carries no value');
    assert.strictEqual((await keysHolding(value)).length, 1, 'exactly one SecretStorage key holds the value');
    const item = treeItem(name);
    assert.ok(item, 'the Secrets view lists the secret under Workspace');
    assert.match(String(item.description), /Stripe key for e2e/);
    assert.ok(!tooltipOf(item).includes(value) && !String(item.description).includes(value));
  });

  it('the view lists secrets secretref.json declares without a value, with a "no value" badge, until one is stored', async () => {
    const manifest = JSON.parse(await fs.readFile(join(workspaceRoot().fsPath, 'secretref.json'), 'utf8')) as {
      secrets: Record<string, unknown>;
    };
    const missing = Object.keys(manifest.secrets).filter((n) => !api.store.find(n));
    assert.ok(missing.length > 0, 'the e2e workspace declares a secret the store does not hold');
    await (api.secretsTree as SecretsTreeProvider & { ready: Promise<void> }).ready;
    const declaredNodes = (): DeclaredNode[] => {
      const group = (api.secretsTree.getChildren() as unknown[]).find(
        (r): r is DeclaredGroupNode => (r as DeclaredGroupNode).id === 'declared',
      );
      return group ? (api.secretsTree.getChildren(group) as unknown as DeclaredNode[]) : [];
    };
    const listed = declaredNodes();
    assert.deepEqual(
      listed.map((n) => n.declared.name),
      [...missing].sort((a, b) => a.localeCompare(b)),
    );
    for (const n of listed) {
      assert.match(String(n.description), /no value$/);
      assert.strictEqual(n.contextValue, 'secretref.declared.noValue', 'Set Value is offered on it');
    }
    const name = missing[0];
    await run('secretref.createSecret', { name, value: canary(), level: 'workspace' });
    created.push({ name, level: 'workspace' });
    assert.ok(!declaredNodes().some((n) => n.declared.name === name), 'a stored secret leaves the declared group');
    assert.ok(treeItem(name), 'and shows under Workspace');
  });

  it('refuses an invalid name, a duplicate and a missing secret in plain words', async () => {
    await rejectsWithCode(
      run('secretref.createSecret', { name: 'my key', value: 'x', level: 'workspace' }),
      'invalid_name',
      /That secret name is invalid \(it contains a space\): use letters, digits and underscores, starting with a letter or underscore\./,
    );
    // A value pasted as the name: refused by the provider's format (rules loaded with dist/server-need.js), quoted nowhere.
    const token = 'ghp_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZWw0Ilbhb';
    canaries.push(token);
    await rejectsWithCode(
      run('secretref.createSecret', { name: token, value: canary(), level: 'workspace' }),
      'invalid_name',
      /^This looks like a GitHub credential, not a name: give the secret a name here/,
    );
    await rejectsWithCode(
      run('secretref.createSecret', { name: N('STRIPE'), level: 'workspace' }),
      'conflict',
      new RegExp(`A workspace secret named '${N('STRIPE')}' already exists\\. Choose another name or edit the existing secret\\.`),
    );
    await rejectsWithCode(
      run('secretref.setValue', { name: N('MISSING'), value: 'x' }),
      'not_found',
      new RegExp(`Secret '${N('MISSING')}' not found in the workspace or user store`),
    );
  });

  it('Set Value for one environment, and the edit commands, change the stored metadata and the view', async () => {
    const name = N('STRIPE');
    const prd = canary();
    await run('secretref.setValue', { name, value: prd, env: 'prd' });
    await run('secretref.editDescription', { name, description: 'Charges cards' });
    await run('secretref.editMetadata', { name, metadata: { owner: 'payments', rotation: '90d' } });
    await run('secretref.editScope', { name, scope: ['billing_app'] });
    await run('secretref.editEnvironments', { name, envs: ['dev', 'prd'] });
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await run('secretref.editExpiry', { name, expiresAt: soon });
    const s = api.store.get(name, 'workspace');
    assert.deepStrictEqual(
      [s.description, s.metadata, s.scope, s.envs, s.expiresAt, s.valueEnvs],
      ['Charges cards', { owner: 'payments', rotation: '90d' }, ['billing_app'], ['dev', 'prd'], soon, ['prd']],
    );
    assert.strictEqual(await api.store.getValue(name, 'prd'), prd);
    const item = treeItem(name)!;
    assert.match(String(item.description), /Charges cards · apps: billing_app · envs: dev, prd · expires in \d days?/);
    assert.match(String(item.contextValue), /expiring/);
    await rejectsWithCode(run('secretref.editExpiry', { name, expiresAt: '2026-02-30' }), 'invalid_input', /not a real calendar date/);
  });

  it('a user secret serves the workspace until a workspace secret of the same name overrides it', async () => {
    const name = N('SHARED');
    const userV = canary();
    const wsV = canary();
    await run('secretref.createSecret', { name, value: userV, level: 'user' });
    created.push({ name, level: 'user' });
    assert.strictEqual(await api.store.getValue(name), userV);
    assert.ok(treeItem(name, 'user'));
    await run('secretref.createSecret', { name, value: wsV, level: 'workspace' });
    created.push({ name, level: 'workspace' });
    assert.strictEqual(await api.store.getValue(name), wsV);
    assert.match(String(treeItem(name, 'user')!.description), /overridden by workspace/);
    // No file refers to it: once the language server has counted, the view marks it unused.
    const item = await eventually(
      () => (/\.unused\./.test(String(treeItem(name)?.contextValue)) ? treeItem(name) : undefined),
      `${name} marked unused`,
    );
    assert.match(tooltipOf(item), /Not referenced anywhere in the workspace/);
  });

  it('Rename moves the values; Rotate replaces the value and records the rotation', async () => {
    const from = N('OLD');
    const to = N('NEW');
    const v = canary();
    await run('secretref.createSecret', { name: from, value: v, level: 'workspace' });
    created.push({ name: from, level: 'workspace' }, { name: to, level: 'workspace' });
    await run('secretref.renameSecret', { name: from, newName: to });
    assert.strictEqual(api.store.find(from), undefined);
    assert.strictEqual(await api.store.getValue(to), v);
    assert.ok(!treeItem(from) && treeItem(to), 'the view shows the new name only');
    const next = canary();
    const rotated = await run<StoredSecret>('secretref.rotateSecret', { name: to, value: next });
    assert.ok(rotated.lastRotatedAt, 'lastRotatedAt recorded');
    assert.strictEqual(await api.store.getValue(to), next);
    assert.deepStrictEqual(await keysHolding(v), [], 'the old value is gone from SecretStorage');
  });

  it('Rename from the palette can rename the references in files too, so none is left unknown', async () => {
    const from = N('REFD');
    const to = N('REFD2');
    await run('secretref.createSecret', { name: from, value: canary(), level: 'workspace' });
    created.push({ name: from, level: 'workspace' }, { name: to, level: 'workspace' });
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'rename-e2e', 'config.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`key: $Token{${from}}\nother: "{{Secrets.${from}}}"\n`, 'utf8'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await run('secretref.renameSecret', { name: from, newName: to, renameReferences: true });
    await eventually(
      () => (doc.getText().includes(`$Token{${to}}`) && doc.getText().includes(`{{Secrets.${to}}}`)) || undefined,
      'both references renamed',
    );
    assert.ok(!doc.getText().includes(from), doc.getText());
    await doc.save();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'rename-e2e'), { recursive: true });
  });

  it('Copy Reference and Insert Reference write the name in the chosen dialect', async () => {
    const name = N('STRIPE');
    assert.strictEqual(await run('secretref.copyReference', { name, dialect: 'template' }), `{{Secrets.${name}}}`);
    assert.strictEqual(await vscode.env.clipboard.readText(), `{{Secrets.${name}}}`);
    // Plain text: a JavaScript editor would start the TypeScript server, which this test does not need.
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'const k = ;' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 10, 0, 10);
    await run('secretref.insertReference', { name, dialect: 'env' });
    assert.strictEqual(doc.getText(), `const k = process.env.INTEGRATION_${name};`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Copy Value puts the value on the clipboard and returns nothing', async () => {
    const name = N('STRIPE');
    await vscode.workspace.getConfiguration('secretref').update('clipboardClearSeconds', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const result = await run('secretref.copyValue', { name, confirmed: true });
      assert.strictEqual(result, undefined);
      const expected = await api.store.getValue(name);
      assert.strictEqual(await vscode.env.clipboard.readText(), expected);
      await eventually(
        async () => ((await vscode.env.clipboard.readText()) === '' ? true : undefined),
        'the clipboard to be cleared after 1 s',
        5000,
      );
    } finally {
      await vscode.workspace.getConfiguration('secretref').update('clipboardClearSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('imports a .env file and INTEGRATION_* variables, reporting names and counts only', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'secretref-e2e-env-'));
    const a = canary();
    const b = canary();
    const envFile = join(dir, '.env');
    // A GitHub token on the key side (written in parts): skipped and counted, never quoted, the import goes on.
    const tokenKey = 'ghp_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZWw0Ilbhb';
    await fs.writeFile(
      envFile,
      `# e2e\n${tokenKey}=${canary()}\n${N('ENV_A')}=${a}\n${N('ENV_B')}="${b}"\nnot a line\nbad-name=${canary()}\n`,
    );
    try {
      const report = await run<{ created: string[]; invalidNameLines: number[]; credentialNameLines: number[]; unreadableLines: number[] }>(
        'secretref.importEnvFile',
        { path: envFile, level: 'workspace' },
      );
      created.push({ name: N('ENV_A'), level: 'workspace' }, { name: N('ENV_B'), level: 'workspace' });
      assert.deepStrictEqual(report.created.sort(), [N('ENV_A'), N('ENV_B')].sort());
      assert.deepStrictEqual(report.credentialNameLines, [2]);
      assert.deepStrictEqual(report.invalidNameLines, [6]);
      assert.ok(!JSON.stringify(report).includes(tokenKey) && !JSON.stringify(report).includes('bad-name'), 'no skipped key is quoted');
      assert.deepStrictEqual(report.unreadableLines, [5]);
      assert.strictEqual(await api.store.getValue(N('ENV_B')), b);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    const e = canary();
    process.env[`INTEGRATION_${N('FROM_ENV')}`] = e;
    try {
      const report = await run<{ created: string[] }>('secretref.importEnvironment', { level: 'workspace' });
      created.push({ name: N('FROM_ENV'), level: 'workspace' });
      assert.ok(report.created.includes(N('FROM_ENV')));
      assert.strictEqual(await api.store.getValue(N('FROM_ENV')), e);
    } finally {
      delete process.env[`INTEGRATION_${N('FROM_ENV')}`];
    }
  });

  it('Export Manifest writes names and metadata to secretref.json, keeps the project fields, writes no value', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'secretref.json');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      await run('secretref.exportManifest', {});
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const m = JSON.parse(text) as { apps?: string[]; secrets: Record<string, { description?: string }> };
      assert.deepStrictEqual(m.apps, (JSON.parse(before) as { apps?: string[] }).apps);
      assert.ok(m.secrets.BILLING_API_KEY, 'entries only the manifest knows are kept');
      assert.strictEqual(m.secrets[N('STRIPE')].description, 'Charges cards');
      for (const c of canaries) assert.ok(!text.includes(c), 'no value in the manifest');
    } finally {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
    }
  });

  it('Select Environment and Select App write the workspace settings', async () => {
    const cfg = () => vscode.workspace.getConfiguration('secretref');
    try {
      await run('secretref.selectEnvironment', { environment: 'prd' });
      await run('secretref.selectApp', { app: 'billing_app' });
      assert.strictEqual(cfg().inspect('environment')?.workspaceValue, 'prd');
      assert.strictEqual(cfg().inspect('app')?.workspaceValue, 'billing_app');
      await rejectsWithCode(
        run('secretref.selectEnvironment', { environment: 'no spaces' }),
        'invalid_input',
        /Environment name 'no spaces' is invalid/,
      );
    } finally {
      await run('secretref.selectEnvironment', { environment: null });
      await run('secretref.selectApp', { app: null });
    }
    assert.strictEqual(cfg().inspect('environment')?.workspaceValue, undefined);
  });

  it('a reference reported missing stops being reported after Create Secret', async () => {
    const name = N('LATE');
    const uri = vscode.Uri.joinPath(workspaceRoot(), `e2e-store-${tag}.json`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`{ "auth": { "api_key": "$Token{${name}}" } }\n`));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const missing = () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'secretref' && d.message.includes(`'${name}'`));
      await eventually(() => missing(), `an unknown-secret diagnostic for ${name}`);
      await run('secretref.createSecret', { name, value: canary(), level: 'workspace' });
      created.push({ name, level: 'workspace' });
      const started = Date.now();
      await eventually(() => (missing() ? undefined : true), `the diagnostic for ${name} to go after creating it`, 5000);
      assert.ok(Date.now() - started < 5000);
      await eventually(
        () => (/Referenced 1 time in the workspace/.test(tooltipOf(treeItem(name))) ? true : undefined),
        `the Secrets view to count the one reference to ${name}`,
      );
      await run('secretref.deleteSecret', { name, level: 'workspace', confirmed: true });
      await eventually(() => missing(), `the diagnostic for ${name} to come back after deleting it`, 5000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Delete removes the secret and every value of it', async () => {
    const name = N('STRIPE');
    const values = [await api.store.getValue(name), await api.store.getValue(name, 'prd')];
    await run('secretref.deleteSecret', { name, level: 'workspace', confirmed: true });
    assert.strictEqual(api.store.find(name, 'workspace'), undefined);
    assert.strictEqual(treeItem(name), undefined);
    for (const v of values) assert.deepStrictEqual(await keysHolding(v!), []);
  });

  it('canary: no value reaches settings, workspace files, diagnostics or the extension logs', async () => {
    assert.ok(canaries.length >= 10, 'the tests above stored canaries');
    const logDir = vscode.Uri.joinPath(api.logUri, '..'); // the extension host's log folder: output channels, LSP trace
    const userDir = vscode.Uri.joinPath(api.globalStorageUri, '..', '..'); // settings.json, globalState
    const roots = [workspaceRoot().fsPath, logDir.fsPath, join(userDir.fsPath, 'settings.json')];
    const found = await eventually(async () => {
      const files = (await Promise.all(roots.map(listFiles))).flat();
      return files.length ? files : undefined;
    }, 'log and workspace files to search');
    assert.ok(
      found.some((f) => f.endsWith('.log')),
      `the extension's log files are searched (${logDir.fsPath})`,
    );
    const hits: string[] = [];
    for (const f of found) {
      const text = await fs.readFile(f, 'utf8').catch(() => '');
      for (const c of canaries) if (text.includes(c)) hits.push(`${f} contains a canary value`);
    }
    assert.deepStrictEqual(hits, []);
    const logs = await Promise.all(found.filter((f) => f.endsWith('.log')).map((f) => fs.readFile(f, 'utf8').catch(() => '')));
    assert.ok(
      logs.some((t) => t.includes(`Copied the value of '${N('STRIPE')}'`)),
      "the SecretRef output channel's log (it names the copied secret) is among the searched files",
    );
    // The client writes the LSP trace into the SecretRef channel at Trace level only, which the
    // extension host cannot switch on; when a run does (the UI canary test in test/ui does), the
    // trace is in these same files and the search above covers every message.
    for (const [uri, diags] of vscode.languages.getDiagnostics()) {
      for (const d of diags) for (const c of canaries) assert.ok(!d.message.includes(c), `diagnostic on ${uri.toString()} shows a value`);
    }
  });
});

async function listFiles(path: string): Promise<string[]> {
  const st = await fs.stat(path).catch(() => undefined);
  if (!st) return [];
  if (st.isFile()) return st.size < 20_000_000 ? [path] : [];
  const out: string[] = [];
  for (const e of await fs.readdir(path)) {
    if (e === 'node_modules') continue;
    out.push(...(await listFiles(join(path, e))));
  }
  return out;
}
