// What SecretRef finds in real repositories of the platforms it reads (Flatfile listeners,
// Julep tasks, Ductape docs and SDK, integrations): every reference by form, every finding by
// code, and the findings in Markdown, where prose used to be read as credentials. The
// repositories are not in this repository: point it at checked-out copies, one folder each.
//   node --import tsx bench/realRepos.ts DIR…
// `test/unit/realRepos.test.ts` runs it on the copies it finds (see test/fixtures/real/README.md).
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { analyzeDocument } from '../server/src/analysis/analyze';
import { ParsedDocument } from '../server/src/analysis/document';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS, type AnalysisDiagnostic, type Reference } from '../server/src/analysis/model/types';
import { fileUri } from '../server/src/workspace/workspaceIndex';
import { listProjectFiles } from '../server/src/workspace/files';

export interface FileResult {
  /** Relative to the repository, with `/`. */
  file: string;
  references: Array<Pick<Reference, 'name' | 'dialect'> & { line: number }>;
  findings: Array<Pick<AnalysisDiagnostic, 'code' | 'message'> & { line: number }>;
}

export interface RepoResult {
  repo: string;
  files: number;
  results: FileResult[];
}

/**
 * Every project file of the repository at `dir`, analysed with an empty store: every reference is
 * found (and reported unknown), and a finding that names no reference is about the code itself.
 */
export async function measureRepository(dir: string): Promise<RepoResult> {
  const files = await listProjectFiles(dir, {});
  const results: FileResult[] = [];
  for (const abs of files) {
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    if (text.length > DEFAULT_SETTINGS.maxParseBytes) continue;
    const doc = new ParsedDocument({ uri: fileUri(abs), text });
    const { references, diagnostics } = analyzeDocument(doc, new StoreSnapshot([]), DEFAULT_SETTINGS);
    if (references.length === 0 && diagnostics.length === 0) continue;
    results.push({
      file: relative(dir, abs).split('\\').join('/'),
      references: references.map((r) => ({ name: r.name, dialect: r.dialect, line: doc.positionAt(r.range.start).line + 1 })),
      findings: diagnostics.map((d) => ({ code: d.code, message: d.message, line: doc.positionAt(d.range.start).line + 1 })),
    });
  }
  return { repo: basename(dir), files: files.length, results };
}

/** Counts by key. */
export function tally<T>(items: Iterable<T>, key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function summary(r: RepoResult): string {
  const refs = r.results.flatMap((f) => f.references);
  const findings = r.results.flatMap((f) => f.findings);
  const markdown = r.results.filter((f) => /\.(?:md|markdown|mdx)$/i.test(f.file));
  return [
    `${r.repo}: ${r.files} files, ${r.results.length} with references or findings`,
    `  references by form: ${JSON.stringify(tally(refs, (x) => x.dialect))}`,
    `  findings by code:   ${JSON.stringify(tally(findings, (x) => x.code))}`,
    `  Markdown/MDX: ${markdown.length} files, ${markdown.flatMap((f) => f.references).length} references, ` +
      `${markdown.flatMap((f) => f.findings).filter((x) => x.code === 'hardcoded-secret').length} hardcoded-secret findings`,
  ].join('\n');
}

if (require.main === module) {
  void (async () => {
    for (const dir of process.argv.slice(2)) {
      const r = await measureRepository(join(process.cwd(), dir));
      console.log(summary(r));
      if (process.env.VERBOSE)
        for (const f of r.results) for (const x of f.findings) console.log(`    ${f.file}:${x.line} ${x.code} ${x.message}`);
    }
  })();
}
