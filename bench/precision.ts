// `npm run bench:precision`: how often hardcoded-secret fires on popular npm packages that hold
// no credentials. Every finding there is a false one (or a credential-shaped example value a
// maintainer left in): the target is at most 1 per 1,000 files. The packages are installed
// from the registry into a folder outside the repository (PRECISION_CORPUS, default
// /tmp/corpus) and read at run time; nothing of them is committed.
//
// It runs the CLI's own per-file analysis (scan.ts's analyzeText) over every file the CLI would
// read by default, dist/ and build/ folders included (they are most of a package), and prints
// files, findings, findings per 1,000 files and the shapes that fire most. A value is never
// printed: only its kind, the name it would be stored as and its shape (letters → a/A, digits → 9).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { analyzeText } from '../server/src/cli/scan';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../server/src/analysis/model/types';
import { DEFAULT_INCLUDE } from '../server/src/workspace/files';
import { PRECISION_CORPUS, PRECISION_PACKAGES } from './corpus';
import { machine } from './stats';

const CORPUS = process.env.PRECISION_CORPUS ?? process.argv[2] ?? PRECISION_CORPUS;
const MAX_FILE = 5_000_000;
const included = picomatch(DEFAULT_INCLUDE, { dot: true });

function walk(dir: string, root: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    // A package's own dependencies are other packages (counted once, at the top, if listed).
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') walk(p, root, out);
    } else if (e.isFile() && included(relative(root, p))) out.push(p);
  }
}

/** `sk_live_4eC3…` → `aa_aaaa_9aA9…`: what a value looks like, never what it is. */
function shapeOf(v: string): string {
  const s = v.slice(0, 20).replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A').replace(/[0-9]/g, '9');
  return v.length > 20 ? `${s}… (${v.length})` : s;
}

function main(): void {
  const nm = join(CORPUS, 'node_modules');
  const listed = PRECISION_PACKAGES.map((p) => p.replace(/(?<=.)@[^/]*$/, ''));
  // PRECISION_ALL=1: every package in the corpus folder, the listed ones' dependencies too.
  const names =
    process.env.PRECISION_ALL === '1'
      ? readdirSync(nm)
          .filter((d) => !d.startsWith('.'))
          .flatMap((d) => (d.startsWith('@') ? readdirSync(join(nm, d)).map((x) => `${d}/${x}`) : [d]))
          .filter((d) => existsSync(join(nm, d, 'package.json')))
      : listed;
  const missing = listed.filter((n) => !existsSync(join(nm, n, 'package.json')));
  if (missing.length > 0) {
    process.stderr.write(
      `The precision corpus is missing ${missing.join(', ')} in ${nm}. Install it outside the repository with:\n` +
        `  mkdir -p ${CORPUS} && cd ${CORPUS} && npm init -y >/dev/null && npm install --ignore-scripts --no-audit --no-fund ${PRECISION_PACKAGES.join(' ')}\n`,
    );
    process.exit(2);
  }
  const store = new StoreSnapshot([]);
  const now = new Date();
  let files = 0,
    bytes = 0,
    findings = 0;
  const perPackage: Array<{ pkg: string; files: number; findings: number }> = [];
  const shapes = new Map<string, number>();
  const examples = new Map<string, string>();
  const t0 = process.hrtime.bigint();
  for (const name of names) {
    const root = join(nm, name);
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const list: string[] = [];
    walk(root, root, list);
    let n = 0;
    for (const f of list) {
      if (statSync(f).size > MAX_FILE) continue;
      const text = readFileSync(f, 'utf8');
      files++;
      bytes += text.length;
      const r = analyzeText(f, relative(nm, f), text, store, DEFAULT_SETTINGS, now);
      for (const x of r.findings) {
        if (x.code !== 'hardcoded-secret') continue;
        n++;
        const lineText = text.split('\n')[x.line - 1] ?? '';
        const value = x.line === x.endLine ? lineText.slice(x.column - 1, x.endColumn - 1) : lineText.slice(x.column - 1);
        const ext = /\.[^./]+$/.exec(f)?.[0] ?? '';
        const key = `${x.severity} ${x.message.replace(/^Hardcoded (.*) credential.*$/, '$1')} ${ext} ${shapeOf(value)}`;
        shapes.set(key, (shapes.get(key) ?? 0) + 1);
        if (!examples.has(key)) examples.set(key, `${relative(nm, f)}:${x.line}`);
      }
    }
    perPackage.push({ pkg: `${name}@${version}`, files: list.length, findings: n });
    findings += n;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = machine();
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`precision of hardcoded-secret on ${CORPUS} (${new Date().toISOString().slice(0, 16)}Z; ${m.cpu}, ${m.nproc} CPUs, node ${m.node})`);
  out('');
  out('| package | files | findings |');
  out('|---|---:|---:|');
  for (const p of perPackage) if (process.env.PRECISION_ALL !== '1' || p.findings > 0) out(`| ${p.pkg} | ${p.files} | ${p.findings} |`);
  out(`| **all** | **${files}** | **${findings}** |`);
  out('');
  out(
    `${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${findings} findings: ${((findings * 1000) / files).toFixed(2)} per 1,000 files (target ≤ 1) in ${seconds.toFixed(1)} s`,
  );
  const top = [...shapes.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PRECISION_TOP ?? 25));
  if (top.length > 0) {
    out('');
    out('top shapes (severity, kind, file type, value shape; first place):');
    for (const [k, n] of top) out(`${String(n).padStart(6)}  ${k}  ${examples.get(k)}`);
  }
}

main();
