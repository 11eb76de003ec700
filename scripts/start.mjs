// `npm start`: the demo in one command. Builds and packages the extension (npm run package),
// provisions the real VS Code of the e2e tests if it is missing (scripts/provision.sh),
// installs the fresh VSIX into a dedicated extensions folder, starts code-server on 127.0.0.1
// with examples/ open, prints the URL and stays in the foreground until Ctrl-C, then stops
// code-server's whole process group and removes the per-run temporary folder.
//   npm start [-- --port 8080] [--no-package] [--trust] [--folder DIR]
// --trust leaves workspace trust on, to see Restricted Mode (no runs until you trust the folder).
//
// Values never touch examples/: secrets live in the browser-side SecretStorage of code-server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDependencies } from './lib/deps.mjs';
import { provisionedCodeServer, provisionedNode, readPackageJson, root, toolCache, vsixPath } from './lib/paths.mjs';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string' },
    'no-package': { type: 'boolean', default: false },
    trust: { type: 'boolean', default: false },
    // Another folder to open instead of examples/ (scripts/screenshots.mjs opens a scratch copy).
    folder: { type: 'string' },
  },
});

const say = (msg) => console.log(`start: ${msg}`);
function fail(msg) {
  console.error(`\nstart: ${msg}`);
  process.exit(1);
}

ensureDependencies(say);

// 1. Build (production) and package the VSIX.
const pkg = readPackageJson();
const vsix = vsixPath(pkg);
if (!opts['no-package'] || !existsSync(vsix)) {
  say('building and packaging the extension (npm run package)…');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const out = r.stdout?.toString() ?? '';
  if (r.status !== 0) {
    process.stdout.write(out);
    fail('packaging failed (the output above says why).');
  }
  say(out.trim().split('\n').pop());
}

// 2. Provision Node 24 and code-server when missing (first run: a few minutes).
if (!provisionedNode() || !provisionedCodeServer()) {
  say(`provisioning the local VS Code (code-server) into ${toolCache()} — first run only, a few minutes…`);
  // Without npm's own variables: under `npm start`, npm_config_user_agent says "node/v20", and the
  // nested `npm install code-server` would pass it on to code-server's postinstall, which then
  // refuses to install ("requires node v24") although Node 24 runs it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // --demo: Node 24 and code-server only; the browser is the user's own, and Chromium, Neovim and
  // ripgrep serve only the tests and the benchmark.
  const r = spawnSync('bash', [join(root, 'scripts', 'provision.sh'), '--demo'], { cwd: root, stdio: 'inherit', env });
  if (!provisionedNode() || !provisionedCodeServer()) {
    fail(`provisioning did not finish (exit ${r.status}). Fix what it lists above, then run  npm start  again.`);
  }
}
const node24 = provisionedNode();
const codeServer = provisionedCodeServer();

// 3. Dedicated folders: settings and installed extension persist between demos, temp files do not.
// SECRETREF_DEMO_DIR: another set of folders, e.g. for scripts/screenshots.mjs, so it never touches yours.
const demoDir = process.env.SECRETREF_DEMO_DIR || join(toolCache(), 'demo');
const userDataDir = join(demoDir, 'user-data');
const extensionsDir = join(demoDir, 'extensions');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
mkdirSync(extensionsDir, { recursive: true });
// The demo's defaults; a setting already in the file (changed by you, or by screenshots.mjs) wins.
const userSettings = join(userDataDir, 'User', 'settings.json');
let existing = {};
try {
  existing = JSON.parse(readFileSync(userSettings, 'utf8'));
} catch {
  /* first start, or a hand-edited file with comments */
}
const settings = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // examples/ sits inside the SecretRef repository; the demo is not about git.
  'git.openRepositoryInParentFolders': 'never',
  // Opens examples/README.md, which says what to try.
  'workbench.startupEditor': 'readme',
  ...existing,
};
writeFileSync(userSettings, JSON.stringify(settings, null, 2));
// A short TMPDIR: code-server's unix socket paths are limited to 108 bytes.
const runTmp = mkdtempSync(join(tmpdir().length > 20 ? '/tmp' : tmpdir(), 'srd-'));
const env = { ...process.env, TMPDIR: runTmp, EXTENSIONS_GALLERY: '{}' };
// --config: code-server would otherwise create ~/.config/code-server/config.yaml.
const baseArgs = ['--config', join(demoDir, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

say(`installing ${vsix.slice(root.length + 1)} into ${extensionsDir}…`);
const inst = spawnSync(node24, [codeServer, ...baseArgs, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
if (inst.status !== 0 || !/successfully installed|already installed/i.test(inst.stdout + inst.stderr)) {
  rmSync(runTmp, { recursive: true, force: true });
  fail(`code-server could not install the VSIX:\n${inst.stdout}${inst.stderr}`);
}

// 4. Start code-server with examples/ open.
async function freePort(preferred) {
  const tryPort = (p) =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen(p, '127.0.0.1', () => {
        const addr = srv.address();
        srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : undefined));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0));
}
const wanted = opts.port ? Number(opts.port) : 8080;
const port = await freePort(wanted);
if (wanted !== 0 && port !== wanted) say(`port ${wanted} is taken; using ${port}`);

const examples = opts.folder ? resolve(opts.folder) : join(root, 'examples');
const logFile = join(runTmp, 'code-server.log');
const logFd = openSync(logFile, 'a');
const args = [
  codeServer,
  ...baseArgs,
  '--auth',
  'none',
  '--bind-addr',
  `127.0.0.1:${port}`,
  '--disable-telemetry',
  '--disable-update-check',
  '--ignore-last-opened',
  ...(opts.trust ? [] : ['--disable-workspace-trust']),
  examples,
];
// Its own process group, so Ctrl-C can stop code-server and every extension host and language server under it.
const child = spawn(node24, args, { cwd: root, env, detached: true, stdio: ['ignore', logFd, logFd] });
closeSync(logFd);
let exited = false;
child.once('exit', () => (exited = true));

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstart: stopping code-server…');
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + 5000;
  while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!exited) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  // On failure the folder keeps code-server's log for the user to read.
  if (code === 0) rmSync(runTmp, { recursive: true, force: true });
  console.log('start: stopped.');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));

const origin = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 60_000;
for (;;) {
  if (exited) {
    console.error(readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'));
    await stop(1);
  }
  try {
    if ((await fetch(`${origin}/healthz`)).ok) break;
  } catch {
    /* not listening yet */
  }
  if (Date.now() > deadline) {
    console.error(`start: code-server did not answer ${origin}/healthz within 60 s; its log is ${logFile}`);
    await stop(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const url = `${origin}/?folder=${encodeURIComponent(examples).replace(/%2F/g, '/')}`;
const line = '─'.repeat(url.length + 4);
console.log(`
┌${line}┐
│  ${url}  │
└${line}┘
SecretRef ${pkg.version} is running in VS Code with the demo workspace (examples/) open.
Open the URL above in a browser; examples/README.md says what to try.
code-server log: ${logFile}
Press Ctrl-C to stop.`);

child.once('exit', (code) => {
  if (!stopping) {
    console.error(`start: code-server exited (code ${code}); its log was ${logFile}`);
    stop(1);
  }
});
