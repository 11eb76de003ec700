// Section 5 of the benchmark: what the extension costs in a workspace that never mentions a
// secret, measured in a real VS Code (code-server, as the extension-host tests run it). Each run
// pair is one control run without SecretRef and one with it, both running bench/idleProbe.ts in
// the extension host: it activates the extension, opens a JSON, a TypeScript and a YAML file of
// the workspace, waits, and reads the extension host's memory and every language server process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runExtensionSuite } from '../test/e2e/harness/runSuite';
import { findTools } from '../test/e2e/harness/tools';
import type { ProbeConfig, ProbeResult } from './idleProbe';
import { median } from './stats';
import { plainWorkspace } from './workspaces';

export interface ExtensionIdleResult {
  files: number;
  opened: string[];
  runs: Array<{ control: ProbeResult; secretref: ProbeResult }>;
  /** Medians over the runs. */
  activationMs: number;
  /** After activation, until the secret store was open (activation does not wait for it). */
  storeOpenMs: number;
  /** Before activate(): VS Code's wait between the end of module evaluation and its call (not in activationMs). */
  hostWaitMs: number;
  /** The extension host's memory at the end with SecretRef minus without (the control run). */
  hostRssDeltaMb: number;
  hostHeapDeltaMb: number;
  /** Resident memory of the language server processes SecretRef started (0 when none). */
  serverRssMb: number;
  /**
   * What the workspace pays for SecretRef: the servers plus the host's heap delta. The heap after
   * a full collection (bytecode and compiled code included) is steady from host to host; two
   * hosts' RSS differ by tens of MB either way (freed pages kept or returned), so it is shown only.
   */
  totalMb: number;
  serversStarted: number;
  indexed: boolean;
  activeBefore: boolean;
}

const ROOT = join(__dirname, '..');
/** The extension measured: this repository, or another build of it (BENCH_EXTENSION_DIR, to compare). */
const EXTENSION = process.env.BENCH_EXTENSION_DIR ?? ROOT;

async function probeRun(dir: string, folder: string, withExtension: boolean, config: Omit<ProbeConfig, 'out'>): Promise<ProbeResult> {
  const out = join(dir, `result-${withExtension ? 'secretref' : 'control'}.json`);
  rmSync(out, { force: true });
  writeFileSync(join(dir, 'probe-config.json'), JSON.stringify({ ...config, out } satisfies ProbeConfig));
  const found = findTools();
  if (!found.ok) throw new Error(`the idle benchmark runs in code-server: missing ${found.missing.join('; ')}; fix: ${found.fix}`);
  const lines: string[] = [];
  const code = await runExtensionSuite({
    tools: found.tools,
    // The control run's development path is a folder that is no extension: SecretRef is then not installed.
    extensionDevelopmentPath: withExtension ? EXTENSION : join(dir, 'no-extension'),
    extensionTestsPath: join(dir, 'index.js'),
    folder,
    onLog: (l) => lines.push(l),
    timeoutMs: 3 * 60_000,
  });
  if (code !== 0) throw new Error(`the idle probe failed (exit code ${code}):\n${lines.slice(-30).join('\n')}`);
  return JSON.parse(readFileSync(out, 'utf8')) as ProbeResult;
}

export async function measureExtensionIdle(workDir: string, runs: number, log: (s: string) => void): Promise<ExtensionIdleResult> {
  const ws = plainWorkspace(join(workDir, 'plain5000'));
  execFileSync('sync');
  const dir = join(workDir, 'idle-probe');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'no-extension'), { recursive: true });
  // esbuild's command line: under tsx a bare 'esbuild' import finds the repository's esbuild.js.
  execFileSync(join(ROOT, 'node_modules', 'esbuild', 'bin', 'esbuild'), [
    join(__dirname, 'idleProbe.ts'),
    `--outfile=${join(dir, 'index.js')}`,
    '--bundle',
    '--platform=node',
    '--target=node20',
    '--format=cjs',
    '--external:vscode',
    '--log-level=warning',
  ]);
  // The JSON file plainWorkspace names, and a TypeScript and a YAML file beside it: ordinary work.
  const json = relative(ws.dir, ws.open);
  const opened = [json, 'pkg0/src/module0.ts', 'pkg0/tasks/task2.yaml'];
  const config = { open: opened, settleMs: 5000 };
  const pairs: ExtensionIdleResult['runs'] = [];
  for (let i = 0; i < runs; i++) {
    const control = await probeRun(dir, ws.dir, false, config);
    const secretref = await probeRun(dir, ws.dir, true, config);
    pairs.push({ control, secretref });
    const server = secretref.servers.reduce((n, s) => n + s.rssMb, 0);
    log(
      `  idle run ${i + 1}/${runs}: activation ${secretref.activationMs?.toFixed(0) ?? '?'} ms (host wait ${secretref.hostWaitMs?.toFixed(0) ?? '?'} ms before activate(); store open ${secretref.storeOpenMs?.toFixed(0) ?? '?'} ms later)${secretref.activatedBy ? ` (by ${secretref.activatedBy})` : ''}, extension host ${secretref.after.rssMb.toFixed(0)} MB RSS, heap ${secretref.after.heapMb.toFixed(1)} MB (control ${control.after.rssMb.toFixed(0)} MB, ${control.after.heapMb.toFixed(1)} MB), ${secretref.servers.length} server process(es) ${server.toFixed(0)} MB${secretref.indexed ? ', INDEXED' : ''}`,
    );
  }
  // SecretRef is often active before the probe's first reading (VS Code activates it for a JSONC
  // file at start-up), so its cost is the host at the end with it minus the host without it.
  const hostRssDeltaMb = median(pairs.map((p) => p.secretref.after.rssMb - p.control.after.rssMb));
  const hostHeapDeltaMb = median(pairs.map((p) => p.secretref.after.heapMb - p.control.after.heapMb));
  const serverRssMb = median(pairs.map((p) => p.secretref.servers.reduce((n, s) => n + s.rssMb, 0)));
  return {
    files: ws.files,
    opened,
    runs: pairs,
    activationMs: median(pairs.map((p) => p.secretref.activationMs ?? NaN)),
    storeOpenMs: median(pairs.map((p) => p.secretref.storeOpenMs ?? NaN)),
    hostWaitMs: median(pairs.map((p) => p.secretref.hostWaitMs ?? NaN)),
    hostRssDeltaMb,
    hostHeapDeltaMb,
    serverRssMb,
    totalMb: Math.max(0, hostHeapDeltaMb) + serverRssMb,
    serversStarted: Math.max(...pairs.map((p) => p.secretref.servers.length)),
    indexed: pairs.some((p) => p.secretref.indexed),
    activeBefore: pairs.some((p) => p.secretref.activeBefore),
  };
}
