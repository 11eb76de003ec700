// Translations between the analysis's plain data (offsets, our severities) and LSP types.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { ParsedDocument } from '../analysis/document';
import { ruleDocUrl } from '../analysis/rules/ruleInfo';
import type { AnalysisDiagnostic, OffsetRange, Severity } from '../analysis/model/types';

export const DIAGNOSTIC_SOURCE = 'secretref';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: Pick<ParsedDocument, 'positionAt'>, r: OffsetRange): Range {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

export function toLspDiagnostic(doc: Pick<ParsedDocument, 'positionAt'>, d: AnalysisDiagnostic): Diagnostic {
  const out: Diagnostic = {
    range: toRange(doc, d.range),
    severity: SEVERITY[d.severity],
    source: DIAGNOSTIC_SOURCE,
    code: d.code,
    // The editor links the code to its page: what it means, how to fix and suppress it.
    codeDescription: { href: ruleDocUrl(d.code) },
    message: d.message,
  };
  if (d.unnecessary || d.code === 'unused-declaration') out.tags = [DiagnosticTag.Unnecessary];
  const data: Record<string, unknown> = { ...(d.data ?? {}) };
  if (d.secret) data.secret = d.secret;
  if (Object.keys(data).length > 0) out.data = data;
  return out;
}

/** Whether an LSP diagnostic sent back by the client (code actions) is this analysis diagnostic. */
export function sameDiagnostic(doc: Pick<ParsedDocument, 'offsetAt'>, lsp: Diagnostic, d: AnalysisDiagnostic): boolean {
  return lsp.code === d.code && doc.offsetAt(lsp.range.start) === d.range.start && doc.offsetAt(lsp.range.end) === d.range.end;
}
