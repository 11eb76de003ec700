// The throughput corpora: the JavaScript, TypeScript, JSON and YAML files of the installed
// code-server package, and of the popular npm packages the precision test reads (code no one
// here wrote), copied into .bench/ so every tool scans the same bytes. Folders named
// node_modules or dist are renamed, because the tools skip them by default and most of each
// corpus is inside them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// The provisioned tools live in SECRETREF_TOOL_CACHE when it is set (a shared, read-only cache).
export const CODE_SERVER = join(
  process.env.SECRETREF_TOOL_CACHE ?? join(__dirname, '..', '.vscode-test'),
  'code-server',
  'node_modules',
  'code-server',
);
export const CORPUS = join(__dirname, '..', '.bench', 'corpus');
export const NPM_CORPUS = join(__dirname, '..', '.bench', 'npm-corpus');

/**
 * Popular packages with syntax tables, API examples, SDK code and docs, and no credentials: the
 * precision test's corpus (`npm run bench:precision`) and the second throughput corpus.
 */
export const PRECISION_PACKAGES = [
  'monaco-editor',
  'aws-sdk@2',
  'typescript',
  'eslint',
  'lodash',
  'react-dom',
  '@babel/core',
  'webpack',
  'googleapis',
  'rxjs',
  'moment',
  'three',
  'vue',
  '@angular/core',
  'express',
  'axios',
  'prettier',
  'jquery',
];
/** Where the packages are installed from the registry (outside the repository: nothing of them is committed). */
export const PRECISION_CORPUS = process.env.PRECISION_CORPUS ?? '/tmp/corpus';

const SKIPPED_BY_DEFAULT = new Set(['node_modules', 'dist', 'out', 'build', '.git', '.vscode-test']);

const WANTED = /\.(?:js|mjs|cjs|ts|mts|cts|json|ya?ml)$/i;

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
  /** code-server's version, so the report says what was scanned. */
  version: string;
}

/** `nested`: whether to go into node_modules folders (code-server's bundled dependencies) or not (a package's own dependencies are other packages). */
function walk(dir: string, out: string[], nested = true): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (nested || e.name !== 'node_modules') walk(p, out, nested);
    } else if (e.isFile() && WANTED.test(e.name)) out.push(p);
  }
}

/** Copies `files` (under `from`) to `to`, once: again only when the marker says the source changed. */
function copyCorpus(from: string, files: string[], to: string, marker: string): void {
  const markerFile = join(to, '.corpus-of');
  if (existsSync(markerFile) && readFileSync(markerFile, 'utf8') === marker) return;
  rmSync(to, { recursive: true, force: true });
  for (const f of files) {
    const rel = relative(from, f)
      .split('/')
      .map((s) => (SKIPPED_BY_DEFAULT.has(s) ? s + '_' : s))
      .join('/');
    const dest = join(to, rel);
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(f, dest);
  }
  // A repository root, so paths in reports are relative to the corpus.
  mkdirSync(join(to, '.git'), { recursive: true });
  // The corpora have minified bundles up to 20 MB; every tool must read all of them to compare fairly.
  mkdirSync(join(to, '.vscode'), { recursive: true });
  writeFileSync(join(to, '.vscode', 'settings.json'), JSON.stringify({ 'secretref.maxFileSize': 100_000_000 }, null, 2));
  writeFileSync(
    join(to, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2),
  );
  writeFileSync(markerFile, marker);
}

const byteCount = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);

export function prepareCorpus(): Corpus {
  if (!existsSync(join(CODE_SERVER, 'package.json'))) {
    throw new Error(
      `code-server is not installed at ${CODE_SERVER}: run  npm run provision  first (it installs code-server for the real-editor tests).`,
    );
  }
  const version = (JSON.parse(readFileSync(join(CODE_SERVER, 'package.json'), 'utf8')) as { version: string }).version;
  const files: string[] = [];
  walk(CODE_SERVER, files);
  const bytes = byteCount(files);
  copyCorpus(CODE_SERVER, files, CORPUS, `${version} ${files.length} ${bytes}`);
  return { dir: CORPUS, files: files.length, bytes, version };
}

export interface NpmCorpus {
  dir: string;
  files: number;
  bytes: number;
  /** name@version of each package, so the report says what was scanned. */
  packages: string[];
}

/** The precision packages' own files (not their dependencies), installed into PRECISION_CORPUS first if missing. */
export function prepareNpmCorpus(log: (s: string) => void): NpmCorpus {
  const nm = join(PRECISION_CORPUS, 'node_modules');
  const names = PRECISION_PACKAGES.map((p) => p.replace(/(?<=.)@[^/]*$/, ''));
  if (names.some((n) => !existsSync(join(nm, n, 'package.json')))) {
    log(`   installing ${PRECISION_PACKAGES.length} packages from the registry into ${PRECISION_CORPUS} (once)`);
    mkdirSync(PRECISION_CORPUS, { recursive: true });
    if (!existsSync(join(PRECISION_CORPUS, 'package.json'))) writeFileSync(join(PRECISION_CORPUS, 'package.json'), '{"private":true}\n');
    const r = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...PRECISION_PACKAGES], {
      cwd: PRECISION_CORPUS,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`npm install of the npm corpus into ${PRECISION_CORPUS} failed (exit ${r.status})`);
  }
  const files: string[] = [];
  const packages: string[] = [];
  for (const n of names) {
    walk(join(nm, n), files, false);
    packages.push(`${n}@${(JSON.parse(readFileSync(join(nm, n, 'package.json'), 'utf8')) as { version: string }).version}`);
  }
  const bytes = byteCount(files);
  copyCorpus(nm, files, NPM_CORPUS, `${packages.join(' ')} ${files.length} ${bytes}`);
  return { dir: NPM_CORPUS, files: files.length, bytes, packages };
}
