// The `secretref` command (bundled to dist/cli-main.js, which the bin dist/cli.js loads: bin.ts).
// Also the entry of its own scan workers: a worker thread starts the bin with a flag in workerData.
import '../compileCache';
import * as path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { version } from '../../../package.json';
import { HELP, parseCommandLine, UsageError } from './args';
import { ruleDocUrl, rulePage } from './ruleHelp';
import { runCheck } from './check';
import { ConfigError } from './loadStore';
import { READER_FLAG, runScanReader, runScanWorker, WORKER_FLAG, type ReaderJob, type ScanInput, type WorkQueue } from './scan';

async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    if (cmd.kind === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (cmd.kind === 'explain') {
      process.stdout.write(`${rulePage(cmd.code)}\nOnline: ${ruleDocUrl(cmd.code)}\n`);
      return 0;
    }
    if (cmd.kind === 'version') {
      process.stdout.write(`secretref ${version}\n`);
      return 0;
    }
    const run = await runCheck(cmd.options, {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      version,
      // Workers can only start a bundle; under tsx (tests of the sources) the scan stays in one thread.
      // The bin beside this bundle, so each worker and the reader thread load it from the compile cache too.
      workerScript: __filename.endsWith('.js') ? path.join(__dirname, 'cli.js') : undefined,
    });
    return run.exitCode;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`secretref: ${e.message}\n`);
      return 2;
    }
    // An unexpected failure: say so plainly. The stack names code, never a secret value
    // (the CLI never reads values).
    process.stderr.write(`secretref: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

function finish(code: number): void {
  // Let stdout drain before exiting (a piped SARIF report can be megabytes).
  process.exitCode = code;
}

/**
 * `secretref check | head -1`: the reader closing the pipe early is no failure of the check. The
 * rest of the output has nowhere to go, so it is dropped, and the run ends with the exit code the
 * check itself reached (findings still fail a `set -o pipefail` pipeline), without a stack trace.
 * Any other write error still surfaces.
 */
function endQuietlyWhenReaderCloses(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    throw e;
  });
}

const data = workerData as {
  [WORKER_FLAG]?: boolean;
  input?: ScanInput;
  queue?: WorkQueue;
  [READER_FLAG]?: boolean;
  job?: ReaderJob;
} | null;
if (!isMainThread && data?.[WORKER_FLAG] && data.input && parentPort) {
  const port = parentPort;
  void runScanWorker(data.input, (m) => port.postMessage(m), data.queue);
} else if (!isMainThread && data?.[READER_FLAG] && data.job) {
  runScanReader(data.job);
} else {
  endQuietlyWhenReaderCloses(process.stdout);
  endQuietlyWhenReaderCloses(process.stderr);
  void main(process.argv.slice(2)).then(finish);
}
