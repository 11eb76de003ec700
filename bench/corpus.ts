// The throughput corpus: the JavaScript, TypeScript, JSON and YAML files of the installed
// code-server package (code no one here wrote), copied into .bench/corpus so every tool
// scans the same bytes. Folders named node_modules or dist are renamed, because the tools
// skip them by default and most of the corpus is inside them.
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

const SKIPPED_BY_DEFAULT = new Set(['node_modules', 'dist', 'out', 'build', '.git', '.vscode-test']);

const WANTED = /\.(?:js|mjs|cjs|ts|mts|cts|json|ya?ml)$/i;

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
  /** code-server's version, so the report says what was scanned. */
  version: string;
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && WANTED.test(e.name)) out.push(p);
  }
}

export function prepareCorpus(): Corpus {
  if (!existsSync(join(CODE_SERVER, 'package.json'))) {
    throw new Error(
      `code-server is not installed at ${CODE_SERVER}: run  npm run provision  first (it installs code-server for the real-editor tests).`,
    );
  }
  const version = (JSON.parse(readFileSync(join(CODE_SERVER, 'package.json'), 'utf8')) as { version: string }).version;
  const marker = join(CORPUS, '.corpus-of');
  const files: string[] = [];
  walk(CODE_SERVER, files);
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== `${version} ${files.length} ${bytes}`) {
    rmSync(CORPUS, { recursive: true, force: true });
    for (const f of files) {
      const rel = relative(CODE_SERVER, f)
        .split('/')
        .map((s) => (SKIPPED_BY_DEFAULT.has(s) ? s + '_' : s))
        .join('/');
      const to = join(CORPUS, rel);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(f, to);
    }
    // A repository root, so paths in reports are relative to the corpus.
    mkdirSync(join(CORPUS, '.git'), { recursive: true });
    // The corpus has minified bundles up to 20 MB; every tool must read all of them to compare fairly.
    mkdirSync(join(CORPUS, '.vscode'), { recursive: true });
    writeFileSync(join(CORPUS, '.vscode', 'settings.json'), JSON.stringify({ 'secretref.maxFileSize': 100_000_000 }, null, 2));
    writeFileSync(
      join(CORPUS, '.secretlintrc.json'),
      JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2),
    );
    writeFileSync(marker, `${version} ${files.length} ${bytes}`);
  }
  return { dir: CORPUS, files: files.length, bytes, version };
}
