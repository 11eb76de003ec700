// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time per function, so
// docs/benchmarks.md can say what dominates a run in a few lines.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  /** Where it is: the module path shortened to what identifies it. */
  where: string;
  selfMs: number;
  share: number;
}

function shortUrl(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const m = /(dist|server|bench|client)\/.*$/.exec(url);
  return m ? m[0] : url.replace(/^file:\/\//, '');
}

export function hotFunctions(file: string, top = 10): { totalMs: number; functions: HotFunction[] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (deltas[i] ?? 0));
  const agg = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (!n) continue;
    const name = n.callFrame.functionName || '(anonymous)';
    const where = `${shortUrl(n.callFrame.url)}${n.callFrame.url ? ':' + (n.callFrame.lineNumber + 1) : ''}`;
    const key = `${name}@${where}`;
    const a = agg.get(key);
    if (a) a.us += us;
    else agg.set(key, { name, where, us });
  }
  const totalUs = Math.max(1, p.endTime - p.startTime);
  const functions = [...agg.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((a) => ({ name: a.name, where: a.where, selfMs: a.us / 1000, share: a.us / totalUs }));
  return { totalMs: totalUs / 1000, functions };
}

if (require.main === module) {
  const { totalMs, functions } = hotFunctions(process.argv[2], Number(process.argv[3] ?? 15));
  console.log(`total ${totalMs.toFixed(0)} ms`);
  for (const f of functions)
    console.log(`${f.selfMs.toFixed(1).padStart(8)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`);
}
