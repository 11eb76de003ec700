// Compiler-style text output: `path:line:col  severity  message  code`, grouped by
// file, then one summary line. Colours only when asked for (a terminal, no --no-color).
import type { CheckSummary, FileFindings } from '../findings';
import type { Severity } from '../../analysis/model/types';

export interface TextOptions {
  color: boolean;
}

const SGR = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  underline: '\x1b[4m',
};

const SEVERITY_COLOR: Record<Severity, string> = { error: SGR.red, warning: SGR.yellow, information: SGR.blue, hint: SGR.dim };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(s: CheckSummary): string {
  const total = s.errors + s.warnings + s.notes;
  // What was left out, and why: silenced in the code, or recorded in the baseline.
  const hidden: string[] = [];
  if (s.suppressed > 0) hidden.push(`${s.suppressed} suppressed inline`);
  if (s.baselined !== undefined && s.baselined > 0) hidden.push(`${s.baselined} in the baseline`);
  const notShown = hidden.length > 0 ? `; not reported: ${hidden.join(', ')}` : '';
  if (total === 0)
    return hidden.length > 0
      ? `No problems found in ${plural(s.files, 'file')}${notShown}.`
      : `No problems found in ${plural(s.files, 'file')}.`;
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
  // Information (a generic credential guess) and hints: notes, which never fail a run.
  if (s.notes > 0) parts.push(plural(s.notes, 'note'));
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(s.filesWithFindings, 'file')} (${s.files} checked${notShown})`;
}

export function formatText(results: FileFindings[], summary: CheckSummary, opts: TextOptions): string {
  const c = (code: string, s: string): string => (opts.color ? code + s + SGR.reset : s);
  const out: string[] = [];
  for (const file of results) {
    if (file.findings.length === 0) continue;
    const rel = lineSafePath(file.rel);
    const rows = file.findings.map((f) => ({
      where: `${rel}:${f.line}:${f.column}`,
      severity: f.severity,
      message: escapeControls(f.message),
      code: f.code,
    }));
    // A loop, not Math.max(...rows): spreading 178k findings as arguments overflows the stack.
    let whereWidth = 0,
      sevWidth = 0,
      msgWidth = 0;
    for (const r of rows) {
      whereWidth = Math.max(whereWidth, r.where.length);
      sevWidth = Math.max(sevWidth, r.severity.length);
      msgWidth = Math.max(msgWidth, r.message.length);
    }
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

/**
 * Control characters (ESC, line breaks, the C1 range, Unicode line separators and bidirectional
 * overrides) in a file or secret name, written as escapes: a name is text from the repository, and
 * raw it could move the terminal's cursor, recolour it, or start a new output line that GitHub
 * Actions reads as a workflow command (`::error …`). `##[`, the runner's older command form, is
 * broken up as well.
 */
export function escapeControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeOne).replace(/##\[/g, '#\\x23[');
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED_ESCAPES[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * A repository path as the start of an output line: escaped, and led by `./` when it would
 * otherwise begin with blanks or `::` (the runner trims leading blanks before looking for one).
 */
export function lineSafePath(rel: string): string {
  const escaped = escapeControls(rel);
  return /^[\s:]/.test(escaped) ? `./${escaped}` : escaped;
}
