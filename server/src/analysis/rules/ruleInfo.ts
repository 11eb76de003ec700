// What each diagnostic code is, in one place: its severity, the shape of its message, what it
// means, why it matters, how to fix it and which quick fix the editor offers. The CLI's SARIF
// rules and `--explain`, every diagnostic's documentation link, the README's table and the
// pages in docs/rules/ are all made from this (scripts/rule-docs.ts writes the last two).
// Pure data; a new code is a new entry here, and the type checker asks for it.
import { homepage } from '../../../../package.json';
import type { DiagnosticCode, Severity } from '../model/types';

export interface RuleInfo {
  /** The severity the analysis gives it. */
  severity: Severity;
  /** A second severity some of its findings get, and when (hardcoded-secret's generic guesses). */
  alsoSeverity?: { severity: Severity; when: string };
  /** The message as users see it, with placeholders (X: a secret name). */
  message: string;
  /** One line, shown in alert lists. */
  short: string;
  /** What the check found. */
  full: string;
  /** Why it matters. */
  why: string;
  /** How to fix it (markdown allowed). */
  fix: string;
  /** The quick fix the editor offers, in a few words ("—": none). */
  quickFix: string;
  /** GitHub code scanning's grade, 0.0–10.0 (SARIF properties.security-severity). */
  securitySeverity: string;
}

export const RULE_INFO: Record<DiagnosticCode, RuleInfo> = {
  'unknown-secret': {
    severity: 'error',
    message: "Secret 'X' not found (did you mean 'Y'?)",
    short: 'Reference to a secret that does not exist',
    full: 'The code refers to a secret name that is neither in the store, nor in secretref.json, nor an INTEGRATION_* environment variable. At run time the reference resolves to nothing.',
    why: 'A reference that resolves to nothing fails only at run time, often in production, and a misspelt name is easy to miss in review.',
    fix: 'Fix the spelling (the message suggests the nearest known name), or declare the secret in `secretref.json` and give it a value in your secret store.',
    quickFix: "rename to 'Y'; Create Secret",
    securitySeverity: '3.0',
  },
  'out-of-scope': {
    severity: 'error',
    message: "Secret 'X' is not accessible by app 'A'",
    short: 'Secret used by an app outside its scope',
    full: "The secret's scope lists the apps that may read it, and the app this reference runs in is not one of them, so the platform refuses to resolve it.",
    why: 'Scopes keep each app to the credentials it needs; a reference outside them either fails at run time or, if someone widens the scope to make it work, gives an app more than it should have.',
    fix: "Use a secret scoped to this app, or add the app to the secret's `scope` in `secretref.json` if it really needs it.",
    quickFix: "edit the secret's scope",
    securitySeverity: '5.0',
  },
  'env-unavailable': {
    severity: 'error',
    message: "Secret 'X' is not available in environment 'E'",
    short: 'Secret not available in this environment',
    full: "The secret's `envs` do not include the environment this reference is resolved in, so it has no value there.",
    why: 'The code works in one environment and breaks in another, typically the first time it runs in production.',
    fix: "Add the environment to the secret's `envs` in `secretref.json` and set a value for it, or select the environment the code is meant for (`--env`).",
    quickFix: "edit its environments; set a value for 'E'",
    securitySeverity: '3.0',
  },
  expired: {
    severity: 'error',
    message: "Secret 'X' has expired",
    short: 'Secret has expired',
    full: "The secret's `expiresAt` date has passed; the credential is likely revoked and calls that use it will fail.",
    why: 'Calls made with an expired credential fail; a credential past its date may also have been revoked for a reason.',
    fix: 'Rotate the secret: store a new value and move `expiresAt` forward in `secretref.json`.',
    quickFix: 'Rotate',
    securitySeverity: '4.0',
  },
  'expiring-soon': {
    severity: 'warning',
    message: "Secret 'X' expires in N days",
    short: 'Secret expires soon',
    full: "The secret's `expiresAt` date is within the warning window (14 days unless configured).",
    why: 'Rotating before the date keeps the integration running; rotating after it means an outage.',
    fix: 'Rotate the secret before it expires and update `expiresAt` in `secretref.json`.',
    quickFix: 'Rotate',
    securitySeverity: '2.0',
  },
  'no-value': {
    severity: 'warning',
    message: "Secret 'X' is declared but has no value here",
    short: 'Secret declared but without a value',
    full: 'The secret is declared, but the store this check ran against holds no value for it, so it resolves to nothing here.',
    why: 'Everything type-checks and the reference is valid, but the run gets no value, so it fails where the secret is read.',
    fix: 'Set a value for the secret in your secret store (in VS Code: "Secrets: Set Value").',
    quickFix: 'Set Value',
    securitySeverity: '2.0',
  },
  'undeclared-secret': {
    severity: 'error',
    message: "Secret 'X' is used but not declared in requiredSecrets; it will not be injected",
    short: 'Secret used but not declared in requiredSecrets',
    full: 'An integration reads a secret that its `metadata.requiredSecrets` does not list. Only declared secrets are injected, so the value will be undefined at run time.',
    why: 'The platform injects only the secrets an integration declares: the value will be undefined when it runs.',
    fix: "Add the name to the integration's `requiredSecrets`.",
    quickFix: 'add to `requiredSecrets`',
    securitySeverity: '3.0',
  },
  'unused-declaration': {
    severity: 'hint',
    message: "Secret 'X' is declared in requiredSecrets but never used",
    short: 'Secret declared in requiredSecrets but never used',
    full: 'The integration asks for a secret it never reads: it is injected for nothing and widens what the integration can see.',
    why: 'An integration should see only the secrets it uses; each extra one widens what a bug or a compromised dependency can read.',
    fix: 'Remove the name from `requiredSecrets`, or use it.',
    quickFix: 'remove the declaration',
    securitySeverity: '2.5',
  },
  'missing-required': {
    severity: 'warning',
    message: "Required secret 'X' is not defined; the integration will not run",
    short: 'Required secret is not defined',
    full: 'An integration declares a secret in `requiredSecrets` that is not defined in the store, so the platform will not run the integration.',
    why: 'The platform refuses to run an integration whose required secrets are not all defined.',
    fix: 'Define the secret (declare it in `secretref.json` and set its value, or set `INTEGRATION_<NAME>` for the env adapter).',
    quickFix: 'Create Secret',
    securitySeverity: '3.0',
  },
  'duplicate-declaration': {
    severity: 'warning',
    message: "Secret 'X' is declared more than once",
    short: 'Secret declared twice',
    full: 'The same secret name is declared more than once in one list; the duplicate is ignored and usually hides a typo.',
    why: 'The second entry does nothing; it usually stands where a different secret was meant.',
    fix: 'Remove the duplicate entry.',
    quickFix: 'remove the duplicate',
    securitySeverity: '1.0',
  },
  'logged-secret': {
    severity: 'warning',
    message: "Secret 'X' is written to a log by CALL",
    short: 'Secret written to a log',
    full: 'A secret value is passed to a logging call. Logs are kept, shipped and read by many people: the credential leaks.',
    why: 'Logs are stored, shipped to other services and read by many people: a value written there has leaked and must be rotated.',
    fix: 'Log whether the secret is set instead of its value, e.g. `!!secrets.NAME`, or pass it through a redaction function.',
    quickFix: 'log `!!value` instead',
    securitySeverity: '7.5',
  },
  'hardcoded-secret': {
    severity: 'warning',
    alsoSeverity: {
      severity: 'information',
      when: "a random-looking string literal under a credential-named key, not a known provider's format: KIND is password, token, API key or secret",
    },
    message: 'Hardcoded KIND credential: store it as a secret',
    short: 'Hardcoded credential',
    full: 'A string that looks like a real credential is written in the source. Anyone who can read the repository can use it.',
    why: 'Anyone who can read the repository, its forks or its history can use the credential; removing the line later does not remove it from history.',
    fix: 'Revoke and rotate the credential, store the new value as a secret, and refer to it by name (`secrets.NAME`, `$Token{NAME}`).',
    quickFix: 'move it to the store, reference it',
    securitySeverity: '8.5',
  },
  'invalid-name': {
    severity: 'error',
    alsoSeverity: { severity: 'warning', when: "names the reference's platform accepts (Ductape's `stripe-api-key`)" },
    message: "'x y' is not a valid secret name",
    short: 'Invalid secret name',
    full: "Secret names must be identifiers: a letter or underscore, then letters, digits or underscores. A name that the reference's platform accepts but SecretRef cannot store (Ductape's `$Secret{stripe-api-key}`) is a warning instead, which says so.",
    why: 'SecretRef stores identifier names only (as Julep requires), so no secret of its store can ever match this reference; where the platform accepts the name, the reference works there but SecretRef cannot check it.',
    fix: "Rename the secret to a valid identifier, on the platform too (in Ductape's workspace, `stripe-api-key` → `stripe_api_key`).",
    quickFix: "change to the nearest valid spelling ('my key' → 'my_key')",
    securitySeverity: '1.0',
  },
  'manifest-error': {
    severity: 'error',
    message: 'what is wrong in `secretref.json`, per the schema',
    short: 'Invalid secretref.json',
    full: 'The manifest does not follow its schema, so some of its secrets, apps or environments could not be read.',
    why: 'The entries that do not follow the schema are ignored, so references to them are checked against less than the team declared.',
    fix: 'Correct the entry the message names; the schema is `schemas/secretref.schema.json`.',
    quickFix: '—',
    securitySeverity: '2.0',
  },
  'unused-suppression': {
    severity: 'hint',
    message: "'secretref-disable-line' silences nothing here: remove it",
    short: 'Suppression comment that silences nothing',
    full: 'A `secretref-disable-line`, `secretref-disable-next-line` or `secretref-disable` comment names codes (or, without codes, any finding) but nothing it covers is reported, or a code it names is not a SecretRef code.',
    why: 'A stale suppression silently hides the next real finding on that line or block.',
    fix: 'Remove the comment, or the code in it that silences nothing; check the spelling of the codes against the diagnostics.',
    quickFix: 'remove the suppression (or its unused codes)',
    securitySeverity: '1.0',
  },
};

/** The severity in words: "warning", or "warning, or information for …" where findings differ. */
export function severityText(r: RuleInfo): string {
  return r.alsoSeverity ? `${r.severity}, or ${r.alsoSeverity.severity} for ${r.alsoSeverity.when}` : r.severity;
}

/** Where the page of a code lives: docs/rules/CODE.md of the repository the package names. */
export function ruleDocUrl(code: DiagnosticCode): string {
  return `${homepage.replace(/#.*$/, '')}/blob/main/docs/rules/${code}.md`;
}

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(RULE_INFO, code);
}

/**
 * The comment syntaxes a suppression is read in, as Markdown: on every rule page and in
 * docs/cli.md (scripts/rule-docs.ts writes both). It must say what `suppressions/comments.ts` reads.
 */
export const SUPPRESSION_SYNTAXES = `- \`//\` or \`/* */\` in JavaScript, TypeScript and JSON with comments (\`.jsonc\`, \`tsconfig.json\`, VS Code's
  settings, \`secretref.json\`);
- \`#\` in YAML, Python, \`.env\` and shell files, and other files whose comments start with \`#\` (TOML, INI,
  Terraform, Dockerfile, Makefile…);
- \`<!-- -->\` in Markdown prose, and in HTML, XML, SVG and Vue files;
- \`{/* */}\` in MDX prose, as \`{/* secretref-disable-line CODE */}\` (MDX 2 and later reject HTML comments;
  \`<!-- -->\` is still read there, for MDX 1);
- inside a Markdown or MDX code block, the comments of the block's language: \`//\` in a \`js\`, \`ts\` or
  \`json\` block, \`#\` in a \`yaml\`, \`env\`, \`sh\` or \`python\` one.
`;

/**
 * The page of one code (docs/rules/CODE.md, and what `secretref check --explain CODE` prints):
 * what it means, why it matters, how to fix it, how to suppress it.
 */
export function rulePage(code: DiagnosticCode): string {
  const r = RULE_INFO[code];
  return `# \`${code}\`: ${r.short}

Severity: **${severityText(r)}** · message: ${r.message} · quick fix in the editor: ${r.quickFix}

## What it means

${r.full}

## Why it matters

${r.why}

## How to fix it

${r.fix}

## How to suppress it

When the finding is intended (a test fixture, a documented example), silence this one line by
putting a comment on the line above it:

\`\`\`js
// secretref-disable-next-line ${code}
\`\`\`

written in the file's own comment syntax:

${SUPPRESSION_SYNTAXES}
In Markdown and MDX prose the quick fix puts \`secretref-disable-line ${code}\` at the end of the line
instead, where a comment line would split the paragraph. It silences \`${code}\` on that line only,
in the editor and in \`secretref check\` alike. A suppression that no longer silences anything is
reported as \`unused-suppression\`, so stale ones do not pile up.
`;
}
