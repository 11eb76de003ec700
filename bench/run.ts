// `npm run bench`: measures the CLI's throughput against secretlint and ripgrep, editor
// latency over LSP, a cold index of 5,000 files, and check and cold index on a generated
// integration-heavy monorepo, then writes docs/benchmarks.md.
// Runs: BENCH_RUNS (throughput, default 5), BENCH_NPM_RUNS (the npm packages corpus, default 3), BENCH_SAMPLES (latency, default 200),
// BENCH_INDEX_RUNS (default 3, also the idle run pairs). BENCH_ONLY=monorepo, BENCH_ONLY=idle or
// BENCH_ONLY=throughput measures that section alone and replaces it in docs/benchmarks.md (and
// the notes; throughput also its two summary rows), leaving the other figures as they were.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { breakdown, type Phase } from './breakdown';
import { prepareCorpus, prepareNpmCorpus, type Corpus, type NpmCorpus } from './corpus';
import { hotFunctions, type HotFunction } from './cpuProfile';
import { measureIndex, measureLatency } from './editor';
import { measureExtensionIdle, type ExtensionIdleResult } from './idle';
import { integrationMonorepo } from './monorepo';
import { measureCredentialScan, type CredentialScanTiming } from './credentials';
import { fmtMs, machine } from './stats';
import { measureThroughput, RG_PATTERNS, type ToolRun } from './throughput';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs', 'benchmarks.md');
const NOTES = join(__dirname, 'NOTES.md');
const WORK = join(ROOT, '.bench');
const num = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
const log = (s: string) => process.stderr.write(s + '\n');

function verdict(ok: boolean, miss: string): string {
  return ok ? 'met' : `**missed**: ${miss}`;
}

function profileTable(fns: HotFunction[]): string {
  return [
    '| self time | share | function | where |',
    '|---:|---:|---|---|',
    ...fns.map(
      (f) => `| ${fmtMs(f.selfMs)} | ${(f.share * 100).toFixed(1)}% | \`${f.name.replace(/\|/g, '\\|').slice(0, 80)}\` | ${f.where} |`,
    ),
  ].join('\n');
}

const MONO_START = '<!-- monorepo section: written by npm run bench -->';
const MONO_END = '<!-- end of monorepo section -->';
const IDLE_START = '<!-- idle section: written by npm run bench -->';
const IDLE_END = '<!-- end of idle section -->';
const NOTES_START = '<!-- bench/NOTES.md follows -->';

/** Top self time of every profile in `dir` (the CLI's main thread and its workers), summed by function. */
function hotOfAll(dir: string, top: number): { totalMs: number; functions: HotFunction[] } | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return undefined;
  const all = files.map((f) => hotFunctions(join(dir, f), 1000));
  const totalMs = all.reduce((n, p) => n + p.totalMs, 0);
  const by = new Map<string, HotFunction>();
  for (const p of all)
    for (const f of p.functions) {
      const k = `${f.name}@${f.where}`;
      const had = by.get(k);
      by.set(k, { ...f, selfMs: (had?.selfMs ?? 0) + f.selfMs, share: 0 });
    }
  const functions = [...by.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top)
    .map((f) => ({ ...f, share: f.selfMs / totalMs }));
  return { totalMs, functions };
}

/** One profiled `secretref check` in `dir` (not timed): the top self time of its threads. */
function profileCheck(dir: string, profDir: string): ReturnType<typeof hotOfAll> {
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json'], {
    cwd: dir,
    maxBuffer: 512 * 2 ** 20,
  });
  return hotOfAll(profDir, 15);
}

const TP_START = '<!-- throughput section: written by npm run bench -->';
const TP_END = '<!-- end of throughput section -->';
const ROW_SECRETLINT = '| `secretref check` vs secretlint |';
const ROW_RG = '| `secretref check` vs rg |';
const ROW_NPM = '| `secretref check` vs secretlint, npm packages |';
const ROW_CRED = '| 5 MB `.env` of 178,000 credential assignments |';

/** The second throughput corpus (the precision test's packages) and the three tools' runs on it. */
interface NpmThroughput {
  corpus: NpmCorpus;
  tp: ToolRun[];
}

/** The summary's row for the npm packages corpus (issue 12's "corpus of several real npm packages"). */
function npmRow(npm: NpmThroughput): string {
  const [sr, sl] = npm.tp;
  const ratio = sl.median / sr.median;
  const cpu = Number.isNaN(sr.cpuMedian) ? '' : `; CPU ${sr.cpuMedian.toFixed(2)} s vs ${sl.cpuMedian.toFixed(2)} s`;
  return `${ROW_NPM} ${ratio.toFixed(2)}× as fast (${sr.median.toFixed(2)} s vs ${sl.median.toFixed(2)} s${cpu}) | ≥ 10× faster | ${verdict(ratio >= 10, `needs ${(10 / ratio).toFixed(1)}× more speed`)} |`;
}

/** The summary's row of the credential scan on a file of 178,000 findings: its whole analysis, as `check` runs it. */
function credRow(cred: CredentialScanTiming): string {
  const w = cred.whole;
  return `${ROW_CRED} ${fmtMs(w.ms)} (CPU ${fmtMs(w.cpuMs)}; the hardcoded-secret rule alone ${fmtMs(cred.rule.ms)}) | < 1 s | ${verdict(w.ms < 1000, `${(w.ms / 1000).toFixed(1)}× the target`)} |`;
}

function toolTable(tp: ToolRun[]): string {
  return `| tool | median | runs (s) | CPU, median | found |
|---|---:|---|---:|---|
${tp.map((t) => `| ${t.tool} | ${t.median.toFixed(3)} s | ${t.seconds.map((s) => s.toFixed(2)).join(', ')} | ${Number.isNaN(t.cpuMedian) ? '–' : `${t.cpuMedian.toFixed(2)} s`} | ${t.found} |`).join('\n')}`;
}

/** The summary's two throughput rows (issue 12: ≥ 10× as fast as secretlint, ≤ 10× rg's time). */
function throughputRows(tp: ToolRun[]): string {
  const [sr, sl, rg] = tp;
  const vsSecretlint = sl.median / sr.median;
  const vsRg = sr.median / rg.median;
  const cpu = Number.isNaN(sr.cpuMedian) ? '' : `; CPU ${sr.cpuMedian.toFixed(2)} s vs ${sl.cpuMedian.toFixed(2)} s`;
  return `${ROW_SECRETLINT} ${vsSecretlint.toFixed(2)}× as fast (${sr.median.toFixed(2)} s vs ${sl.median.toFixed(2)} s${cpu}) | ≥ 10× faster | ${verdict(vsSecretlint >= 10, `needs ${(10 / vsSecretlint).toFixed(1)}× more speed`)} |
${ROW_RG} ${vsRg.toFixed(1)}× rg's time (${sr.median.toFixed(2)} s vs ${rg.median.toFixed(3)} s) | within 10× | ${verdict(vsRg <= 10, `${(vsRg / 10).toFixed(1)}× over the limit`)} |`;
}

/** Section 1: the three tools on the code-server corpus, and where secretref's time goes. */
function throughputSection(
  corpus: Corpus,
  tp: ToolRun[],
  bd: Awaited<ReturnType<typeof breakdown>>,
  hot: ReturnType<typeof hotOfAll>,
  npm: NpmThroughput,
  cred: CredentialScanTiming,
): string {
  const mb = (corpus.bytes / 1e6).toFixed(0);
  return `${TP_START}
## 1. Throughput: \`secretref check\`, secretlint and rg on code-server

Corpus: the ${corpus.files} JavaScript, TypeScript, JSON and YAML files (${mb} MB) of the
installed \`code-server@${corpus.version}\` package (\`.vscode-test/code-server\`, put there
by \`npm run provision\`), copied to \`.bench/corpus\` with \`node_modules\`/\`dist\`/\`out\`
folders renamed so no tool skips them. Same files for all three tools, runs interleaved.

${toolTable(tp)}

CPU is user + system time of all the tool's threads (rg searches with one thread per CPU;
\`secretref check\` and secretlint scan in one, with V8's own threads beside it: \`check\` starts
scan threads only from 3 CPUs): on a shared machine it moves less with the load than the wall time does.

Commands (run in \`.bench/corpus\`):
${tp.map((t) => `- ${t.tool}: \`${t.command.length > 300 ? t.command.slice(0, 300) + ' …' : t.command}\``).join('\n')}

rg searches for ${RG_PATTERNS.length} of the credential formats of secretref's hardcoded-secret rule set;
secretlint runs \`@secretlint/secretlint-rule-preset-recommend\`; \`secretref check\` runs every
dialect (references) and every rule (scope, environments, expiry, integrations, logged and
hardcoded secrets).

### The same three tools on ${npm.corpus.packages.length} popular npm packages

Corpus: the ${npm.corpus.files} JavaScript, TypeScript, JSON and YAML files (${(npm.corpus.bytes / 1e6).toFixed(0)} MB) of the packages
the precision test reads (\`npm run bench:precision\`), each package's own files without its
dependencies, installed from the registry outside the repository and copied to
\`.bench/npm-corpus\` as above: ${npm.corpus.packages.map((p) => `\`${p}\``).join(', ')}.
Median of ${npm.tp[0].seconds.length} interleaved runs (\`BENCH_NPM_RUNS\`).

${toolTable(npm.tp)}

### One file of 178,000 findings

\`bench/credentials.ts\` (also \`npm run bench:credentials\`): a ${cred.mb.toFixed(2)} MB \`.env\` of 178,000
\`password="…"\` lines, each a finding, analysed in this process, median of ${tp[0].seconds.length} runs:

| measurement | wall | CPU | findings |
|---|---:|---:|---:|
| the file's whole analysis, as \`secretref check\` runs it | ${fmtMs(cred.whole.ms)} | ${fmtMs(cred.whole.cpuMs)} | ${cred.whole.n} |
| the hardcoded-secret rule alone | ${fmtMs(cred.rule.ms)} | ${fmtMs(cred.rule.cpuMs)} | ${cred.rule.n} |
| ${cred.oneLine.mb.toFixed(2)} MB on one line, a multi-line rule's matches | ${fmtMs(cred.oneLine.ms)} | ${fmtMs(cred.oneLine.cpuMs)} | ${cred.oneLine.n} |

### What dominates \`secretref check\`

The same analysis in one thread, timed per dialect and rule over the ${bd.files} files the
CLI checks (total ${fmtMs(bd.phases.reduce((n, p) => n + p.ms, 0))}):

${phaseTable(bd.phases)}

Slowest files: ${bd.slowest.map((s) => `\`${s.file}\` (${fmtMs(s.ms)})`).join(', ')}.

${hot ? `CPU profile of one \`secretref check\` (main thread and workers summed; top self time, of ${fmtMs(hot.totalMs)}):\n\n${profileTable(hot.functions)}\n` : ''}${TP_END}
`;
}

/** Section 4: `check` beside secretlint and the cold index, on the generated integration monorepo. */
async function monorepoSection(runs: number, indexRuns: number): Promise<string> {
  const integrations = num(process.env.BENCH_INTEGRATIONS, 2_000);
  const configs = num(process.env.BENCH_CONFIGS, 2_000);
  log(`4. integration monorepo: ${integrations} integrations, ${configs} configs`);
  const dir = join(WORK, 'monorepo');
  const make = (d: string) => integrationMonorepo(d, integrations, configs);
  const ws = make(dir);
  spawnSync('sync');
  const tp = measureThroughput(dir, runs, log);
  const [sr, sl] = tp;
  const bd = await breakdown(dir);
  const hot = profileCheck(dir, join(WORK, 'profiles-monorepo'));
  log('   cold index of the monorepo');
  const idx = await measureIndex(join(WORK, 'monorepo-index'), indexRuns, log, [], make);
  const ratio = sl.median / sr.median;
  return `${MONO_START}
## 4. An integration-heavy monorepo

Generated by \`bench/monorepo.ts\`: ${integrations} integration modules (\`metadata\` with
\`requiredSecrets\` and \`run(context, secrets)\`, as CommonJS, ES modules and TypeScript, reading
\`secrets.X\` and \`process.env.INTEGRATION_X\`), an event listener with \`event.secrets('X')\` beside
every tenth, and ${configs} configs (two YAML to one JSON) with \`$Token{}\`, \`$Secret{}\` and
\`{{Secrets.X}}\` under \`app:\` / \`env:\` keys: ${ws.files} files. Same run of \`npm run bench\`,
tools interleaved as in section 1.

| measurement | result | target | |
|---|---|---|---|
| \`secretref check\` vs secretlint | ${ratio.toFixed(2)}× as fast (${sr.median.toFixed(2)} s vs ${sl.median.toFixed(2)} s) | ≥ 3× faster | ${verdict(ratio >= 3, `needs ${(3 / ratio).toFixed(1)}× more speed`)} |
| cold index of the ${idx.files} files | ${fmtMs(idx.coldIndexMedian)} | < 3 s | ${verdict(idx.coldIndexMedian < 3000, `${(idx.coldIndexMedian / 3000).toFixed(1)}× the target`)} |
| server memory after indexing | ${idx.rssMedian.toFixed(0)} MB RSS | < 150 MB | ${verdict(idx.rssMedian < 150, `${(idx.rssMedian - 150).toFixed(0)} MB over`)} |

| tool | median | runs (s) | found |
|---|---:|---|---|
${tp.map((t) => `| ${t.tool} | ${t.median.toFixed(3)} s | ${t.seconds.map((x) => x.toFixed(2)).join(', ')} | ${t.found} |`).join('\n')}

Cold index runs: ${idx.coldIndexMs.map((ms) => fmtMs(ms)).join(', ')}; find references of \`${ws.hot.name}\`
(used in ${ws.hot.uses} files): ${fmtMs(idx.referencesMs)} (${idx.referencesFound} locations); rename: ${fmtMs(idx.renameMs)} (${idx.renameEdits} edits).

The same analysis in one thread, per dialect and rule, over the ${bd.files} files (total ${fmtMs(bd.phases.reduce((n, p) => n + p.ms, 0))}):

${phaseTable(bd.phases)}

${hot ? `CPU profile of one \`secretref check\` (main thread and workers summed; top self time, of ${fmtMs(hot.totalMs)}):\n\n${profileTable(hot.functions)}\n` : ''}${MONO_END}
`;
}

/** The twelve costliest phases of a breakdown, as a Markdown table (sections 1 and 4). */
function phaseTable(phases: Phase[]): string {
  return ['| phase | time |', '|---|---:|', ...phases.slice(0, 12).map((p) => `| ${p.phase} | ${fmtMs(p.ms)} |`)].join('\n');
}

function notesText(): string {
  return existsSync(NOTES) ? `\n${NOTES_START}\n${readFileSync(NOTES, 'utf8').trim()}\n` : '';
}

/** BENCH_ONLY=monorepo|idle: that section (and the notes) replaced in the last full report. */
async function sectionOnly(make: () => Promise<string>, start: string, end: string, what: string): Promise<void> {
  const m = machine();
  log(`machine: ${m.cpu}, ${m.nproc} CPUs, ${m.memoryGb} GB, node ${m.node}, load ${m.load}`);
  const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const section = `${await make()}
Measured on ${m.date}: ${m.cpu}, ${m.nproc} CPUs, ${m.memoryGb} GB RAM, node ${m.node}, load average ${m.load} when it started; ${what}.
`;
  const notesAt = old.includes(NOTES_START) ? old.indexOf(NOTES_START) : old.indexOf('\n## What dominates, and what was done about it');
  let body = (notesAt >= 0 ? old.slice(0, notesAt) : old).trimEnd() + '\n';
  body = replaceBetween(body, start, end, section);
  writeFileSync(OUT, body + notesText());
  log(`wrote ${OUT}`);
}

/** Section 5: the extension's cost in a workspace that never mentions a secret, in code-server. */
function idleSection(idle: ExtensionIdleResult): string {
  const mb = (x: number) => `${x.toFixed(1)} MB`;
  return `${IDLE_START}
## 5. A workspace that never mentions a secret

${idle.files} files of ordinary TS, JSON and YAML (\`bench/workspaces.ts\`, \`plainWorkspace\`), no
\`secretref.json\`, no reference, no integration, opened in code-server (real VS Code, as the
extension-host tests run it). \`bench/idleProbe.ts\` runs in the extension host: it activates
SecretRef (VS Code has usually done so already, for a JSONC file at start-up), opens
${idle.opened.map((f) => `\`${f}\``).join(', ')}, waits 5 s and reads the host's memory (after a
full garbage collection) and every language server process the host started (\`/proc\`).
Each run pair has a control run without SecretRef doing the same: the host's cost is its heap
with SecretRef minus without (two hosts' RSS differ by tens of MB either way, so the RSS
difference is shown only), and the memory figure adds the language servers' RSS. Activation is what the extension measures of its own
work: its bundle's module evaluation (first to last top-level statement) plus the \`activate()\` call (registering everything; the
secret store opens after it, in the background); V8's compile of the bundle before that is not in it. Between the two, VS Code
reads the extension's storage and runs other extensions' code before it calls \`activate()\`: that wait is shown apart (host wait).

| measurement | result | target | |
|---|---|---|---|
| activation | ${fmtMs(idle.activationMs)} (VS Code waited ${fmtMs(idle.hostWaitMs)} before calling \`activate()\`, not counted; the secret store opens ${fmtMs(idle.storeOpenMs)} after it, in the background) | < 100 ms | ${verdict(idle.activationMs < 100, `${(idle.activationMs / 100).toFixed(1)}× the target`)} |
| memory: extension host + language server | ${mb(idle.totalMb)} (host heap ${mb(idle.hostHeapDeltaMb)}, RSS ${mb(idle.hostRssDeltaMb)}; server ${mb(idle.serverRssMb)}) | < 30 MB | ${verdict(idle.totalMb < 30, `${(idle.totalMb - 30).toFixed(0)} MB over`)} |
| language server started | ${idle.serversStarted ? `yes (${idle.serversStarted})` : 'no'} | no | ${verdict(idle.serversStarted === 0, 'a server runs in a workspace that uses no secrets')} |
| workspace index built | ${idle.indexed ? 'yes' : 'no'} | no | ${verdict(!idle.indexed, 'the server indexed a workspace that uses no secrets')} |

| run | activation (store open after) | host wait | host RSS (control) | host heap (control) | servers |
|---|---:|---:|---:|---:|---:|
${idle.runs
  .map(
    ({ control: c, secretref: s }, i) =>
      `| ${i + 1} | ${s.activationMs === undefined ? '?' : fmtMs(s.activationMs)} (${s.storeOpenMs === undefined ? '?' : fmtMs(s.storeOpenMs)}) | ${s.hostWaitMs === undefined ? '?' : fmtMs(s.hostWaitMs)} | ${mb(s.after.rssMb)} (${mb(c.after.rssMb)}) | ${mb(s.after.heapMb)} (${mb(c.after.heapMb)}) | ${s.servers.length ? s.servers.map((p) => mb(p.rssMb)).join(', ') : 'none'} |`,
  )
  .join('\n')}
${IDLE_END}
`;
}

/** Replaces the part between `start` and `end` (markers included) of `body`, or appends `section`. */
function replaceBetween(body: string, start: string, end: string, section: string): string {
  const a = body.indexOf(start),
    b = body.indexOf(end);
  if (a < 0 || b < a) return body + '\n' + section;
  // The section ends with its marker, a blank line and its "Measured on" line: both go.
  const after = body.slice(b + end.length).replace(/^\n*(?:Measured on [^\n]*\n)?/, '');
  return body.slice(0, a) + section + after;
}

/** Section 1's measurements: throughput of the three tools, the per-phase breakdown and a profile of `check`. */
async function measureSection1(runs: number) {
  log('1. throughput on the code-server corpus');
  const corpus = prepareCorpus();
  const tp = measureThroughput(corpus.dir, runs, log);
  log('   breakdown of the analysis');
  const bd = await breakdown(corpus.dir);
  const hot = profileCheck(corpus.dir, join(WORK, 'profiles-throughput'));
  log('   the same tools on the npm packages corpus');
  const npmCorpus = prepareNpmCorpus(log);
  const npm: NpmThroughput = { corpus: npmCorpus, tp: measureThroughput(npmCorpus.dir, num(process.env.BENCH_NPM_RUNS, 3), log) };
  log('   one file of 178,000 credential findings');
  const cred = measureCredentialScan(runs);
  return { corpus, tp, bd, hot, npm, cred };
}

/** BENCH_ONLY=throughput: section 1 and its summary rows (and the notes) replaced in the last full report. */
async function throughputOnly(runs: number): Promise<void> {
  const m = machine();
  log(`machine: ${m.cpu}, ${m.nproc} CPUs, ${m.memoryGb} GB, node ${m.node}, load ${m.load}`);
  const { corpus, tp, bd, hot, npm, cred } = await measureSection1(runs);
  const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const notesAt = old.includes(NOTES_START) ? old.indexOf(NOTES_START) : old.indexOf('\n## What dominates, and what was done about it');
  let body = (notesAt >= 0 ? old.slice(0, notesAt) : old).trimEnd() + '\n';
  const section = `${throughputSection(corpus, tp, bd, hot, npm, cred)}
Measured on ${m.date}: ${m.cpu}, ${m.nproc} CPUs, ${m.memoryGb} GB RAM, node ${m.node}, load average ${m.load} when it started; median of ${runs} runs (\`BENCH_ONLY=throughput\`).
`;
  // A report from before the markers: its section 1 ends where section 2 starts.
  if (!body.includes(TP_START) && body.includes('\n## 1. Throughput') && body.includes('\n## 2. ')) {
    const a = body.indexOf('\n## 1. Throughput') + 1;
    const b = body.indexOf('\n## 2. ') + 1;
    body = body.slice(0, a) + TP_START + '\n' + TP_END + '\n\n' + body.slice(b);
  }
  body = replaceBetween(body, TP_START, TP_END, section);
  // The summary's rows only: section 4 has a row of the same name.
  const [rowSecretlint, rowRg] = throughputRows(tp).split('\n');
  const lines = body.split('\n');
  const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
  if (at(ROW_SECRETLINT) >= 0) lines[at(ROW_SECRETLINT)] = rowSecretlint;
  if (at(ROW_RG) >= 0) lines[at(ROW_RG)] = rowRg;
  if (at(ROW_NPM) >= 0) lines[at(ROW_NPM)] = npmRow(npm);
  else if (at(ROW_RG) >= 0) lines.splice(at(ROW_RG) + 1, 0, npmRow(npm));
  if (at(ROW_CRED) >= 0) lines[at(ROW_CRED)] = credRow(cred);
  else if (at(ROW_NPM) >= 0) lines.splice(at(ROW_NPM) + 1, 0, credRow(cred));
  body = lines.join('\n');
  writeFileSync(OUT, body + notesText());
  log(`wrote ${OUT}`);
}

async function main(): Promise<void> {
  const runs = num(process.env.BENCH_RUNS, 5);
  const samples = num(process.env.BENCH_SAMPLES, 200);
  const indexRuns = num(process.env.BENCH_INDEX_RUNS, 3);
  if (process.env.BENCH_ONLY === 'monorepo')
    return sectionOnly(
      () => monorepoSection(runs, indexRuns),
      MONO_START,
      MONO_END,
      `throughput median of ${runs} runs, index median of ${indexRuns}`,
    );
  if (process.env.BENCH_ONLY === 'idle')
    return sectionOnly(
      async () => idleSection(await measureExtensionIdle(WORK, indexRuns, log)),
      IDLE_START,
      IDLE_END,
      `${indexRuns} run pairs, medians`,
    );
  if (process.env.BENCH_ONLY === 'throughput') return throughputOnly(runs);
  const m = machine();
  log(`machine: ${m.cpu}, ${m.nproc} CPUs, ${m.memoryGb} GB, node ${m.node}, load ${m.load}`);

  const { corpus, tp, bd, hot, npm, cred } = await measureSection1(runs);

  log('2. editor latency over LSP');
  const profDir = join(WORK, 'profiles');
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  // Timed without the profiler (it slows the server down), then profiled in a shorter run of its own.
  const lat = await measureLatency(samples);
  log(
    `   completion p50 ${fmtMs(lat.completion.p50)} p99 ${fmtMs(lat.completion.p99)}; diagnostics p50 ${fmtMs(lat.diagnostics.p50)} p99 ${fmtMs(lat.diagnostics.p99)}`,
  );
  await measureLatency(Math.min(samples, 60), ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  const latProfile = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  const latHot = latProfile.length ? hotFunctions(join(profDir, latProfile[0]), 12) : undefined;

  log('3. cold index of 5,000 files');
  const idxProfDir = join(WORK, 'profiles-index');
  rmSync(idxProfDir, { recursive: true, force: true });
  mkdirSync(idxProfDir, { recursive: true });
  const idx = await measureIndex(join(WORK, 'ws5000'), indexRuns, log);
  log('   profiled run (not counted)');
  await measureIndex(join(WORK, 'ws5000'), 1, log, ['--cpu-prof', `--cpu-prof-dir=${idxProfDir}`]);
  const idxProfile = readdirSync(idxProfDir).filter((f) => f.endsWith('.cpuprofile'));
  const idxHot = idxProfile.length ? hotFunctions(join(idxProfDir, idxProfile[0]), 12) : undefined;

  const mono = await monorepoSection(runs, indexRuns);
  log('5. a workspace of 5,000 files that never mentions a secret, in code-server');
  const idle = await measureExtensionIdle(WORK, indexRuns, log);

  const section1 = throughputSection(corpus, tp, bd, hot, npm, cred);
  const md = `# Benchmarks

Produced by \`npm run bench\` (bench/run.ts); every figure below is from one run of it.
Re-run it on a quiet machine to compare: it prints each timing as it goes.

| | |
|---|---|
| date | ${m.date} |
| machine | ${m.cpu}, ${m.nproc} CPUs (nproc), ${m.memoryGb} GB RAM, ${m.os} |
| node | ${m.node} |
| load average when the run started | ${m.load} (1, 5, 15 min) |
| runs | throughput: median of ${runs}; latency: ${samples} samples after 10 warm-up; index: median of ${indexRuns} |

${
  Number(m.load.split(' ')[0]) > m.nproc
    ? `> **The machine was busy**: load average ${m.load.split(' ')[0]} on ${m.nproc} CPUs when the run started
> (other jobs shared it). Absolute times are inflated by roughly the load divided by the CPU
> count; the throughput ratios hold better, because the three tools ran interleaved.\n`
    : ''
}
## Summary

| measurement | result | target | |
|---|---|---|---|
${throughputRows(tp)}
${npmRow(npm)}
${credRow(cred)}
| completion after a one-character edit | p50 ${fmtMs(lat.completion.p50)}, p99 ${fmtMs(lat.completion.p99)} | p99 < 5 ms | ${verdict(lat.completion.p99 < 5, `p99 is ${(lat.completion.p99 / 5).toFixed(1)}× the target`)} |
| diagnostics after a one-character edit | p50 ${fmtMs(lat.diagnostics.p50)}, p99 ${fmtMs(lat.diagnostics.p99)} | p99 < 20 ms | ${verdict(lat.diagnostics.p99 < 20, `p99 is ${(lat.diagnostics.p99 / 20).toFixed(1)}× the target`)} |
| cold index of ${idx.files} files | ${fmtMs(idx.coldIndexMedian)} | < 3 s | ${verdict(idx.coldIndexMedian < 3000, `${(idx.coldIndexMedian / 3000).toFixed(1)}× the target`)} |
| server memory after indexing | ${idx.rssMedian.toFixed(0)} MB RSS | < 150 MB | ${verdict(idx.rssMedian < 150, `${(idx.rssMedian - 150).toFixed(0)} MB over`)} |
| find references, secret used in ${idx.hotUses} places | ${fmtMs(idx.referencesMs)} (${idx.referencesFound} locations) | < 200 ms | ${verdict(idx.referencesMs < 200, `${(idx.referencesMs / 200).toFixed(1)}× the target`)} |
| rename of that secret | ${fmtMs(idx.renameMs)} (${idx.renameEdits} edits) | < 200 ms | ${verdict(idx.renameMs < 200, `${(idx.renameMs / 200).toFixed(1)}× the target`)} |
| ${idle.files} files, no secret anywhere: activation (SecretRef's own: module evaluation and \`activate()\`) | ${fmtMs(idle.activationMs)}; VS Code waited ${fmtMs(idle.hostWaitMs)} more before calling \`activate()\` | < 100 ms | ${verdict(idle.activationMs < 100, `${(idle.activationMs / 100).toFixed(1)}× the target`)} |
| same: extension host + server memory | ${idle.totalMb.toFixed(1)} MB | < 30 MB | ${verdict(idle.totalMb < 30, `${(idle.totalMb - 30).toFixed(0)} MB over`)} |
| same: index build | ${idle.indexed ? 'built' : 'none'} | none | ${verdict(!idle.indexed, 'the server indexed a workspace that uses no secrets')} |

${section1}## 2. Editor latency over LSP

The real server (\`node dist/server.js --stdio\`) with ${lat.secrets} secrets in
\`initializationOptions\`, a ${lat.lines}-line TypeScript file open. Each sample: one
character typed in a \`$Token{SERVICE_\` name slot, then \`textDocument/completion\` there
(up to ${lat.completion.items} items: as digits are typed and deleted the prefix matches all 2,000 names, some, or none; the server sends at most 100 per answer); one character typed elsewhere, then the pull
\`textDocument/diagnostic\` an editor sends (${lat.diagnostics.count} diagnostics). Time is
from sending the request to its answer, measured in the client.

| request | p50 | p99 |
|---|---:|---:|
| completion | ${fmtMs(lat.completion.p50)} | ${fmtMs(lat.completion.p99)} |
| diagnostics | ${fmtMs(lat.diagnostics.p50)} | ${fmtMs(lat.diagnostics.p99)} |

${latHot ? `CPU profile of the server in a separate profiled run of the same samples (top self time, of ${fmtMs(latHot.totalMs)}):\n\n${profileTable(latHot.functions)}` : ''}

## 3. Cold index, memory, references and rename

A generated workspace of ${idx.files} files (TS modules, JSON configs, YAML tasks, 40–60 lines
each, \`bench/workspaces.ts\`) with one secret used in ${idx.hotUses} of them. Cold index:
from \`initialized\` to the end of the server's indexing progress. RSS read from
\`/proc/PID/status\` right after.

| run | cold index | RSS |
|---|---:|---:|
${idx.coldIndexMs.map((ms, i) => `| ${i + 1} | ${fmtMs(ms)} | ${idx.rssMb[i].toFixed(0)} MB |`).join('\n')}

Find references: ${fmtMs(idx.referencesMs)} median (${idx.referencesFound} locations, declaration included);
rename: ${fmtMs(idx.renameMs)} median (${idx.renameEdits} edits).

${idxHot ? `CPU profile of the server in an extra profiled run, not counted above (top self time, of ${fmtMs(idxHot.totalMs)}):\n\n${profileTable(idxHot.functions)}` : ''}

${mono}
${idleSection(idle)}`;
  // What the figures mean and what was changed for them: written by people, kept with the bench.
  const notes = notesText();
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(OUT, md + notes);
  log(`wrote ${OUT}`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
