// The types at the boundary of the analysis. Everything here is plain data: no
// connection, no I/O, and never a secret value.

/** Where a secret is defined. A workspace secret overrides a user secret of the same name. */
export type SecretLevel = 'user' | 'workspace' | 'manifest' | 'env';

/** Names and metadata of a secret, as the server, the CLI and the manifest see it. Never a value. */
export interface SecretInfo {
  name: string;
  description?: string;
  /** Apps that may use the secret; empty or absent means every app. */
  scope?: string[];
  /** Environments the secret is available in; empty or absent means every environment. */
  envs?: string[];
  /** ISO 8601 date or date-time. */
  expiresAt?: string;
  metadata?: Record<string, string>;
  level?: SecretLevel;
  /** Whether the client store holds a value (default or for some environment). Undefined: unknown. */
  hasValue?: boolean;
  /** Environments that have an environment-specific value. */
  valueEnvs?: string[];
  createdAt?: string;
  updatedAt?: string;
  lastRotatedAt?: string;
}

/** A half-open range of UTF-16 offsets into a document's text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export type DialectId = string;

/** The app and environment a reference is resolved in. */
export interface ScopeContext {
  app?: string;
  env?: string;
  /** Where the app/env came from, for messages: 'code' when read around the reference. */
  appSource?: 'code' | 'integration' | 'settings';
  envSource?: 'code' | 'settings';
}

/** One place a document names a secret. */
export interface Reference {
  /** The secret name as written. */
  name: string;
  dialect: DialectId;
  /** 'use' reads the secret; 'declaration' says the code needs it (requiredSecrets, manifest entry). */
  kind: 'use' | 'declaration';
  /** The range of the name alone (what rename replaces). */
  range: OffsetRange;
  /** The range of the whole reference form, e.g. `$Token{NAME}`. */
  fullRange: OffsetRange;
  caseSensitive: boolean;
  /** App and environment from the code around the reference (settings are applied later). */
  context: ScopeContext;
  /** For integration code: the integration (metadata.name) the reference belongs to. */
  integration?: string;
}

export type DiagnosticCode =
  | 'unknown-secret'
  | 'out-of-scope'
  | 'env-unavailable'
  | 'expired'
  | 'expiring-soon'
  | 'no-value'
  | 'undeclared-secret'
  | 'unused-declaration'
  | 'missing-required'
  | 'duplicate-declaration'
  | 'logged-secret'
  | 'hardcoded-secret'
  | 'invalid-name'
  | 'manifest-error'
  | 'unused-suppression';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface AnalysisDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  range: OffsetRange;
  /** The secret the diagnostic is about (never its value). */
  secret?: string;
  /** Shown greyed out by editors (unused declarations). */
  unnecessary?: boolean;
  /** Data for quick fixes, e.g. { suggestion: 'STRIPE_KEY' }. Names only. */
  data?: Record<string, unknown>;
}

/** A user-defined reference form (setting `secretref.customDialects`). */
export interface CustomDialectSetting {
  id: string;
  /** A regular expression with a named group `name`. */
  pattern: string;
  caseSensitive?: boolean;
  /** Globs of the files it applies to; absent means every file. */
  files?: string[];
}

export interface AnalysisSettings {
  app?: string;
  environment?: string;
  expiringSoonDays: number;
  /** Dialect id → enabled. Absent means enabled. */
  dialects: Record<string, boolean>;
  customDialects: CustomDialectSetting[];
  /** Extra function or method names that write to a log, e.g. `audit.write`. */
  logSinks: string[];
  /** Functions whose result is safe to log, e.g. `redact`, `mask`. */
  redactionFunctions: string[];
  /** Files larger than this are only scanned as text, never parsed. */
  maxParseBytes: number;
  /**
   * The manifest says the project uses the env secrets adapter (`"secretsAdapter": "env"`): then
   * `process.env.INTEGRATION_NAME` is the secret NAME in every file, not only in integration modules.
   */
  envAdapter?: boolean;
  /**
   * The same, per subtree of a monorepo: each manifest's folder (ending with its separator, in
   * the form document URIs have) and whether it says `"secretsAdapter": "env"`. The nearest one up
   * from a document decides (see `envAdapterAt`). Absent: no manifest says it.
   */
  envAdapterScopes?: ReadonlyArray<{ folder: string; env: boolean }>;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  expiringSoonDays: 14,
  dialects: {},
  customDialects: [],
  logSinks: [],
  redactionFunctions: ['redact', 'mask', 'hash', 'sha256'],
  maxParseBytes: 2_000_000,
};

export type CompletionItemKindName = 'secret';

/** A secret name offered at a cursor. */
export interface SecretCompletion {
  label: string;
  /** Text inserted in place of `replace`. */
  insertText: string;
  replace: OffsetRange;
  detail: string;
  /** Markdown about the secret; absent when the caller said it would ask later (`secretDocumentation`). */
  documentation?: string;
  /** Sorted after usable names and marked when not usable here. */
  usable: boolean;
  reasonUnusable?: string;
  /** The environment the place runs in, when known (the documentation depends on it). */
  env?: string;
  sortText: string;
}

export interface HoverResult {
  range: OffsetRange;
  /** Markdown. Never a value. */
  markdown: string;
}

export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

/** A quick fix, pure: edits to this document and/or a client command to run. */
export interface QuickFix {
  title: string;
  /** The diagnostic code(s) it fixes. */
  fixes: DiagnosticCode;
  edits?: TextEdit[];
  /** Edits of another file (an integration's metadata beside it), in offsets of that file's `text`. */
  otherFile?: { uri: string; text: string; edits: TextEdit[] };
  /** A client command, e.g. `secretref.createSecret` with `[name]`. */
  command?: { command: string; title: string; arguments?: unknown[] };
  isPreferred?: boolean;
}
