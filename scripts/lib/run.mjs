// Runs a command with no stdin, its output shown as it comes and kept for the caller to read
// (a test layer's counts, vsce's warnings).
import { spawn } from 'node:child_process';

/** Resolves with the exit code (1 when killed by a signal) and everything it printed, stdout and stderr. */
export function runShown(cmd, args, options = {}) {
  return new Promise((resolve) => {
    // No stdin: a tool that asks a question (vsce's "continue? [y/N]") aborts instead of waiting.
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });
}
