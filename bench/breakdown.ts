// Where the time of `secretref check` goes: the corpus analyzed in this process, timed
// per phase (reading, each dialect's references, each rule). A CPU profile names
// functions; this names the modules their owners can speed up.
import { readFileSync } from 'node:fs';
import { enabledDialects } from '../server/src/analysis/analyze';
import { ParsedDocument } from '../server/src/analysis/document';
import { RULES } from '../server/src/analysis/rules';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS, type Reference } from '../server/src/analysis/model/types';
import { listProjectFiles } from '../server/src/workspace/files';

export interface Phase {
  phase: string;
  ms: number;
}

export async function breakdown(corpus: string): Promise<{ files: number; phases: Phase[]; slowest: Array<{ file: string; ms: number }> }> {
  const files = await listProjectFiles(corpus, { maxFileSize: 100_000_000 });
  const t = new Map<string, number>();
  const add = (k: string, ms: number) => t.set(k, (t.get(k) ?? 0) + ms);
  const store = new StoreSnapshot([]);
  const settings = DEFAULT_SETTINGS;
  const dialects = enabledDialects(settings);
  const perFile: Array<{ file: string; ms: number }> = [];
  for (const f of files) {
    let a = performance.now();
    const text = readFileSync(f, 'utf8');
    add('read files', performance.now() - a);
    const f0 = performance.now();
    // Scopes as `check` reads them: only when some secret depends on one (`StoreSnapshot.scopesMatter`).
    const doc = new ParsedDocument({ uri: 'file://' + f, text, scopes: store.scopesMatter }, settings.maxParseBytes);
    // Timed on its own: else it counts for whichever dialect asks the first prefilter.
    a = performance.now();
    void doc.keywords;
    add('keyword pass (every prefilter and credential keyword)', performance.now() - a);
    const references: Reference[] = [];
    for (const d of dialects) {
      a = performance.now();
      if (d.mayContain(doc)) references.push(...d.find(doc, settings));
      add(`dialect ${d.id} (prefilter + find)`, performance.now() - a);
    }
    references.sort((x, y) => x.range.start - y.range.start);
    const ctx = { doc, references, store, settings, now: new Date() };
    for (const r of RULES) {
      a = performance.now();
      r.check(ctx);
      add(`rule ${r.id}`, performance.now() - a);
    }
    perFile.push({ file: f.slice(corpus.length + 1), ms: performance.now() - f0 });
  }
  const phases = [...t.entries()].map(([phase, ms]) => ({ phase, ms })).sort((x, y) => y.ms - x.ms);
  perFile.sort((x, y) => y.ms - x.ms);
  return { files: files.length, phases, slowest: perFile.slice(0, 5) };
}
