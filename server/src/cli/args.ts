// The command line of `secretref`: parsed with node's own util.parseArgs; every
// mistake becomes a UsageError whose message names the bad flag and the fix.
import { parseArgs } from 'node:util';
import type { DiagnosticCode } from '../analysis/model/types';
import { isDiagnosticCode, RULE_INFO } from '../analysis/rules/ruleInfo';

export type OutputFormat = 'text' | 'json' | 'sarif';
const FORMATS: OutputFormat[] = ['text', 'json', 'sarif'];

export interface CheckOptions {
  paths: string[];
  env?: string;
  app?: string;
  format: OutputFormat;
  /** Warnings allowed before the run fails; undefined: warnings never fail it. */
  maxWarnings?: number;
  output?: string;
  /** undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
  /** Report declared secrets without an INTEGRATION_* variable supplying a value (no-value, missing-required). */
  requireValues: boolean;
  /** Report only findings not recorded in this baseline file. */
  baseline?: string;
  /** Record every finding of this run in this baseline file. */
  writeBaseline?: string;
  /** Use the reference patterns (secretref.customDialects) of the checked repository's settings. */
  trustRepoSettings: boolean;
}

export type Command =
  { kind: 'help' } | { kind: 'version' } | { kind: 'explain'; code: DiagnosticCode } | { kind: 'check'; options: CheckOptions };

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: secretref check [paths...] [options]

Checks every secret reference in the given files and folders (default: the current
folder) against the secrets the project declares: secretref.json manifests and the
names of INTEGRATION_* environment variables. Values are never read.

Options:
  --env NAME          environment to resolve references in (e.g. prd)
  --app NAME          app to resolve references in when the code does not say
  --format FORMAT     text (default), json or sarif (SARIF 2.1.0 for code scanning)
  --max-warnings N    fail when there are more than N warnings (default: warnings never fail)
  --require-values    also warn about declared secrets that no INTEGRATION_* variable
                      supplies (for deploy jobs; editors' secret storage is not visible here)
  --write-baseline FILE  record today's findings in FILE (commit it); exits 0
  --baseline FILE     report only findings not recorded in FILE, and how many were
  --trust-repo-settings
                      also use the reference patterns (secretref.customDialects) of the
                      repository's .vscode/settings.json; off by default, as in VS Code's
                      Restricted Mode, since a repository's patterns are its author's code
  -o, --output FILE   write the report to FILE instead of standard output
  --no-color          plain text output (also: NO_COLOR=1)
  -h, --help          show this help
  --explain CODE      what a diagnostic code means, how to fix and suppress it
  -v, --version       print the version

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  a usage or configuration error (bad flag, unreadable path, invalid secretref.json)
`;

function parseFormat(v: string | undefined): OutputFormat {
  if (v === undefined) return 'text';
  if ((FORMATS as string[]).includes(v)) return v as OutputFormat;
  throw new UsageError(`--format '${v}' is not a format secretref knows: use --format text, --format json or --format sarif.`);
}

function parseMaxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) {
    throw new UsageError(`--max-warnings '${v}' is not a whole number: give the number of warnings to allow, e.g. --max-warnings 0.`);
  }
  return Number(v);
}

function nonEmpty(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v.trim() === '')
    throw new UsageError(
      `${flag} needs a value, e.g. ${flag} ${flag === '--env' ? 'prd' : flag === '--app' ? 'payment_app' : flag.includes('baseline') ? '.secretref-baseline.json' : 'report.sarif'}.`,
    );
  return v.trim();
}

/** node's parseArgs errors, said in the words of this command line. */
function explain(e: unknown): UsageError {
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  const opt = /'(-{1,2}[^' ]+)/.exec(msg)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Unknown option '${opt ?? msg}'. Run 'secretref check --help' to see the options.`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        `Option '${opt ?? msg}' needs a value, e.g. '${opt ?? '--format'} VALUE'. Run 'secretref check --help' to see the options.`,
      );
    default:
      return new UsageError(`${msg}. Run 'secretref check --help' to see the options.`);
  }
}

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        env: { type: 'string' },
        app: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        'require-values': { type: 'boolean' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'trust-repo-settings': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        explain: { type: 'string' },
      },
    });
  } catch (e) {
    throw explain(e);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values.explain !== undefined) {
    const code = values.explain.trim();
    if (!isDiagnosticCode(code))
      throw new UsageError(`--explain '${code}' is not a diagnostic code. The codes: ${Object.keys(RULE_INFO).join(', ')}.`);
    return { kind: 'explain', code };
  }
  const [command, ...paths] = positionals;
  if (command === undefined)
    throw new UsageError("No command given: run 'secretref check' to check the current folder, or 'secretref --help'.");
  if (command === 'help') return { kind: 'help' };
  if (command !== 'check') throw new UsageError(`Unknown command '${command}': the command is 'secretref check [paths...]'.`);
  return {
    kind: 'check',
    options: {
      paths: paths.length > 0 ? paths : ['.'],
      env: nonEmpty('--env', values.env),
      app: nonEmpty('--app', values.app),
      format: parseFormat(values.format),
      maxWarnings: parseMaxWarnings(values['max-warnings']),
      output: nonEmpty('--output', values.output),
      color: values['no-color'] ? false : values.color ? true : undefined,
      requireValues: values['require-values'] === true,
      ...(values.baseline !== undefined ? { baseline: nonEmpty('--baseline', values.baseline) } : {}),
      ...(values['write-baseline'] !== undefined ? { writeBaseline: nonEmpty('--write-baseline', values['write-baseline']) } : {}),
      trustRepoSettings: values['trust-repo-settings'] === true,
    },
  };
}
