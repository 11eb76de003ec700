// What each diagnostic code means and how to fix it, in plain words: the rule
// metadata of SARIF (code scanning shows it beside every alert) and `--help`.
import type { DiagnosticCode, Severity } from '../analysis/types';

export interface RuleHelp {
  /** One line, shown in alert lists. */
  short: string;
  /** What the check found and why it matters. */
  full: string;
  /** How to fix it (markdown allowed). */
  fix: string;
  /** The severity the analysis gives it. */
  severity: Severity;
}

export const RULE_HELP: Record<DiagnosticCode, RuleHelp> = {
  'unknown-secret': {
    short: 'Reference to a secret that does not exist',
    full: 'The code refers to a secret name that is neither in the store, nor in secretref.json, nor an INTEGRATION_* environment variable. At run time the reference resolves to nothing.',
    fix: 'Fix the spelling (the message suggests the nearest known name), or declare the secret in `secretref.json` and give it a value in your secret store.',
    severity: 'error',
  },
  'out-of-scope': {
    short: 'Secret used by an app outside its scope',
    full: "The secret's scope lists the apps that may read it, and the app this reference runs in is not one of them, so the platform refuses to resolve it.",
    fix: "Use a secret scoped to this app, or add the app to the secret's `scope` in `secretref.json` if it really needs it.",
    severity: 'error',
  },
  'env-unavailable': {
    short: 'Secret not available in this environment',
    full: "The secret's `envs` do not include the environment this reference is resolved in, so it has no value there.",
    fix: "Add the environment to the secret's `envs` in `secretref.json` and set a value for it, or select the environment the code is meant for (`--env`).",
    severity: 'error',
  },
  expired: {
    short: 'Secret has expired',
    full: "The secret's `expiresAt` date has passed; the credential is likely revoked and calls that use it will fail.",
    fix: 'Rotate the secret: store a new value and move `expiresAt` forward in `secretref.json`.',
    severity: 'error',
  },
  'expiring-soon': {
    short: 'Secret expires soon',
    full: "The secret's `expiresAt` date is within the warning window (14 days unless configured).",
    fix: 'Rotate the secret before it expires and update `expiresAt` in `secretref.json`.',
    severity: 'warning',
  },
  'no-value': {
    short: 'Secret declared but without a value',
    full: 'The secret is declared, but the store this check ran against holds no value for it, so it resolves to nothing here.',
    fix: 'Set a value for the secret in your secret store (in VS Code: "Secrets: Set Value").',
    severity: 'warning',
  },
  'undeclared-secret': {
    short: 'Secret used but not declared in requiredSecrets',
    full: 'An integration reads a secret that its `metadata.requiredSecrets` does not list. Only declared secrets are injected, so the value will be undefined at run time.',
    fix: "Add the name to the integration's `requiredSecrets`.",
    severity: 'error',
  },
  'unused-declaration': {
    short: 'Secret declared in requiredSecrets but never used',
    full: 'The integration asks for a secret it never reads: it is injected for nothing and widens what the integration can see.',
    fix: 'Remove the name from `requiredSecrets`, or use it.',
    severity: 'hint',
  },
  'missing-required': {
    short: 'Required secret is not defined',
    full: 'An integration declares a secret in `requiredSecrets` that is not defined in the store, so the platform will not run the integration.',
    fix: 'Define the secret (declare it in `secretref.json` and set its value, or set `INTEGRATION_<NAME>` for the env adapter).',
    severity: 'warning',
  },
  'duplicate-declaration': {
    short: 'Secret declared twice',
    full: 'The same secret name is declared more than once in one list; the duplicate is ignored and usually hides a typo.',
    fix: 'Remove the duplicate entry.',
    severity: 'warning',
  },
  'logged-secret': {
    short: 'Secret written to a log',
    full: 'A secret value is passed to a logging call. Logs are kept, shipped and read by many people: the credential leaks.',
    fix: 'Log whether the secret is set instead of its value, e.g. `!!secrets.NAME`, or pass it through a redaction function.',
    severity: 'warning',
  },
  'hardcoded-secret': {
    short: 'Hardcoded credential',
    full: 'A string that looks like a real credential is written in the source. Anyone who can read the repository can use it.',
    fix: 'Revoke and rotate the credential, store the new value as a secret, and refer to it by name (`secrets.NAME`, `$Token{NAME}`).',
    severity: 'warning',
  },
  'invalid-name': {
    short: 'Invalid secret name',
    full: 'Secret names must be identifiers: a letter or underscore, then letters, digits or underscores.',
    fix: 'Rename the secret to a valid identifier.',
    severity: 'error',
  },
  'manifest-error': {
    short: 'Invalid secretref.json',
    full: 'The manifest does not follow its schema, so some of its secrets, apps or environments could not be read.',
    fix: 'Correct the entry the message names; the schema is `schemas/secretref.schema.json`.',
    severity: 'error',
  },
  'unused-suppression': {
    short: 'Suppression comment that silences nothing',
    full: 'A `secretref-disable-line`, `secretref-disable-next-line` or `secretref-disable` comment names codes (or, without codes, any finding) but nothing it covers is reported, or a code it names is not a SecretRef code. A stale suppression would silently hide the next real finding there.',
    fix: 'Remove the comment, or the code in it that silences nothing; check the spelling of the codes against the diagnostics.',
    severity: 'hint',
  },
};
