// Machine-readable output for scripts: the findings per file with 1-based positions,
// and the summary. Stable field names; `version` changes if they ever do.
import type { CheckSummary, FileFindings } from '../findings';

export interface JsonReport {
  version: 1;
  tool: { name: 'secretref'; version: string };
  summary: CheckSummary;
  /** `suppressed`: what inline `secretref-disable…` comments silenced (absent when nothing was). */
  files: Array<{ path: string; findings: FileFindings['findings']; suppressed?: FileFindings['suppressed'] }>;
}

export function buildJsonReport(results: FileFindings[], summary: CheckSummary, toolVersion: string): JsonReport {
  return {
    version: 1,
    tool: { name: 'secretref', version: toolVersion },
    summary,
    files: results
      .filter((r) => r.findings.length > 0 || r.suppressed.length > 0)
      .map((r) => ({ path: r.rel, findings: r.findings, ...(r.suppressed.length > 0 ? { suppressed: r.suppressed } : {}) })),
  };
}

export function formatJson(results: FileFindings[], summary: CheckSummary, toolVersion: string): string {
  return JSON.stringify(buildJsonReport(results, summary, toolVersion), null, 2) + '\n';
}
