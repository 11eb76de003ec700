// Throughput on the code-server corpus: `secretref check` beside secretlint (recommended
// preset) and ripgrep searching for the same credential shapes, interleaved run by run so
// a busy machine slows all three alike; medians of several runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats';

const ROOT = join(__dirname, '..');

/**
 * Twelve of the most common credential formats of secretref's hardcoded-secret rule set
 * (server/src/analysis/credentials/rules/, 80 rules), in ripgrep's syntax (no look-around). ripgrep only finds them; secretref also parses references,
 * integrations and log calls, and secretlint runs its own rule set. Word boundaries are
 * ASCII (`(?-u:\b)`): a Unicode \b makes ripgrep leave its DFA on non-ASCII text and
 * run about a hundred times slower, which would flatter the others.
 */
export const RG_PATTERNS = [
  String.raw`\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,}`,
  String.raw`\b(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36,}|\bgithub_pat_[0-9A-Za-z_]{50,}`,
  String.raw`\bxox[abposr]-[0-9A-Za-z]{6,}(?:-[0-9A-Za-z]{4,})+`,
  String.raw`https://hooks\.slack\.com/services/T[0-9A-Z]{6,}/B[0-9A-Z]{6,}/[0-9A-Za-z]{20,}`,
  String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b`,
  String.raw`\bAIza[0-9A-Za-z_-]{35}`,
  String.raw`\bGOCSPX-[0-9A-Za-z_-]{28}`,
  String.raw`\bsk-ant-[a-z]+\d*-[0-9A-Za-z_-]{32,}`,
  String.raw`\bsk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{32,}`,
  String.raw`\bSK[0-9a-f]{32}\b`,
  String.raw`\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}`,
  String.raw`-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY`,
].map((p) => p.replace(/\\b/g, '(?-u:\\b)'));

export interface ToolRun {
  tool: string;
  command: string;
  /** Wall-clock seconds of each run. */
  seconds: number[];
  median: number;
  /** CPU seconds (user + system, all threads) of each run, where the system tells (Linux): what a busy machine inflates least. */
  cpuSeconds: number[];
  cpuMedian: number;
  /** What the tool reported (findings or matching lines), from the last run. */
  found: string;
}

interface Tool {
  tool: string;
  argv: string[];
  env?: Record<string, string>;
  /** Exit codes that mean "ran fine" (1 = found something, for all three). */
  ok: number[];
  found(stdout: string): string;
}

function tools(corpus: string): Tool[] {
  const rg = [
    'rg',
    '--no-ignore',
    '--hidden',
    '--count-matches',
    '--no-messages',
    '-g',
    '*.{js,mjs,cjs,ts,mts,cts,json,yaml,yml}',
    ...RG_PATTERNS.flatMap((p) => ['-e', p]),
    '.',
  ];
  return [
    {
      tool: 'secretref check',
      argv: [process.execPath, join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json'],
      ok: [0, 1],
      found: (out) => {
        const r = JSON.parse(out) as { summary: { files: number; errors: number; warnings: number; notes: number } };
        return `${r.summary.errors + r.summary.warnings + r.summary.notes} findings in ${r.summary.files} files`;
      },
    },
    {
      tool: 'secretlint (preset-recommend)',
      argv: [
        process.execPath,
        join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js'),
        '**/*.{js,mjs,cjs,ts,mts,cts,json,yaml,yml}',
        '--format',
        'json',
        '--no-gitignore',
        '--secretlintrc',
        join(corpus, '.secretlintrc.json'),
      ],
      ok: [0, 1],
      found: (out) => {
        try {
          const r = JSON.parse(out) as Array<{ messages: unknown[] }>;
          return `${r.reduce((n, f) => n + f.messages.length, 0)} findings`;
        } catch {
          return 'unparsed output';
        }
      },
    },
    {
      tool: 'rg (same credential shapes)',
      argv: rg,
      ok: [0, 1],
      found: (out) =>
        `${out
          .split('\n')
          .filter(Boolean)
          .reduce((n, l) => n + Number(l.slice(l.lastIndexOf(':') + 1) || 0), 0)} matches`,
    },
  ];
}

export function commandLine(argv: string[]): string {
  return argv.map((a) => (a.startsWith('/') ? a.replace(ROOT + '/', '') : /[\s*{}|()\\]/.test(a) ? `'${a}'` : a)).join(' ');
}

/**
 * CPU seconds of this process's finished children (user + system, fields 16 and 17 of
 * /proc/self/stat, in clock ticks of 1/100 s), or undefined where there is no /proc.
 */
function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return undefined;
  }
}

export function measureThroughput(corpus: string, runs: number, log: (s: string) => void): ToolRun[] {
  const ts = tools(corpus);
  const results: ToolRun[] = ts.map((t) => ({
    tool: t.tool,
    command: commandLine(t.argv.slice(t.tool === 'rg (same credential shapes)' ? 0 : 1)),
    seconds: [],
    median: NaN,
    cpuSeconds: [],
    cpuMedian: NaN,
    found: '',
  }));
  // One warm-up of each fills the page cache, so every timed run reads from memory.
  for (let round = -1; round < runs; round++) {
    ts.forEach((t, i) => {
      const cpu0 = childrenCpu();
      const started = process.hrtime.bigint();
      const r = spawnSync(t.argv[0], t.argv.slice(1), {
        cwd: corpus,
        encoding: 'utf8',
        maxBuffer: 512 * 2 ** 20,
        env: { ...process.env, ...t.env },
      });
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = cpu0 === undefined ? undefined : (childrenCpu() ?? cpu0) - cpu0;
      if (r.error) throw new Error(`${t.tool} could not run: ${r.error.message}`);
      if (!t.ok.includes(r.status ?? -1)) throw new Error(`${t.tool} failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 2000)}`);
      if (round >= 0) {
        results[i].seconds.push(s);
        if (cpu !== undefined) results[i].cpuSeconds.push(cpu);
        results[i].found = t.found(r.stdout);
      }
      log(`  ${round < 0 ? 'warm-up' : `run ${round + 1}/${runs}`}  ${t.tool}: ${s.toFixed(2)} s`);
    });
  }
  for (const r of results) {
    r.median = median(r.seconds);
    r.cpuMedian = median(r.cpuSeconds);
  }
  return results;
}
