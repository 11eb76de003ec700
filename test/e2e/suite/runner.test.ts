// Secrets: Run Integration… in the real editor: a run that succeeds with exactly its declared
// secret, one blocked by a missing secret, one whose integration logs its secret (the output
// shows ***), a cancelled one, Restricted Mode, and the ▶ Run CodeLens.
// Integrations are written into the per-run workspace copy; values are made at run time.
import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { eventually, extensionApi, workspaceRoot } from './helpers';

/** The command's result (client/src/runner/runCommand.ts RunReport): names and redacted text only. */
interface RunReport {
  status: string;
  integration?: string;
  missing?: string[];
  injected?: string[];
  exitCode?: number | null;
  result?: string;
  error?: string;
  output: string;
}

const suffix = randomBytes(3).toString('hex').toUpperCase();
const secretName = (base: string): string => `RUNNER_${base}_${suffix}`;
const canary = (): string => `canary-${randomBytes(10).toString('hex')}`;

async function writeIntegration(file: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'runner-e2e', file);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

async function createSecret(name: string, value: string): Promise<void> {
  await vscode.commands.executeCommand('secretref.createSecret', { name, value, level: 'workspace', description: 'runner e2e' });
}

function run(uri: vscode.Uri, name: string): Thenable<RunReport> {
  // autoConsent answers the consent dialog, and only because the extension runs in test mode.
  return vscode.commands.executeCommand<RunReport>('secretref.runIntegration', uri.toString(), name, { autoConsent: true, dataFiles: [] });
}

/** The text of an output channel, from the file VS Code writes beside the extension's logs. */
async function readOutputChannel(label: string): Promise<string | undefined> {
  const api = (await extensionApi()) as unknown as { logUri?: vscode.Uri };
  if (!api.logUri) throw new Error('activate() returned no logUri in its test API');
  const exthostDir = vscode.Uri.joinPath(api.logUri, '..');
  let text: string | undefined;
  for (const [dir, type] of await vscode.workspace.fs.readDirectory(exthostDir)) {
    if (type !== vscode.FileType.Directory || !dir.startsWith('output_logging_')) continue;
    for (const [file] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(exthostDir, dir))) {
      if (file.endsWith(`${label}.log`))
        text = (text ?? '') + Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(exthostDir, dir, file))).toString('utf8');
    }
  }
  return text;
}

describe('Run Integration', function () {
  before(async function () {
    await extensionApi();
  });

  it('runs an integration with exactly its declared secret and shows the result', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const wanted = secretName('OK');
    const other = secretName('OTHER');
    await createSecret(wanted, canary());
    await createSecret(other, canary());
    const uri = await writeIntegration(
      'ok.js',
      `
module.exports = {
  metadata: { name: 'runner-ok', requiredSecrets: ['${wanted}'] },
  async run(context, secrets = {}) {
    console.log('ran with', Object.keys(secrets).join(','));
    return {
      secretKeys: Object.keys(secrets),
      otherSecret: secrets['${other}'] === undefined,
      integrationEnv: Object.keys(process.env).filter((k) => k.startsWith('INTEGRATION_')),
    };
  },
};
`,
    );
    const report = await run(uri, 'runner-ok');
    assert.strictEqual(report.status, 'succeeded', report.error ?? report.output);
    assert.deepStrictEqual(report.injected, [wanted]);
    assert.strictEqual(report.exitCode, 0);
    assert.deepStrictEqual(JSON.parse(report.result!), { secretKeys: [wanted], otherSecret: true, integrationEnv: [] });
    assert.match(report.output, new RegExp(`ran with ${wanted}\\n`));
    assert.match(report.output, new RegExp(`succeeded after .*injected: ${wanted}`));
  });

  it('does not run an integration whose required secret has no value, and names it', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const absent = secretName('ABSENT');
    const uri = await writeIntegration(
      'blocked.js',
      `
console.log('the module top level ran');
module.exports = {
  metadata: { name: 'runner-blocked', requiredSecrets: ['${absent}'] },
  run() { console.log('this must not print'); return 'ran'; },
};
`,
    );
    // Open, as a user who runs it from its CodeLens has: the language server knows its requiredSecrets.
    await vscode.workspace.openTextDocument(uri);
    const report = await run(uri, 'runner-blocked');
    assert.strictEqual(report.status, 'blocked');
    assert.deepStrictEqual(report.missing, [absent]);
    assert.ok(!report.output.includes('this must not print'), report.output);
    assert.ok(!report.output.includes('the module top level ran'), `nothing of the module may run: ${report.output}`);
    assert.match(report.output, new RegExp(`Integration 'runner-blocked' did not run: required secret '${absent}' has no value`));
  });

  it('shows *** where a TypeScript integration logs or returns its secret', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const name = secretName('LEAK');
    const value = canary();
    await createSecret(name, value);
    const uri = await writeIntegration(
      'leaky.ts',
      `
interface Ctx { service?: string }
export default {
  metadata: { name: 'runner-leaky', requiredSecrets: ['${name}'] },
  async run(_context: Ctx, secrets: Record<string, string> = {}): Promise<{ echoed: string }> {
    const token: string = secrets['${name}'];
    console.log('token is', token);
    console.error('as json', JSON.stringify({ token }));
    console.log('as base64', Buffer.from(token).toString('base64'));
    return { echoed: token };
  },
};
`,
    );
    const report = await run(uri, 'runner-leaky');
    assert.strictEqual(report.status, 'succeeded', report.error ?? report.output);
    assert.ok(!report.output.includes(value), 'the output shows the value');
    assert.ok(!report.output.includes(Buffer.from(value).toString('base64')), 'the output shows the value in base64');
    assert.match(report.output, /token is \*\*\*/);
    assert.match(report.output, /as json \{"token":"\*\*\*"\}/);
    assert.match(report.output, /as base64 \*\*\*/);
    assert.deepStrictEqual(JSON.parse(report.result!), { echoed: '***' });

    // What the user sees: the output channel itself, as VS Code keeps it on disk.
    const channel = await eventually(async () => {
      const text = await readOutputChannel('SecretRef Integrations');
      return text?.includes('token is ***') ? text : undefined;
    }, "the 'SecretRef: Integrations' output channel to show the run");
    assert.ok(!channel.includes(value), 'the output channel shows the value');
  });

  it('masks a PEM key and a value printed by util.inspect, \\u-escaped, wrapped base64 and split across stdout and stderr, in the output channel', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const pemName = secretName('PEM');
    const tokenName = secretName('AWKWARD');
    const pem = `-----BEGIN PRIVATE KEY-----\n${randomBytes(150)
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n')}\n-----END PRIVATE KEY-----\n`;
    const token = `${canary()}"'\\/+ é${canary()}`;
    await createSecret(pemName, pem);
    await createSecret(tokenName, token);
    const uri = await writeIntegration(
      'forms.js',
      `
module.exports = {
  metadata: { name: 'runner-forms', requiredSecrets: ['${pemName}', '${tokenName}'] },
  async run(_context, secrets) {
    const v = secrets['${tokenName}'];
    console.log(secrets);
    console.log('unicode', v.split('').map((c) => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''));
    console.log('wrapped', Buffer.from('user:' + v + '\\n').toString('base64').match(/.{1,76}/g).join('\\n'));
    console.log('url', v.split('').map((c, i) => (i % 2 ? encodeURIComponent(c) : c)).join(''));
    process.stdout.write('split ' + v.slice(0, 20));
    process.stderr.write(v.slice(20) + ' end\\n');
  },
};
`,
    );
    const report = await run(uri, 'runner-forms');
    assert.strictEqual(report.status, 'succeeded', report.error ?? report.output);
    const channel = await eventually(async () => {
      const text = await readOutputChannel('SecretRef Integrations');
      return text?.includes("'runner-forms' succeeded") ? text : undefined;
    }, "the 'SecretRef: Integrations' output channel to show the run");
    for (const text of [report.output, channel]) {
      for (const value of [pem, token]) {
        for (let i = 0; i + 8 <= value.length; i++)
          assert.ok(!text.includes(value.slice(i, i + 8)), `an 8-character run of a value shows: ${JSON.stringify(value.slice(i, i + 8))}`);
      }
    }
    assert.match(report.output, /split \*\*\*/);
  });

  it('runs an integration in its own PID namespace with secretref.run.sandbox, or says why it cannot', async function () {
    if (!vscode.workspace.isTrusted || process.platform !== 'linux') this.skip();
    const uri = await writeIntegration(
      'sandboxed.js',
      `
module.exports = {
  metadata: { name: 'runner-sandboxed', requiredSecrets: [] },
  run() { return { pid: process.pid, editorVisible: require('node:fs').existsSync('/proc/' + ${process.pid}) }; },
};
`,
    );
    const config = vscode.workspace.getConfiguration('secretref');
    await config.update('run.sandbox', 'isolated', vscode.ConfigurationTarget.Workspace);
    try {
      const report = await run(uri, 'runner-sandboxed');
      if (report.status === 'load-failed') {
        // No usable bubblewrap on this host: nothing ran, and the user is told what to do.
        assert.match(report.error!, /secretref\.run\.sandbox asks for a sandbox, but .*set secretref\.run\.sandbox to "off"/);
        return;
      }
      assert.strictEqual(report.status, 'succeeded', report.error ?? report.output);
      const seen = JSON.parse(report.result!) as { pid: number; editorVisible: boolean };
      assert.ok(seen.pid < 10, `pid ${seen.pid}: not in its own PID namespace`);
      assert.strictEqual(seen.editorVisible, false, 'the sandboxed integration sees the extension host process');
    } finally {
      await config.update('run.sandbox', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('stops a running integration when it is cancelled', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const uri = await writeIntegration(
      'forever.js',
      `
module.exports = {
  metadata: { name: 'runner-forever', requiredSecrets: [] },
  run() { console.log('started'); return new Promise(() => setInterval(() => {}, 1000)); },
};
`,
    );
    const running = run(uri, 'runner-forever');
    await eventually(
      async () => ((await vscode.commands.executeCommand<number>('secretref.stopIntegration')) > 0 ? true : undefined),
      'the run to start so it can be cancelled',
    );
    const report = await running;
    assert.strictEqual(report.status, 'cancelled');
    assert.match(report.output, /'runner-forever' was cancelled after/);
  });

  it('offers ▶ Run above the run function of an integration', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    // The server lists integrations once its workspace index is built: slow on a loaded machine.
    this.timeout(150_000);
    const uri = await writeIntegration(
      'lensed.js',
      `
module.exports = {
  metadata: { name: 'runner-lensed', requiredSecrets: [] },
  run: async function (context, secrets = {}) { return 1; },
};
`,
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const lens = await eventually(
      async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        return lenses.find((l) => l.command?.command === 'secretref.runIntegration');
      },
      'a ▶ Run CodeLens on runner-e2e/lensed.js',
      120_000,
    );
    assert.strictEqual(lens.command!.title, '▶ Run');
    assert.deepStrictEqual(lens.command!.arguments, [uri.toString(), 'runner-lensed']);
    assert.strictEqual(lens.range.start.line, 3);
  });

  it('refuses to run in Restricted Mode and says why', async function () {
    // Needs a host with workspace trust on and the workspace untrusted (code-server's
    // workspaceTrust option); the default e2e run disables trust, so this skips there.
    if (vscode.workspace.isTrusted) this.skip();
    this.timeout(120_000);
    const report = await vscode.commands.executeCommand<RunReport>(
      'secretref.runIntegration',
      vscode.Uri.joinPath(workspaceRoot(), 'integrations', 'e2e-echo.ts').toString(),
      'e2e-echo',
    );
    assert.strictEqual(report.status, 'restricted');
    assert.ok(!report.output.includes('token is'), 'nothing of the integration ran');
    assert.match(report.error!, /disabled in Restricted Mode.*Trust the workspace/);
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'integrations', 'e2e-echo.ts');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.deepStrictEqual(
      lenses.filter((l) => l.command?.command === 'secretref.runIntegration'),
      [],
      'no ▶ Run lens in Restricted Mode',
    );
  });
});
