// Inline suppressions, as ESLint's `eslint-disable-*` comments: a finding someone judged
// false is silenced where it is, in the comment syntax of the file, with the codes it
// silences (none: every code):
//   secretref-disable-next-line [code …]   the line after the comment
//   secretref-disable-line [code …]        the comment's own line
//   secretref-disable [code …] … secretref-enable [code …]   a block (to the end without enable)
// Text after ` -- ` is a reason for readers. The comments are found in each file kind's syntax
// by comments.ts; this reads the directives in them and applies them to the findings. A
// suppression that silences nothing is itself reported, as a hint, so stale ones do not pile up.
import type { ParsedDocument } from '../document';
import type { AnalysisDiagnostic, DiagnosticCode, OffsetRange } from '../model/types';
import { directiveComments, type Comment } from './comments';

// The quick fixes that write and remove a directive import these from here.
export { commentSyntaxOf, suppressionComment, type CommentSyntax } from './comments';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every code. */
  codes: string[];
  /** The comment that holds it. */
  range: OffsetRange;
}

export const UNUSED_SUPPRESSION: DiagnosticCode = 'unused-suppression';

const DIRECTIVE = /^secretref-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*)$/;

/** The directive a comment holds, if any. */
export function parseDirective(c: Comment): Directive | undefined {
  // A block comment may run on with `*` at each line start (JSDoc style).
  const body = c.body.replace(/^[\s*]+/, '').replace(/[\s*]+$/, '');
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  // ` -- anything`: the reason, as in ESLint.
  const list = m[2].split(/\s--(?:\s|$)/)[0];
  const codes = list.split(/[\s,]+/).filter((s) => s !== '');
  return { kind: m[1] as DirectiveKind, codes, range: c.range };
}

export function directivesOf(doc: ParsedDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of directiveComments(doc)) {
    const d = parseDirective(c);
    if (d) out.push(d);
  }
  return out;
}

export interface SuppressionResult {
  /** What is reported: the findings no directive silences, and a hint per directive that silences nothing. */
  diagnostics: AnalysisDiagnostic[];
  /** The findings a directive silenced (the CLI counts them; SARIF lists them as suppressed). */
  suppressed: AnalysisDiagnostic[];
}

/** One silencing: which lines, which codes, and whether it has silenced anything yet. */
interface Silencer {
  directive: Directive;
  /** Offsets [start, end) of the text it covers. */
  start: number;
  end: number;
  /** Codes it names, each with whether it silenced something; empty map: every code. */
  used: Map<string, boolean>;
  usedAny: boolean;
}

/**
 * The diagnostics with those the document's directives silence taken out: the one step every
 * consumer (editor, CLI) goes through. `knownCodes` names the codes a directive may name.
 */
export function applySuppressions(
  doc: ParsedDocument,
  diagnostics: AnalysisDiagnostic[],
  knownCodes: ReadonlySet<DiagnosticCode>,
): SuppressionResult {
  const directives = directivesOf(doc);
  if (directives.length === 0) return { diagnostics, suppressed: [] };
  const silencers: Silencer[] = [];
  const make = (directive: Directive, start: number, end: number): Silencer => ({
    directive,
    start,
    end,
    used: new Map(directive.codes.map((c) => [c, false])),
    usedAny: false,
  });
  const lineOf = (offset: number): number => doc.positionAt(offset).line;
  const lineStart = (line: number): number => doc.offsetAt({ line, character: 0 });
  const open: Silencer[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      // lineStart past the last line is the end of the text: a next-line directive on the last line covers nothing.
      const line = d.kind === 'disable-line' ? lineOf(d.range.start) : lineOf(d.range.end) + 1;
      silencers.push(make(d, lineStart(line), lineStart(line + 1)));
    } else if (d.kind === 'disable') {
      const s = make(d, d.range.end, doc.length);
      silencers.push(s);
      open.push(s);
    } else {
      // enable: closes every open block (bare), or the named codes of the open blocks.
      for (let i = open.length - 1; i >= 0; i--) {
        const s = open[i];
        const named = s.directive.codes;
        if (d.codes.length === 0 || (named.length > 0 && named.every((c) => d.codes.includes(c)))) {
          s.end = d.range.start;
          open.splice(i, 1);
        }
      }
    }
  }

  const kept: AnalysisDiagnostic[] = [];
  const suppressed: AnalysisDiagnostic[] = [];
  for (const diag of diagnostics) {
    let silenced = false;
    const at = diag.range.start;
    for (const s of silencers) {
      if (at < s.start || at >= s.end) continue;
      if (s.used.size === 0) {
        s.usedAny = true;
        silenced = true;
      } else if (s.used.has(diag.code)) {
        s.used.set(diag.code, true);
        s.usedAny = true;
        silenced = true;
      }
    }
    (silenced ? suppressed : kept).push(diag);
  }
  for (const s of silencers) {
    const hint = unusedHint(s, knownCodes);
    if (hint) kept.push(hint);
  }
  kept.sort((a, b) => a.range.start - b.range.start);
  return { diagnostics: kept, suppressed };
}

function unusedHint(s: Silencer, knownCodes: ReadonlySet<DiagnosticCode>): AnalysisDiagnostic | undefined {
  const what = `secretref-${s.directive.kind}`;
  const base = { code: UNUSED_SUPPRESSION, severity: 'hint' as const, range: s.directive.range, unnecessary: true };
  if (s.used.size === 0) {
    return s.usedAny ? undefined : { ...base, message: `'${what}' silences nothing here: remove it`, data: { codes: [] } };
  }
  const unused = [...s.used].filter(([, used]) => !used).map(([c]) => c);
  if (unused.length === 0) return undefined;
  const unknown = unused.filter((c) => !(knownCodes as ReadonlySet<string>).has(c));
  if (unknown.length > 0) {
    return {
      ...base,
      message: `'${unknown[0]}' in '${what}' is not a SecretRef diagnostic code: use one of the codes the diagnostics show, e.g. 'hardcoded-secret'`,
      data: { codes: unused },
    };
  }
  const list = unused.map((c) => `'${c}'`).join(', ');
  return {
    ...base,
    message: `${list} in '${what}' silences nothing here: remove ${unused.length === 1 ? 'it' : 'them'}`,
    data: { codes: unused },
  };
}
