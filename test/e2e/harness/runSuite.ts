// Runs an extension-host test suite in code-server, the way desktop VS Code runs it for
// @vscode/test-electron: the workbench gets extensionDevelopmentPath/extensionTestsPath in
// its payload, the suite's run() decides the exit code, which arrives via codeAutomationExit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser';
import { startCodeServer } from './codeServer';
import { RESULTS_DIR, type Tools } from './tools';

export interface SuiteRun {
  tools: Tools;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  /** The folder the workbench opens. */
  folder: string;
  /** Receives every line the workbench and the extension host log. */
  onLog: (line: string) => void;
  timeoutMs?: number;
}

export async function runExtensionSuite(run: SuiteRun): Promise<number> {
  const server = await startCodeServer({ tools: run.tools });
  const browser = await launchBrowser(run.tools.browser);
  let code = 1;
  const transcript: string[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    let resolveExit!: (c: number) => void;
    const exited = new Promise<number>((r) => (resolveExit = r));
    // The workbench calls codeAutomationLog(level, args[]) with printf-style args.
    await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => {
      const text = Array.isArray(args) ? format(...(args as unknown[])) : format(level, args);
      transcript.push(text);
      for (const line of text.split('\n')) run.onLog(line);
    });
    await page.exposeFunction('codeAutomationExit', (c: number) => resolveExit(typeof c === 'number' ? c : 1));
    page.on('pageerror', (e) => transcript.push(`[page error] ${e.message}`));
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', server.remoteUri(run.extensionDevelopmentPath)],
      ['extensionTestsPath', server.remoteUri(run.extensionTestsPath)],
    ];
    // Generous: on a loaded machine the workbench page can take a minute to load.
    await page.goto(server.workbenchUrl(run.folder, payload), { waitUntil: 'domcontentloaded', timeout: 180_000 });
    const timeoutMs = run.timeoutMs ?? 10 * 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((r) => {
      timer = setTimeout(() => {
        run.onLog(`harness: the extension-host suite did not finish within ${timeoutMs / 1000} s`);
        r(1);
      }, timeoutMs);
    });
    code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
  } finally {
    if (code !== 0) {
      const dest = join(RESULTS_DIR, 'e2e');
      mkdirSync(dest, { recursive: true });
      await page.screenshot({ path: join(dest, 'workbench.png') }).catch(() => undefined);
      writeFileSync(join(dest, 'workbench-console.log'), transcript.join('\n'));
      server.keepLogs(dest);
      run.onLog(`harness: logs and a screenshot kept in ${dest}`);
    }
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  return code;
}
