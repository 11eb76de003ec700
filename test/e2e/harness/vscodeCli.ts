// Stands in for the VS Code executable that @vscode/test-electron spawns: it takes the same
// arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, a folder) and runs the
// suite in code-server instead, exiting with the suite's exit code.
import { resolve } from 'node:path';
import { runExtensionSuite } from './runSuite';
import { findTools } from './tools';

function parse(argv: string[]): { dev?: string; tests?: string; folder?: string } {
  const out: { dev?: string; tests?: string; folder?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      out.folder = resolve(a);
      continue;
    }
    const value = m[2] ?? (['extensionDevelopmentPath', 'extensionTestsPath'].includes(m[1]) ? argv[++i] : undefined);
    if (m[1] === 'extensionDevelopmentPath') out.dev = value && resolve(value);
    else if (m[1] === 'extensionTestsPath') out.tests = value && resolve(value);
    // Desktop-only flags (--no-sandbox, --user-data-dir, …) do not apply: each run gets fresh folders.
  }
  return out;
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (!args.dev || !args.tests || !args.folder) {
    process.stderr.write('usage: code-server-as-vscode --extensionDevelopmentPath=DIR --extensionTestsPath=FILE FOLDER\n');
    return 2;
  }
  const found = findTools();
  if (!found.ok) {
    process.stderr.write(`cannot start code-server: missing ${found.missing.join('; ')}.\nFix: ${found.fix}\n`);
    return 3;
  }
  return runExtensionSuite({
    tools: found.tools,
    extensionDevelopmentPath: args.dev,
    extensionTestsPath: args.tests,
    folder: args.folder,
    onLog: (line) => process.stdout.write(line + '\n'),
  });
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`code-server harness failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
