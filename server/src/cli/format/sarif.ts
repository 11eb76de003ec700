// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other
// SARIF viewers: one rule per diagnostic code with its help text, one result per
// finding, locations relative to the repository root under %SRCROOT%.
import { pathToFileURL } from 'node:url';
import type { DiagnosticCode, Severity } from '../../analysis/model/types';
import type { FileFindings } from '../findings';
import { sha256Hex } from '../baseline';
import { RULE_HELP, ruleDocUrl } from '../ruleHelp';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
  originalUriBaseIds: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
  partialFingerprints: Record<string, string>;
  /** Present on findings silenced by a `secretref-disable…` comment: code scanning shows them as dismissed. */
  suppressions?: Array<{ kind: 'inSource'; justification?: string }>;
}

const INFORMATION_URI = 'https://github.com/secretref/secretref#readme';

const pascal = (id: string): string => id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase());

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function relativeUri(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function buildSarif(results: FileFindings[], root: string, toolVersion: string): SarifLog {
  const codes = Object.keys(RULE_HELP) as DiagnosticCode[];
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules: SarifRule[] = codes.map((code) => {
    const h = RULE_HELP[code];
    return {
      id: code,
      name: pascal(code),
      shortDescription: { text: h.short },
      fullDescription: { text: h.full },
      helpUri: ruleDocUrl(code),
      help: {
        text: `${h.full}\n\nHow to fix: ${h.fix.replace(/`/g, '')}`,
        markdown: `${h.full}\n\n**How to fix:** ${h.fix}\n\n[More about \`${code}\`](${ruleDocUrl(code)})`,
      },
      defaultConfiguration: { level: LEVEL[h.severity] },
      // GitHub grades alerts (critical/high/medium/low) from this number.
      properties: { tags: ['security', 'secrets'], 'security-severity': h.securitySeverity },
    };
  });

  const out: SarifResult[] = [];
  for (const file of results) {
    // The fingerprint leaves the line number out, so an alert survives code moving above it;
    // the occurrence count tells apart identical findings in one file.
    const seen = new Map<string, number>();
    const all = [...file.findings.map((f) => ({ f, suppressed: false })), ...file.suppressed.map((f) => ({ f, suppressed: true }))];
    for (const { f, suppressed } of all) {
      const key = `${f.code}\0${file.rel}\0${f.secret ?? ''}\0${f.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      out.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file.rel), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { 'secretrefFinding/v1': sha256Hex(`${key}\0${n}`).slice(0, 32) },
        ...(suppressed ? { suppressions: [{ kind: 'inSource' as const }] } : {}),
      });
    }
  }

  const rootUri = pathToFileURL(root).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'secretref', version: toolVersion, semanticVersion: toolVersion, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : rootUri + '/' } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
}

export function formatSarif(results: FileFindings[], root: string, toolVersion: string): string {
  return JSON.stringify(buildSarif(results, root, toolVersion), null, 2) + '\n';
}
