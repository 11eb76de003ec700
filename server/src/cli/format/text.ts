// Compiler-style text output: `path:line:col  severity  message  code`, grouped by
// file, then one summary line. Colours only when asked for (a terminal, no --no-color).
import type { CheckSummary, FileFindings } from '../findings';
import type { Severity } from '../../analysis/types';

export interface TextOptions {
  color: boolean;
}

const SGR = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', underline: '\x1b[4m' };

const SEVERITY_COLOR: Record<Severity, string> = { error: SGR.red, warning: SGR.yellow, information: SGR.blue, hint: SGR.dim };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(s: CheckSummary): string {
  const total = s.errors + s.warnings + s.notes;
  // What was left out, and why: silenced in the code, or recorded in the baseline.
  const hidden: string[] = [];
  if (s.suppressed > 0) hidden.push(`${s.suppressed} suppressed inline`);
  if (s.baselined !== undefined && s.baselined > 0) hidden.push(`${s.baselined} in the baseline`);
  const notShown = hidden.length > 0 ? `; not reported: ${hidden.join(', ')}` : '';
  if (total === 0) return hidden.length > 0 ? `No problems found in ${plural(s.files, 'file')}${notShown}.` : `No problems found in ${plural(s.files, 'file')}.`;
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
  if (s.notes > 0) parts.push(plural(s.notes, 'hint'));
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(s.filesWithFindings, 'file')} (${s.files} checked${notShown})`;
}

export function formatText(results: FileFindings[], summary: CheckSummary, opts: TextOptions): string {
  const c = (code: string, s: string): string => (opts.color ? code + s + SGR.reset : s);
  const out: string[] = [];
  for (const file of results) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => ({
      where: `${file.rel}:${f.line}:${f.column}`,
      severity: f.severity,
      message: f.message,
      code: f.code,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const sevWidth = Math.max(...rows.map((r) => r.severity.length));
    const msgWidth = Math.max(...rows.map((r) => r.message.length));
    for (const r of rows) {
      out.push(
        [
          c(SGR.underline, r.where) + ' '.repeat(whereWidth - r.where.length),
          c(SEVERITY_COLOR[r.severity], r.severity) + ' '.repeat(sevWidth - r.severity.length),
          r.message + ' '.repeat(msgWidth - r.message.length),
          c(SGR.dim, r.code),
        ].join('  '),
      );
    }
    out.push('');
  }
  const total = summary.errors + summary.warnings + summary.notes;
  const line = summaryLine(summary);
  out.push(total === 0 ? line : c(SGR.bold + (summary.errors > 0 ? SGR.red : SGR.yellow), line));
  return out.join('\n') + '\n';
}
