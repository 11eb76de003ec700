// `secretref check | head -1`: the reader closes the pipe after one line while the CLI is still
// writing a long report. The built CLI as a process, its stdout read by this test.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { CLI, ensureBuilt, makeRepo, manifest, type Repo } from './cliHarness';

before(ensureBuilt);

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  firstChunk: string;
  stderr: string;
}

/** Runs `secretref ARGS` and closes its stdout as soon as the first output arrives, as `head -1` does. */
function runAndCloseEarly(cwd: string, args: string[]): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstChunk = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`secretref did not end after its reader went away; stderr: ${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, firstChunk, stderr });
    });
  });
}

describe('a reader that stops after the first line', () => {
  let repo: Repo;
  // Far more report than a pipe buffers (64 KiB on Linux), so the CLI is still writing when the reader leaves.
  const N = 5000;
  before(() => {
    const lines = Array.from({ length: N }, (_, i) => `export const k${i} = '$Token{MISSING_${i}}';`);
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { STRIPE_KEY: { description: 'Stripe secret key' } } }),
      'src/many.ts': lines.join('\n') + '\n',
    });
  });
  after(() => repo.remove());

  for (const format of ['text', 'json'] as const) {
    it(`ends quietly with the check's own exit code (${format})`, async () => {
      const r = await runAndCloseEarly(repo.dir, ['check', '--format', format, '--no-color']);
      assert.ok(r.firstChunk.length > 0, 'the report began');
      assert.doesNotMatch(r.stderr, /EPIPE|Error|\n\s+at /, r.stderr);
      assert.equal(r.stderr, '');
      // Findings were found: the run still fails, as it would have with the whole report read.
      assert.deepEqual({ code: r.code, signal: r.signal }, { code: 1, signal: null });
    });
  }
});
