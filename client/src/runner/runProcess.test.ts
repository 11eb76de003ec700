// The child protocol end to end: the real child bundle is built and forked with node, the
// fixtures under test/fixtures/runner are real integrations.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
// 'esbuild/lib/main', not 'esbuild': tsconfig's baseUrl "." would resolve the latter to ./esbuild.js.
import { build } from 'esbuild/lib/main';
import { IntegrationChild, LoadError, type ChildLaunch, type RunOutcome } from './runProcess';
import { sandboxUnavailable } from './sandbox';

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

async function runFixture(
  file: string,
  secrets: Record<string, string>,
  extra: Partial<ChildLaunch> = {},
  timeoutMs = 20_000,
): Promise<{ outcome: RunOutcome; output: string; loaded: string[] }> {
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
    const parentEnv = {
      ...process.env,
      INTEGRATION_ALPHA: alpha,
      INTEGRATION_BETA: beta,
      integration_lower: beta,
      MY_API_TOKEN: beta,
      NODE_OPTIONS: '--require /nonexistent.js',
      // Credentials an editor started from CI or a shell carries, under names no deny-list foresees.
      MYSQL_PWD: beta,
      CI_JOB_JWT: beta,
      DATABASE_URL: `postgres://app:${beta}@db.invalid/app`,
      SENTRY_DSN: `https://${beta}@o1.ingest.invalid/1`,
      SLACK_WEBHOOK_URL: `https://hooks.slack.invalid/services/${beta}`,
    };
    const dataFile = join(tmp, 'rows.csv');
    writeFileSync(dataFile, 'a,b\n1,2\n');
    const c = capture();
    const child = await IntegrationChild.start(c.launch('declared.js', { parentEnv }));
    const outcome = await child.run({
      secrets: { ALPHA: alpha, BETA: beta },
      context: { user: 'octocat' },
      dataFiles: [dataFile],
      timeoutMs: 20_000,
    });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    const seen = JSON.parse(outcome.result!) as {
      secretKeys: string[];
      integrationEnv: string[];
      envNames: string[];
      execArgv: string[];
      argv: string[];
      cwd: string;
      context: unknown;
      dataFiles: unknown;
      echo: string;
    };
    assert.deepEqual(seen.secretKeys, ['ALPHA']);
    assert.deepEqual(seen.integrationEnv, []);
    assert.ok(!seen.envNames.includes('MY_API_TOKEN'));
    assert.ok(!seen.envNames.includes('NODE_OPTIONS'));
    for (const k of ['MYSQL_PWD', 'CI_JOB_JWT', 'DATABASE_URL', 'SENTRY_DSN', 'SLACK_WEBHOOK_URL'])
      assert.ok(!seen.envNames.includes(k), `${k} reached the child`);
    assert.ok(seen.envNames.includes('PATH'));
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
    await assert.rejects(
      IntegrationChild.start(c.launch('broken.js')),
      (e: unknown) => e instanceof LoadError && /Could not load .*broken\.js: broken at load time/.test(e.message),
    );
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

/** A random value with every character JSON, inspect, URLs and base64 treat specially. */
function awkwardCanary(): string {
  const r = (): string => randomBytes(6).toString('base64url').replace(/[-_]/g, 'q');
  return `${r()}"${r()}'\\${r()}\n${r()}/+ é\`${r()}%${r()}😀${r()}`;
}

function pemCanary(): string {
  const body = randomBytes(180)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
}

/** Every 8-character run of `value` that shows in `text`. */
function runsShown(value: string, text: string): string[] {
  const shown = new Set<string>();
  for (let i = 0; i + 8 <= value.length; i++) if (text.includes(value.slice(i, i + 8))) shown.add(value.slice(i, i + 8));
  return [...shown];
}

describe('runner child: redaction of what Node prints', () => {
  it('masks each canary in every printed form, through a real child, on stdout and stderr together', async () => {
    const alpha = awkwardCanary();
    const pem = pemCanary();
    const { outcome, output } = await runFixture('printer.js', { ALPHA: alpha, PEM: pem });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    for (const [name, value] of [
      ['ALPHA', alpha],
      ['PEM', pem],
    ]) {
      assert.deepEqual(runsShown(value, output), [], `${name}: 8-character runs shown in:\n${output}`);
      assert.deepEqual(runsShown(value, outcome.result!), [], `${name} in the result: ${outcome.result}`);
    }
    // Ordinary text around the values is kept, and each form is there, masked.
    for (const label of ['json', 'json twice', 'json \\u', 'url every byte', 'url partial', 'basic', 'hex'])
      assert.match(output, new RegExp(`^${label.replace(/\\/g, '\\\\')}: .*\\*\\*\\*`, 'm'), label);
    assert.match(output, /split: \*\*\*/);
    assert.match(output, /\*\*\* :split/);
  });

  it('does not mask values too short to mask safely, keeps ordinary words whole, and says so without the value', async () => {
    const long = canary('long');
    const { outcome, output } = await runFixture('short.js', { FLAG: 'true', LETTER: 'a', LONG_ENOUGH: long });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    assert.match(output, /status: true; data: loaded; flag=true/);
    assert.match(output, /'FLAG', 'LETTER' have values shorter than 6 characters: .*NOT masked/);
    assert.match(output, /long: \*\*\*/);
    assert.deepEqual(outcome.unmasked, ['FLAG', 'LETTER']);
  });
});

/** Waits until none of `pids` runs any more; returns those still running after `ms`. */
async function survivors(pids: number[], ms = 3000): Promise<number[]> {
  const deadline = Date.now() + ms;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(alive);
}

function escaperPids(text: string): number[] {
  const m = /pids (\d+) (\d+) (\d+)/.exec(text);
  assert.ok(m, `no pids in output: ${text}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

describe('runner child: processes that leave the group', () => {
  it('kills detached, setsid and daemonised grandchildren when the timeout passes', async () => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('escaper.js'));
    const outcome = await child.run({ secrets: {}, context: { wait: true }, dataFiles: [], timeoutMs: 6000 });
    assert.equal(outcome.status, 'timed-out');
    assert.deepEqual(await survivors(escaperPids(c.text())), [], 'a grandchild survived the timeout');
  });

  it('kills them when run() returns and the child exits', async () => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('escaper.js'));
    const outcome = await child.run({ secrets: {}, context: {}, dataFiles: [], timeoutMs: 20_000 });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    assert.deepEqual(await survivors(escaperPids(c.text())), [], 'a grandchild survived the end of the run');
  });
});

describe('runner child: bubblewrap sandbox (secretref.run.sandbox)', () => {
  const peek = async (sandbox: 'off' | 'isolated' | 'offline') => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('peek.js', { sandbox }));
    const outcome = await child.run({ secrets: {}, context: { hostPid: process.pid, marker: 'PATH=' }, dataFiles: [], timeoutMs: 20_000 });
    assert.equal(outcome.status, 'succeeded', outcome.error);
    return JSON.parse(outcome.result!) as {
      pid: number;
      processes: number;
      hostVisible: boolean;
      hostEnvironHasMarker: boolean;
      interfaces: string[];
    };
  };

  it(
    "without a sandbox a same-user child can read the editor's environment (the README says so)",
    { skip: process.platform !== 'linux' },
    async () => {
      const seen = await peek('off');
      assert.equal(seen.hostVisible, true);
      assert.equal(seen.hostEnvironHasMarker, true);
    },
  );

  it(
    '"isolated" runs it in its own PID namespace: no other process, no editor environment',
    { skip: sandboxUnavailable('isolated') },
    async () => {
      const seen = await peek('isolated');
      assert.ok(seen.pid < 10, `pid ${seen.pid} is not in a fresh PID namespace`);
      assert.ok(seen.processes < 10, `${seen.processes} processes visible`);
      assert.equal(seen.hostEnvironHasMarker, false);
    },
  );

  it('"offline" also leaves it no network but loopback', { skip: sandboxUnavailable('offline') }, async () => {
    const seen = await peek('offline');
    assert.deepEqual(
      seen.interfaces.filter((i) => i !== 'lo'),
      [],
    );
  });

  it('kills everything it started, setsid and daemons included, as a whole', { skip: sandboxUnavailable('isolated') }, async () => {
    const c = capture();
    const child = await IntegrationChild.start(c.launch('escaper.js', { sandbox: 'isolated' }));
    const token = canary('sandboxed');
    const outcome = await child.run({ secrets: {}, context: { wait: true, token }, dataFiles: [], timeoutMs: 6000 });
    assert.equal(outcome.status, 'timed-out');
    // Their pids are the namespace's: find them by the token in their command line instead.
    assert.match(c.text(), /pids \d+ \d+ \d+/);
    const deadline = Date.now() + 3000;
    let left = leftoverSleepers(token);
    while (left.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      left = leftoverSleepers(token);
    }
    assert.deepEqual(left, []);
  });

  it('does not run the integration, and says why and what to do, when bubblewrap is missing', async () => {
    const c = capture();
    await assert.rejects(
      IntegrationChild.start(c.launch('peek.js', { sandbox: 'isolated', bwrapPath: join(tmp, 'no-such-bwrap') })),
      (e: unknown) =>
        e instanceof LoadError &&
        /Did not run .*peek\.js: secretref\.run\.sandbox asks for a sandbox, but bubblewrap .* is not installed: install it with +sudo apt-get install bubblewrap\. .*set secretref\.run\.sandbox to "off"/.test(
          e.message,
        ),
    );
    assert.equal(c.text(), '');
  });
});

/** Processes running the escaper's one-liner with this token (any left from the sandboxed run). */
function leftoverSleepers(token: string): number[] {
  const pids: number[] = [];
  for (const n of readdirSync('/proc')) {
    if (!/^\d+$/.test(n)) continue;
    try {
      if (readFileSync(`/proc/${n}/cmdline`, 'utf8').includes(token) && alive(Number(n))) pids.push(Number(n));
    } catch {
      // gone
    }
  }
  return pids;
}
