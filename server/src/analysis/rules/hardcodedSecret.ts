// hardcoded-secret: a credential written into a source or config file. Known providers' formats
// (the rule set in `../credentials/rules/`, one file per provider) are found anywhere and reported
// as warnings naming the provider; other credentials only as string literals assigned to
// credential-named keys (`password`, `apiKey`, …) that look random, reported as information
// naming the kind of value (a guess). Lockfiles, minified bundles, source maps and test-fixture
// folders are never reported; examples, docs and tests get no guesses. The message names the
// kind only: the credential itself is never repeated in a message, a log or the diagnostic's data.
import type { ParsedDocument } from '../document';
import type { Rule } from './rule';
import type { AnalysisDiagnostic, OffsetRange } from '../model/types';
import { MULTI_LINE_OPENINGS, scanCredentials } from '../credentials/scan';

export interface HardcodedFinding {
  /** The provider ("GitHub") or, for a generic guess, the kind of value ("password"). */
  kind: string;
  /** Whether it is a known provider's format; else a guess from a credential-named key. */
  known: boolean;
  /** The credential rule's id, `generic` for a guess. */
  rule: string;
  /** The credential's characters in the document. */
  range: OffsetRange;
  /** A secret name for it, from the name it was assigned to or its kind. */
  suggestedName: string;
}

const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Gemfile\.lock|composer\.lock|Pipfile\.lock|go\.sum|[^/]+\.lock)$/i;
const FIXTURE_PATH = /\/(?:__fixtures__|fixtures|testdata|test-data|test_data|__snapshots__|__mocks__)\/|\.snap$|\.min\.js$|\.map$/i;
/**
 * Files where a credential-named assignment is an example or test data: no generic guesses there.
 * Docs (Markdown, fenced code included) show how to configure, with made-up passwords. A .txt
 * file may be anything (notes, a dump of credentials): it is not taken for a doc.
 */
const NO_GUESS_PATH =
  /\/(?:examples?|samples?|docs?|tests?|__tests__|spec|e2e|demo)\/|[./](?:examples?|samples?|test|spec|stories|d)\.[a-z]+$|\.examples?\.json$|\.(?:example|sample|template|dist|tpl)$|\.(?:md|mdx|markdown|rst|adoc)$/i;
/** Files whose format has unquoted values: YAML, and .env files. */
const ENV_FILE = /(?:^|\/)\.env(?:\.[^/]*)?$|\.env$/i;

/** Whether a file is one where credentials are expected test data or generated (never reported). */
export function isExemptPath(uri: string): boolean {
  return isExemptFile(uri.replace(/[?#].*$/, ''));
}

const isExemptFile = (path: string): boolean => LOCKFILE.test(path) || FIXTURE_PATH.test(path);

/**
 * The credentials in the document, or in [lines.start, lines.end) only (a run of whole lines,
 * in a document without a private key: every other format and assignment lies on one line).
 * A caller may pass the lines of an embedded block (a fenced code block of Markdown) to scan it alone.
 */
export function findHardcoded(doc: ParsedDocument, lines?: OffsetRange): HardcodedFinding[] {
  // Every finding starts at a keyword: without one, the text need not even be built (nor the path tested).
  if (!lines && doc.keywords.credentialHits.count === 0) return [];
  const path = doc.uri.replace(/[?#].*$/, '');
  if (isExemptFile(path)) return [];
  const base = lines?.start ?? 0;
  const text = lines ? doc.lines(lines.start, lines.end) : doc.text;
  const docs = NO_GUESS_PATH.test(path);
  const found = scanCredentials(text, {
    generic: !docs,
    docs,
    unquoted: doc.kind === 'yaml' || ENV_FILE.test(path),
    // The whole document: its keywords were found in the pass the prefilters share.
    ...(lines ? {} : { keywords: doc.keywords }),
  });
  return found.map((f) => ({
    kind: f.kind,
    known: f.known,
    rule: f.ruleId,
    range: { start: f.start + base, end: f.end + base },
    suggestedName: f.suggestedName,
  }));
}

export function hardcodedMessage(kind: string): string {
  return `Hardcoded ${kind} credential: store it as a secret`;
}

function diagnostic(f: HardcodedFinding): AnalysisDiagnostic {
  return {
    code: 'hardcoded-secret',
    // A known format is a credential; a random-looking value under a credential-named key may be one.
    severity: f.known ? 'warning' : 'information',
    message: hardcodedMessage(f.kind),
    range: f.range,
    data: { kind: f.kind, rule: f.rule, suggestedName: f.suggestedName },
  };
}

export const hardcodedSecretRule: Rule = {
  id: 'hardcodedSecret',
  codes: ['hardcoded-secret'],
  check: (ctx) => findHardcoded(ctx.doc).map(diagnostic),
  lineLocal: (doc) => !MULTI_LINE_OPENINGS.some((s) => doc.has(s)),
  checkLines: (ctx, start, end) => findHardcoded(ctx.doc, { start, end }).map(diagnostic),
};
