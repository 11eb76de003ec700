// The CI baseline: `--write-baseline FILE` records today's findings, `--baseline FILE` reports
// only those not in it. A finding is recorded by a fingerprint that survives edits elsewhere
// in the file (no line number: the code, the secret name or credential kind, the path, the
// content of its line and which occurrence of that it is) and from which no credential can be
// recovered: the line is hashed with every finding's span on it masked, so a credential is
// never hashed, alone or with its context.
import type * as Crypto from 'node:crypto';
import { jsonSyntaxError } from '../analysis/model/manifest';
import type { AnalysisDiagnostic, OffsetRange } from '../analysis/model/types';

export const BASELINE_VERSION = 1;

/** node:crypto, once loaded (named apart from the global `crypto`, Web Crypto). */
let nodeCrypto: typeof Crypto | undefined;

/**
 * The SHA-256 of a text, in hex. node:crypto is required on the first fingerprint, not with the
 * CLI: a run without findings never loads it. Once: a require per finding went through the module
 * loader 178,000 times on a large .env. `crypto.hash` is the one-shot form (Node 20.12), with no
 * Hash object per call.
 */
export function sha256Hex(text: string): string {
  nodeCrypto ??= require('node:crypto') as typeof Crypto;
  return nodeCrypto.hash('sha256', text, 'hex');
}

export interface BaselineFile {
  version: typeof BASELINE_VERSION;
  tool: 'secretref';
  /** Sorted, so the file diffs well in review. */
  findings: Array<{ path: string; code: string; secret?: string; fingerprint: string }>;
}

/** What a fingerprint is computed from, per finding (all names, no values). */
export interface FingerprintInput {
  /** Relative to the repository root, `/` separators. */
  rel: string;
  text: string;
  /** The line holding an offset, without its line break. */
  lineRange(offset: number): OffsetRange;
}

const MASK = '\u2022';

/** The label beside the code: the secret's name, or the kind of a hardcoded credential. */
function subjectOf(d: AnalysisDiagnostic): string {
  if (d.secret !== undefined) return d.secret;
  const kind = d.data?.kind;
  return typeof kind === 'string' ? kind : '';
}

/**
 * Fingerprints of a file's findings, in the order given: `spans` are every finding's range in
 * the file (reported or suppressed), all masked wherever they fall on a finding's line.
 */
export function fingerprints(input: FingerprintInput, diagnostics: AnalysisDiagnostic[], spans: OffsetRange[]): string[] {
  const seen = new Map<string, number>();
  const onLineOf = spansByLine(spans);
  return diagnostics.map((d) => {
    const line = input.lineRange(d.range.start);
    let masked = '';
    let at = line.start;
    const onLine = onLineOf(line);
    for (const s of onLine) {
      if (s.start > at) masked += input.text.slice(at, s.start);
      if (s.end > at) {
        masked += MASK;
        at = s.end;
      }
    }
    masked += input.text.slice(at, line.end);
    // Indentation and spacing are not content: re-indenting a block keeps its fingerprints.
    const normalised = masked.replace(/\s+/g, ' ').trim();
    const key = `${d.code}\0${subjectOf(d)}\0${input.rel}\0${normalised}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return sha256Hex(`${key}\0${n}`).slice(0, 32);
  });
}

/**
 * The spans that touch a line, clipped to it and in order. Sorted once, then found by binary
 * search: a file of 178k findings would otherwise filter every span for every finding.
 */
function spansByLine(spans: OffsetRange[]): (line: OffsetRange) => OffsetRange[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end of any span up to each index: how far back a long span can reach from.
  const reach: number[] = [];
  for (let i = 0, max = -1; i < sorted.length; i++) reach.push((max = Math.max(max, sorted[i].end)));
  return (line) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < line.start) lo = mid + 1;
      else hi = mid;
    }
    const out: OffsetRange[] = [];
    // Spans that start before the line and run into it (rare: most spans lie on one line).
    for (let j = lo - 1; j >= 0 && reach[j] > line.start; j--) if (sorted[j].end > line.start) out.push(sorted[j]);
    out.reverse();
    for (let j = lo; j < sorted.length && sorted[j].start < line.end; j++) out.push(sorted[j]);
    return out.map((s) => ({ start: Math.max(s.start, line.start), end: Math.min(s.end, line.end) })).sort((a, b) => a.start - b.start);
  };
}

export function buildBaseline(entries: BaselineFile['findings']): BaselineFile {
  const findings = [...entries].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
  );
  return { version: BASELINE_VERSION, tool: 'secretref', findings };
}

/** The fingerprints a baseline file records, or a plain-words reason it cannot be used. */
export function readBaseline(text: string): { fingerprints: Set<string> } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Not JSON.parse's message: it quotes the file, which may be the wrong one (a .env).
    const where = jsonSyntaxError(text);
    return { error: `it is not JSON${where ? ` (${where})` : ''}` };
  }
  const b = raw as Partial<BaselineFile> | null;
  if (typeof b !== 'object' || b === null || b.version !== BASELINE_VERSION || !Array.isArray(b.findings)) {
    return { error: `it is not a version ${BASELINE_VERSION} SecretRef baseline (write one with --write-baseline)` };
  }
  const out = new Set<string>();
  for (const f of b.findings) if (typeof f?.fingerprint === 'string') out.add(f.fingerprint);
  return { fingerprints: out };
}
