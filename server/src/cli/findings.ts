// What `secretref check` reports: one finding per diagnostic, placed in a file by
// 1-based line and column, as compilers and CI annotators count them.
import type { DiagnosticCode, Severity } from '../analysis/model/types';

export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors and SARIF's default column kind count). */
  column: number;
  endLine: number;
  endColumn: number;
  /** The secret the finding is about (a name, never a value). */
  secret?: string;
  /**
   * Stable across edits elsewhere in the file; never derived from a credential (see baseline.ts).
   * Only in a run that reads it (`ScanInput.fingerprints`).
   */
  fingerprint?: string;
}

export interface FileFindings {
  /** Absolute path. */
  path: string;
  /** Relative to the repository root, with `/` separators (what output and SARIF show). */
  rel: string;
  findings: Finding[];
  /** Findings an inline `secretref-disable…` comment silenced: counted, listed in SARIF as suppressed. */
  suppressed: Finding[];
}

export interface CheckSummary {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  /** Information and hints: shown, never counted against the thresholds. */
  notes: number;
  /** Findings silenced by inline suppressions. */
  suppressed: number;
  /** Findings left out because the baseline (--baseline) holds them; absent without one. */
  baselined?: number;
}

export function summarize(results: FileFindings[], filesScanned: number): CheckSummary {
  const s: CheckSummary = { files: filesScanned, filesWithFindings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const r of results) {
    s.suppressed += r.suppressed.length;
    if (r.findings.length > 0) s.filesWithFindings++;
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.notes++;
    }
  }
  return s;
}
