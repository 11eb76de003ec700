// Runs the extension-host suites (compiled to out/e2e/ by test/e2e/build.mjs) with
// @vscode/test-electron's runTests, one editor each: test/e2e/suite in a copy of the fixture
// workspace (test/e2e/workspace), then test/e2e/lazy in a copy of a workspace that uses no
// secrets (test/e2e/plain-workspace), where the language server must not start until it is needed.
//  - Default: VS Code is code-server 1.139.1 (offline, provisioned by scripts/provision.sh),
//    reached through the small executable harness/code-server-as-vscode;
//    SECRETREF_CODE_SERVER=floor (npm run test:e2e:floor): code-server 1.105.1, the engines.vscode floor.
//  - SECRETREF_DESKTOP_VSCODE=1 (a machine with internet): runTests downloads desktop VS Code.
// The same suite runs both ways. Prints the test lines and `N passed, N failed`; the rest of
// the editor's output goes to test-results/e2e/extension-host.log.
// Exit codes: 0 all passed, 1 a test failed or the editor broke, 3 the editor could not start.
import { runTests } from '@vscode/test-electron';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { TAG } from './suite/reporter';
import { codeServerFlavour, findTools, REPO_ROOT, RESULTS_DIR } from './harness/tools';
import { copyWorkspace, WORKSPACE_FIXTURE } from './harness/workspace';

const desktop = process.env.SECRETREF_DESKTOP_VSCODE === '1';
// --floor (npm run test:e2e:floor): the harness, a child process, reads the choice from the environment.
if (process.argv.includes('--floor')) process.env.SECRETREF_CODE_SERVER = 'floor';

/** Prints tagged test lines, logs everything, and remembers the suite's summary line. */
class SuiteOutput extends Writable {
  summary: string | undefined;
  private buffer = '';
  constructor(private readonly log: NodeJS.WritableStream) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.log.write(chunk);
    this.buffer += chunk.toString('utf8');
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(line);
    done();
  }
  private line(line: string): void {
    const at = line.indexOf(TAG);
    if (at < 0) return;
    const text = line.slice(at + TAG.length + 1);
    if (/^\d+ passed, \d+ failed/.test(text)) this.summary = text;
    else process.stdout.write(`  ${text}\n`);
  }
}

async function main(): Promise<number> {
  const resultsDir = join(RESULTS_DIR, 'e2e');
  mkdirSync(resultsDir, { recursive: true });
  const logPath = join(resultsDir, 'extension-host.log');
  const log = createWriteStream(logPath);
  const out = new SuiteOutput(log);

  let vscodeExecutablePath: string | undefined;
  if (!desktop) {
    const found = findTools();
    if (!found.ok) {
      console.log(`extension-host suite: could not start, missing ${found.missing.join('; ')}`);
      console.log(`fix: ${found.fix}`);
      console.log('0 passed, 1 failed');
      return 3;
    }
    vscodeExecutablePath = join(REPO_ROOT, 'test', 'e2e', 'harness', 'code-server-as-vscode');
  }

  const flavour = codeServerFlavour();
  console.log(
    `extension-host suite in ${desktop ? 'desktop VS Code (downloaded by @vscode/test-electron)' : `code-server ${flavour.codeServer} (VS Code ${flavour.vscode})`}`,
  );
  const suites = [
    { name: 'suite', workspace: WORKSPACE_FIXTURE },
    { name: 'lazy', workspace: join(REPO_ROOT, 'test', 'e2e', 'plain-workspace') },
  ];
  let code = 0;
  let passed = 0,
    failed = 0,
    skipped = 0;
  for (const suite of suites) {
    const workspace = copyWorkspace(suite.workspace);
    out.summary = undefined;
    let c: number;
    try {
      c = await runTests({
        vscodeExecutablePath,
        version: process.env.SECRETREF_VSCODE_VERSION ?? flavour.vscode,
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: join(REPO_ROOT, 'out', 'e2e', suite.name, 'index.js'),
        launchArgs: [workspace.path, ...(desktop ? ['--disable-extensions'] : [])],
        extensionTestsEnv: { SECRETREF_E2E: '1' },
        stdout: out,
        stderr: out,
      });
    } catch (e) {
      const ec = (e as { code?: number }).code;
      c = typeof ec === 'number' && ec !== 0 ? ec : 1;
    } finally {
      workspace.dispose();
    }
    const m = out.summary && /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(out.summary);
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
      skipped += Number(m[3] ?? 0);
    } else {
      console.log(`extension-host suite ${suite.name}: no result from the editor (exit code ${c}); see ${logPath}`);
      failed += 1;
    }
    if (c !== 0 && code === 0) code = c;
    // Without its tools the second suite cannot start either.
    if (c === 3) break;
  }
  await new Promise<void>((r) => log.end(r));
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  // The harness exits 3 when it could not find its tools; anything else non-zero is a failure.
  return code === 0 ? 0 : code === 3 ? 3 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
