// Run Integration's redactor on real text: how fast it masks output, and that its time grows
// linearly with the size of the output (1, 4 and 16 MB). The "output" is JavaScript from the
// provisioned code-server package (read at run time, never committed), streamed in 64 KB chunks
// over two streams, with three random values (a token, a password with escapable characters and
// a PEM key) injected.
//   node --import tsx bench/redact.ts
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRedactor } from '../client/src/runner/redact';

const cache = process.env.SECRETREF_TOOL_CACHE ?? join(__dirname, '..', '.vscode-test');
const root = join(cache, 'code-server', 'node_modules', 'code-server');

function corpus(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (size >= bytes) return;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(js|json|md)$/.test(name) && st.size < 2_000_000) {
        const text = readFileSync(p, 'utf8');
        parts.push(text);
        size += text.length;
      }
    }
  };
  walk(root);
  return parts.join('\n').slice(0, bytes);
}

const values = [
  `ghp_${randomBytes(18).toString('hex')}`,
  `${randomBytes(6).toString('base64url')}"'\\/+ é${randomBytes(6).toString('hex')}`,
  `-----BEGIN PRIVATE KEY-----\n${randomBytes(600)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PRIVATE KEY-----\n`,
];
const redactor = createRedactor(values);
const full = corpus(16 * 1024 * 1024);
console.log(`corpus: ${(full.length / 1048576).toFixed(1)} MB of ${root}`);
for (const mb of [1, 4, 16]) {
  const text = full.slice(0, mb * 1024 * 1024);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    let shown = 0;
    const out = redactor.output<'stdout' | 'stderr'>((t) => (shown += t.length));
    const t0 = process.hrtime.bigint();
    for (let i = 0, n = 0; i < text.length; i += 65536, n++) out.write(n % 2 ? 'stderr' : 'stdout', text.slice(i, i + 65536));
    out.end();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (shown !== text.length)
      throw new Error(`redacted output is ${shown} characters, input ${text.length}: something was masked in text with no value`);
  }
  const median = times.sort((a, b) => a - b)[1];
  console.log(
    `${mb} MB: median ${median.toFixed(0)} ms (${(mb / (median / 1000)).toFixed(1)} MB/s; runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
}
