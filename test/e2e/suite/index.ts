// The extensionTestsPath entry: VS Code (desktop or code-server) loads this module in the
// extension host and calls run(); resolving means exit code 0, rejecting 1.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { TaggedReporter } from './reporter';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: TaggedReporter });
  // A suite that finds no test file must fail, not pass quietly.
  mocha.failZero(true);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(join(__dirname, f));
  const grep = process.env.SECRETREF_E2E_GREP;
  if (grep) mocha.grep(grep);
  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
