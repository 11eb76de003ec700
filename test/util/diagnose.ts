// Runs the whole analysis on a document and returns its diagnostics in a form tests can compare:
// the code, the message, and the text the range covers.
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { StoreSnapshot } from '../../server/src/analysis/model/store';
import { DEFAULT_SETTINGS, type AnalysisDiagnostic, type AnalysisSettings, type SecretInfo } from '../../server/src/analysis/model/types';

export interface Seen {
  code: string;
  message: string;
  at: string;
}

export const NOW = new Date('2026-06-15T12:00:00Z');

export function diagnose(
  uri: string,
  text: string,
  secrets: SecretInfo[],
  settings: Partial<AnalysisSettings> = {},
  now: Date = NOW,
): Seen[] {
  return diagnostics(uri, text, secrets, settings, now).map((d) => ({
    code: d.code,
    message: d.message,
    at: text.slice(d.range.start, d.range.end),
  }));
}

export function diagnostics(
  uri: string,
  text: string,
  secrets: SecretInfo[],
  settings: Partial<AnalysisSettings> = {},
  now: Date = NOW,
): AnalysisDiagnostic[] {
  return analyzeDocument({ uri, text }, new StoreSnapshot(secrets), { ...DEFAULT_SETTINGS, ...settings }, now).diagnostics;
}
