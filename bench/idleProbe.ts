// Runs inside the extension host of code-server (as an extensionTestsPath module) for the idle
// benchmark (bench/idle.ts): measures the extension host before SecretRef activates, activates
// it, opens ordinary files as a user would, waits, and measures again, with every language
// server process the host started. Without SecretRef installed (the control run) it does the
// same steps, so the difference is what SecretRef costs. Writes its figures to a JSON file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import { EXTENSION_ID, languageServerProcesses } from '../test/e2e/suite/helpers';

export interface ProbeConfig {
  /** Workspace-relative files to open, one after the other. */
  open: string[];
  /** How long to wait after the last open before measuring (an index build would start and grow). */
  settleMs: number;
  /** Where to write the ProbeResult. */
  out: string;
}

export interface Memory {
  rssMb: number;
  heapMb: number;
}

export interface ProbeResult {
  /** Whether SecretRef was installed in this run (false: the control run). */
  withExtension: boolean;
  /** Whether it was active before the probe activated it (it should not be: nothing had opened). */
  activeBefore: boolean;
  /**
   * Activation: what the extension measured (its bundle's module evaluation plus the activate()
   * call; VS Code's wait between the two is hostWaitMs), else, when the probe activated it, the time
   * ext.activate() took. VS Code often activates it before the probe runs (for a JSONC file).
   */
  activationMs?: number;
  /** From the end of module evaluation until VS Code called activate() (it reads the extension's storage meanwhile). */
  hostWaitMs?: number;
  /** After activation, until the secret store was open (SecretStorage, kept by the browser in code-server). */
  storeOpenMs?: number;
  before: Memory;
  after: Memory;
  servers: Array<{ pid: number; rssMb: number }>;
  /** Whether the SecretRef log says a workspace index was built. */
  indexed: boolean;
  /** What activated SecretRef before the probe did, from the extension host's log (when it had). */
  activatedBy?: string;
}

// A full collection before each reading, so the heap figure is live objects, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function memory(): Memory {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The lines of every log file under `dir` that match `re`. */
function logLines(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) out.push(...logLines(p, re));
      else
        out.push(
          ...readFileSync(p, 'utf8')
            .split('\n')
            .filter((l) => re.test(l)),
        );
    }
  } catch {
    // no log written
  }
  return out;
}

export async function run(): Promise<void> {
  const config = JSON.parse(readFileSync(join(__dirname, 'probe-config.json'), 'utf8')) as ProbeConfig;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the idle probe needs the workspace folder open');
  // The workbench and the built-in extensions settle first.
  await sleep(3000);
  const ext = vscode.extensions.getExtension<
    { logUri?: vscode.Uri; activationMs?: number; hostWaitMs?: number; ready?: Promise<void>; storeOpenMs?: number } | undefined
  >(EXTENSION_ID);
  const activeBefore = ext?.isActive ?? false;
  const before = memory();
  let activationMs: number | undefined;
  let storeOpenMs: number | undefined;
  let hostWaitMs: number | undefined;
  let logDir: string | undefined;
  if (ext) {
    const t0 = performance.now();
    const api = await ext.activate();
    activationMs = api?.activationMs ?? (activeBefore ? undefined : performance.now() - t0);
    await api?.ready;
    storeOpenMs = api?.storeOpenMs;
    hostWaitMs = api?.hostWaitMs;
    logDir = api?.logUri?.fsPath;
  }
  for (const rel of config.open) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, rel));
    await vscode.window.showTextDocument(doc, { preview: false });
  }
  await sleep(config.settleMs);
  const result: ProbeResult = {
    withExtension: ext !== undefined,
    activeBefore,
    activationMs,
    hostWaitMs,
    storeOpenMs,
    before,
    after: memory(),
    servers: languageServerProcesses(),
    indexed: logDir ? logLines(logDir, /\bIndexed [1-9]\d* files?/).length > 0 : false,
  };
  // The extension host's own log (beside the extension's log folder) names each activation's event.
  if (activeBefore && logDir) {
    const line = logLines(join(logDir, '..'), /_doActivateExtension secretref\.secretref/)[0];
    result.activatedBy = line?.replace(/^.*?activationEvent: /, '');
  }
  writeFileSync(config.out, JSON.stringify(result));
}
