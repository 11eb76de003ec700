// The child protocol end to end: the real child bundle is built and forked with node, the
// fixtures under test/fixtures/runner are real integrations.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
// 'esbuild/lib/main', not 'esbuild': tsconfig's baseUrl "." would resolve the latter to ./esbuild.js.
import { build } from 'esbuild/lib/main';
import { IntegrationChild, LoadError, type ChildLaunch, type RunOutcome } from './runProcess';

const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'runner');
const canary = (tag: string): string => `canary-${tag}-${randomBytes(9).toString('hex')}`;

let tmp: string;
let childScript: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'secretref-runner-test-'));
  childScript = join(tmp, 'runner-child.js');
  // The same options esbuild.js uses for dist/runner-child.js and dist/runner-transpile.js, built
  // fresh so the test sees the source; the child finds the transpiler beside itself, as in dist/.
  const options = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' } as const;
  await Promise.all([
    build({ ...options, entryPoints: [join(ROOT, 'client/src/runner/child.ts')], outfile: childScript }),
    build({ ...options, entryPoints: [join(ROOT, 'client/src/runner/transpile.ts')], outfile: join(tmp, 'runner-transpile.js') }),
  ]);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

interface Captured {
  text: () => string;
  launch: (file: string, extra?: Partial<ChildLaunch>) => ChildLaunch;
}

function capture(): Captured {
  let out = '';
  return {
    text: () => out,
    launch: (file, extra) => ({
      childScript,
      modulePath: join(FIXTURES, file),
      onOutput: (t) => (out += t),
      ...extra,
    }),
  };
}

async function runFixture(file: string, secrets: Record<string, string>, extra: Partial<ChildLaunch> = {}, timeoutMs = 20_000): Promise<{ outcome: RunOutcome; output: string; loaded: string[] }> {
  const c = capture();
  const child = await IntegrationChild.start(c.launch(file, extra));
  const outcome = await child.run({ secrets, context: { who: 'ada' }, dataFiles: [], timeoutMs });
  return { outcome, output: c.text(), loaded: child.loaded.requiredSecrets };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed process whose parent has not reaped it yet is a zombie: it runs nothing.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runner child: what the integration can see', () => {
  it('reports the declared secrets before any value is sent', async () => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('declared.js'));
    assert.equal(child.loaded.name, 'declared');
    assert.deepEqual(child.loaded.requiredSecrets, ['ALPHA']);
    child.dispose();
  });

  it('injects exactly the declared secrets, drops any other sent by mistake, and keeps INTEGRATION_* out of the environment', async () => {
    const alpha = canary('alpha');
    const beta = canary('beta');
    const parentEnv = { ...process.env, INTEGRATION_ALPHA: alpha, INTEGRATION_BETA: beta, integration_lower: beta, MY_API_TOKEN: beta, NODE_OPTIONS: '--require /nonexistent.js' };
    const dataFile = join(tmp, 'rows.csv');
    writeFileSync(dataFile, 'a,b\n1,2\n');
    const c = capture();
    const child = await IntegrationChild.start(c.launch('declared.js', { parentEnv }));
    const outcome = await child.run({ secrets: { ALPHA: alpha, BETA: beta }, context: { user: 'octocat' }, dataFiles: [dataFile], timeoutMs: 20_000 });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    const seen = JSON.parse(outcome.result!) as { secretKeys: string[]; integrationEnv: string[]; envNames: string[]; execArgv: string[]; argv: string[]; cwd: string; context: unknown; dataFiles: unknown; echo: string };
    assert.deepEqual(seen.secretKeys, ['ALPHA']);
    assert.deepEqual(seen.integrationEnv, []);
    assert.ok(!seen.envNames.includes('MY_API_TOKEN'));
    assert.ok(!seen.envNames.includes('NODE_OPTIONS'));
    assert.deepEqual(seen.execArgv, []);
    assert.ok(!JSON.stringify(seen.argv).includes(alpha));
    assert.equal(seen.cwd, FIXTURES);
    assert.deepEqual(seen.context, { user: 'octocat' });
    assert.deepEqual(seen.dataFiles, [{ name: 'rows.csv', content: 'a,b\n1,2\n' }]);
    assert.equal(seen.echo, '***', 'the returned value is redacted');
    assert.ok(!outcome.result!.includes(beta));
  });

  it('a module exporting only run() declares what its metadata file beside it says, and gets exactly that', async () => {
    const alpha = canary('sib');
    const metadata = { name: 'run-only', requiredSecrets: ['ALPHA'] };
    const { outcome, loaded } = await runFixture('run-only.js', { ALPHA: alpha, BETA: canary('beta') }, { name: 'run-only', metadata });
    assert.deepEqual(loaded, ['ALPHA']);
    assert.equal(outcome.status, 'succeeded', outcome.error);
    assert.deepEqual(JSON.parse(outcome.result!), { secretKeys: ['ALPHA'], alphaLength: alpha.length });
    // A module with its own metadata keeps it: the file beside it cannot widen what is injected.
    const own = await runFixture('declared.js', { ALPHA: alpha, BETA: canary('beta') }, { metadata: { requiredSecrets: ['BETA'] } });
    assert.deepEqual(own.loaded, ['ALPHA']);
  });

  it('redacts logged values in plain, JSON, base64 and URL-encoded form', async () => {
    const alpha = `${canary('log')}"/+`;
    const { outcome, output } = await runFixture('declared.js', { ALPHA: alpha });
    assert.equal(outcome.status, 'succeeded');
    assert.deepEqual(outcome.injected, ['ALPHA']);
    for (const form of [alpha, JSON.stringify(alpha).slice(1, -1), Buffer.from(alpha).toString('base64'), encodeURIComponent(alpha)]) {
      assert.ok(!output.includes(form), `output shows ${form}:\n${output}`);
    }
    assert.match(output, /plain: \*\*\*/);
    assert.match(output, /json: \{"alpha":"\*\*\*"\}/);
    assert.match(output, /base64: \*\*\*/);
    assert.match(output, /\?t=\*\*\*/);
  });

  it('redacts the value in an error message and stack trace', async () => {
    const alpha = canary('err');
    const { outcome } = await runFixture('throws.js', { ALPHA: alpha });
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.exitCode, 1);
    assert.match(outcome.error!, /upstream rejected token \*\*\*/);
    assert.match(outcome.error!, /throws\.js/);
    assert.ok(!outcome.error!.includes(alpha));
  });
});

describe('runner child: module kinds', () => {
  it('runs an .mjs ES module', async () => {
    const { outcome } = await runFixture('esm.mjs', { ALPHA: canary('m') });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    assert.deepEqual(JSON.parse(outcome.result!), { kind: 'mjs', secretKeys: ['ALPHA'], importMetaUrl: 'string' });
  });

  it('runs a .js ES module in a "type": "module" package with named exports', async () => {
    const { outcome, loaded } = await runFixture('esm-package/integration.js', { ALPHA: canary('p') });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    assert.deepEqual(loaded, ['ALPHA']);
    assert.deepEqual(JSON.parse(outcome.result!), { kind: 'esm-package', secretKeys: ['ALPHA'] });
  });

  it('transpiles a TypeScript integration and the TypeScript module it imports', async () => {
    const { outcome } = await runFixture('typed.ts', { ALPHA: canary('t') });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    assert.deepEqual(JSON.parse(outcome.result!), { kind: 'ts', greeting: 'ADA!', secretKeys: ['ALPHA'] });
  });

  it('picks the named integration from a module that exports several', async () => {
    const { outcome, loaded } = await runFixture('two.js', { BETA: canary('b') }, { name: 'second' });
    assert.deepEqual(loaded, ['BETA']);
    assert.equal(outcome.result, '"second ran"');
  });

  it('reports a module that fails to load, in words, without running anything', async () => {
    const c = capture();
    await assert.rejects(IntegrationChild.start(c.launch('broken.js')), (e: unknown) => e instanceof LoadError && /Could not load .*broken\.js: broken at load time/.test(e.message));
  });
});

describe('runner child: stopping', () => {
  it('kills the whole process tree, grandchild included, when the timeout passes', async () => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('sleeper.js'));
    // Long enough for the grandchild to start even on a loaded machine.
    const running = child.run({ secrets: {}, context: {}, dataFiles: [], timeoutMs: 6000 });
    const outcome = await running;
    assert.equal(outcome.status, 'timed-out');
    assert.equal(outcome.signal, 'SIGKILL');
    const m = /grandchild (\d+)/.exec(c.text());
    assert.ok(m, `no grandchild pid in output: ${c.text()}`);
    const pid = Number(m[1]);
    const deadline = Date.now() + 3000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(alive(pid), false, `grandchild ${pid} survived the timeout`);
  });

  it('stops a run when it is cancelled and says so', async () => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('sleeper.js'));
    const ac = new AbortController();
    const running = child.run({ secrets: {}, context: {}, dataFiles: [], timeoutMs: 60_000, signal: ac.signal });
    while (!/grandchild \d+/.test(c.text())) await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    const outcome = await running;
    assert.equal(outcome.status, 'cancelled');
    const pid = Number(/grandchild (\d+)/.exec(c.text())![1]);
    const deadline = Date.now() + 3000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(alive(pid), false, `grandchild ${pid} survived the cancel`);
  });
});
