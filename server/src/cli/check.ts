// `secretref check [paths…]`: finds the project's files and manifests, scans them,
// writes the report, and turns the counts into the exit code CI acts on.
import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import * as jsonc from 'jsonc-parser';
import { listProjectFiles, readFileSafely } from '../workspace/files';
import { DEFAULT_MAX_FILE_SIZE, toServerSettings, type ServerSettings } from '../workspace/settings';
import { customDialectProblems } from '../analysis/dialects/custom';
import type { CheckOptions } from './args';
import { UsageError } from './args';
import { summarize, type CheckSummary } from './findings';
import { ConfigError, findManifests, loadStore } from './loadStore';
import { nearestUp } from '../workspace/nearest';
import { findRepoRoot } from '../workspace/folders';
import { buildBaseline, readBaseline } from './baseline';
import { progressLine } from './progress';
import { relativeTo, scanProject, type ScanOutput } from './scan';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { escapeControls, formatText, summaryLine } from './format/text';

export interface CheckIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  version: string;
  /** The bundle to start as scan workers (undefined: scan in this thread). */
  workerScript?: string;
}

export interface CheckRun {
  exitCode: 0 | 1;
  summary: CheckSummary;
}

/** The folder the checked paths have in common (a file's own folder). */
function commonFolder(paths: string[], cwd: string): string {
  const dirs = paths.map((p) => {
    const abs = path.resolve(cwd, p);
    try {
      return statSync(abs).isDirectory() ? abs : path.dirname(abs);
    } catch {
      return path.dirname(abs);
    }
  });
  let common = dirs[0] ?? cwd;
  for (const d of dirs.slice(1))
    while (common !== d && !d.startsWith(common + path.sep) && path.dirname(common) !== common) common = path.dirname(common);
  return common;
}

/**
 * `.vscode/settings.json` of the nearest folder up from the checked paths to the root, if any:
 * the CLI honours the same secretref.* settings as the editor opened on that folder, except
 * reference patterns unless trusted (see `untrustedPatterns`).
 */
function readSettings(start: string, root: string, trusted: boolean, stderr: NodeJS.WritableStream): ServerSettings {
  const file = nearestUp(start, root, path.join('.vscode', 'settings.json'));
  if (!file) return toServerSettings({});
  const read = readFileSafely(file, { maxBytes: DEFAULT_MAX_FILE_SIZE, roots: [root] });
  if (!('text' in read)) return toServerSettings({});
  const raw: unknown = jsonc.parse(read.text, [], { allowTrailingComma: true });
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  // settings.json is flat (`"secretref.app": "x"`); toServerSettings reads a section.
  const section: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (k.startsWith('secretref.')) section[k.slice('secretref.'.length)] = v;
  const settings = toServerSettings(section, obj['files.exclude']);
  return trusted ? settings : untrustedPatterns(settings, path.relative(root, file), stderr);
}

/**
 * The settings without the repository's reference patterns: they are code from whoever wrote the
 * repository, which a CI job checks without trusting it. VS Code's Restricted Mode ignores the
 * same setting; `--trust-repo-settings` is the CLI's "trust this folder".
 */
function untrustedPatterns(settings: ServerSettings, rel: string, stderr: NodeJS.WritableStream): ServerSettings {
  if (settings.analysis.customDialects.length === 0) return settings;
  stderr.write(
    `secretref: ignored secretref.customDialects in ${escapeControls(rel)}: reference patterns from the repository are used only with --trust-repo-settings.\n`,
  );
  return { ...settings, analysis: { ...settings.analysis, customDialects: [] } };
}

/**
 * The files to check, sorted; `unsized` receives those the folder walk left to the scan to size
 * (see `ScanInput.listed`).
 */
async function collectFiles(paths: string[], cwd: string, settings: ServerSettings, unsized: Set<string>): Promise<string[]> {
  const files = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      throw new UsageError(
        `The path '${p}' does not exist (looked for ${abs}): give files or folders inside the repository, or none to check the current folder.`,
      );
    }
    if (st.isDirectory()) {
      for (const f of await listProjectFiles(abs, {
        include: settings.files.include,
        exclude: settings.files.exclude,
        maxFileSize: settings.maxFileSize,
        blocking: true,
        unsized,
      }))
        files.add(f);
    } else if (st.isFile()) {
      // A file named on the command line (a pre-commit hook passes the staged ones) is
      // checked whatever the globs say, as compilers do; only the size limit applies.
      if (st.size <= settings.maxFileSize) files.add(abs);
    }
  }
  return [...files].sort();
}

function colorFor(options: CheckOptions, io: CheckIO, toFile: boolean): boolean {
  if (options.color !== undefined) return options.color;
  if (toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

export async function runCheck(options: CheckOptions, io: CheckIO): Promise<CheckRun> {
  const root = findRepoRoot(io.cwd);
  const settings = readSettings(commonFolder(options.paths, io.cwd), root, options.trustRepoSettings, io.stderr);
  for (const problem of customDialectProblems(settings.analysis)) io.stderr.write(`secretref: ${problem}.\n`);
  const analysis = {
    ...settings.analysis,
    ...(options.env ? { environment: options.env } : {}),
    ...(options.app ? { app: options.app } : {}),
  };
  // The baseline is the tool's own output, not project code: never checked itself.
  const baselineFiles = new Set(
    [options.baseline, options.writeBaseline].filter((f): f is string => f !== undefined).map((f) => path.resolve(io.cwd, f)),
  );
  const unsized = new Set<string>();
  const files = (await collectFiles(options.paths, io.cwd, settings, unsized)).filter((f) => !baselineFiles.has(f));
  const store = loadStore(findManifests(root, files), root, io.env, settings.maxFileSize);
  const baseline = options.baseline ? await loadBaseline(options.baseline, io.cwd) : undefined;

  const progress = progressLine(io.stderr);
  let output: ScanOutput;
  try {
    output = await scanProject(
      {
        files,
        root,
        stores: store.stores,
        settings: store.envAdapterScopes.length > 0 ? { ...analysis, envAdapterScopes: store.envAdapterScopes } : analysis,
        now: Date.now(),
        // Without --require-values a CI run cannot know values (they live in editors' secret
        // storage or the deployment), so "no value here" would flag every declared secret.
        valuesKnown: options.requireValues,
        maxFileSize: settings.maxFileSize,
        listed: [...unsized],
        // The JSON report and the baseline read a finding's fingerprint; text and SARIF (its own) do not.
        fingerprints: options.format === 'json' || options.baseline !== undefined || options.writeBaseline !== undefined,
      },
      {
        onProgress: (d, t) => progress.update(d, t),
        // For benchmarks and tests: force a worker count (0 scans in this thread).
        workers: /^\d+$/.test(io.env.SECRETREF_SCAN_WORKERS ?? '') ? Number(io.env.SECRETREF_SCAN_WORKERS) : undefined,
        // Likewise the reader thread of a one-thread scan: 1 whatever the run's size, 0 never, 'all' for
        // every file (none read by the main thread). Ignored where worker threads scan.
        pipeline: ((v) => (v === '1' ? true : v === '0' ? false : v === 'all' ? v : undefined))(io.env.SECRETREF_SCAN_PIPELINE),
      },
      io.workerScript,
    );
  } finally {
    progress.stop();
  }
  for (const u of output.unreadable) io.stderr.write(`secretref: skipped ${escapeControls(relativeTo(root, u.path))}: ${u.reason}\n`);

  if (options.writeBaseline) {
    const out = path.resolve(io.cwd, options.writeBaseline);
    const entries = output.results.flatMap((r) =>
      r.findings.map((f) => ({
        path: r.rel,
        code: f.code,
        ...(f.secret !== undefined ? { secret: f.secret } : {}),
        fingerprint: f.fingerprint ?? '',
      })),
    );
    try {
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, JSON.stringify(buildBaseline(entries), null, 2) + '\n');
    } catch (e) {
      throw new UsageError(
        `Cannot write the baseline to '${options.writeBaseline}' (${(e as NodeJS.ErrnoException).code ?? String(e)}): choose a writable path for --write-baseline.`,
      );
    }
  }
  // Findings the baseline records are left out of the report and the exit code, and counted.
  let baselined = 0;
  const results = baseline
    ? output.results.map((r) => {
        const findings = r.findings.filter((f) => !baseline.has(f.fingerprint ?? ''));
        baselined += r.findings.length - findings.length;
        return { ...r, findings };
      })
    : output.results;
  // Files over the size limit that the scan sized are not part of the run, as those the walk sized.
  const summary = { ...summarize(results, files.length - output.tooLarge), ...(baseline ? { baselined } : {}) };
  const report =
    options.format === 'json'
      ? formatJson(results, summary, io.version)
      : options.format === 'sarif'
        ? formatSarif(results, root, io.version)
        : formatText(results, summary, { color: colorFor(options, io, options.output !== undefined) });

  if (options.output) {
    const out = path.resolve(io.cwd, options.output);
    try {
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, report);
    } catch (e) {
      throw new UsageError(
        `Cannot write the report to '${options.output}' (${(e as NodeJS.ErrnoException).code ?? String(e)}): choose a writable path for --output.`,
      );
    }
    // The report went to a file: CI logs still show what was found.
    io.stdout.write(summaryLine(summary) + '\n');
  } else {
    io.stdout.write(report);
  }

  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  if (tooManyWarnings && options.format === 'text' && !options.output) {
    io.stdout.write(`${tooManyWarningsMessage(summary.warnings, options.maxWarnings!)}\n`);
  } else if (tooManyWarnings) {
    io.stderr.write(`secretref: ${tooManyWarningsMessage(summary.warnings, options.maxWarnings!)}\n`);
  }
  if (options.writeBaseline) {
    // Recording a baseline accepts today's findings: the run that writes it does not fail on them.
    io.stderr.write(
      `secretref: recorded ${summary.errors + summary.warnings + summary.notes} finding(s) in ${options.writeBaseline}; commit it and run with --baseline ${options.writeBaseline} to report only new ones.\n`,
    );
    return { exitCode: 0, summary };
  }
  return { exitCode: summary.errors > 0 || tooManyWarnings ? 1 : 0, summary };
}

/** The fingerprints a baseline file holds; a missing or unreadable one is a configuration error. */
async function loadBaseline(file: string, cwd: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new ConfigError(
      `Cannot read the baseline '${file}' (${(e as NodeJS.ErrnoException).code ?? String(e)}): write one with 'secretref check --write-baseline ${file}', or fix the path given to --baseline.`,
    );
  }
  const b = readBaseline(text);
  if ('error' in b) throw new ConfigError(`The baseline '${file}' cannot be used: ${b.error}.`);
  return b.fingerprints;
}

/** Why warnings failed the check, in plain words: "3 warnings, but --max-warnings 0 allows none: failing." */
function tooManyWarningsMessage(warnings: number, allowed: number): string {
  const counted = `${warnings} warning${warnings === 1 ? '' : 's'}`;
  const allows = allowed === 0 ? 'none' : `at most ${allowed}`;
  return `${counted}, but --max-warnings ${allowed} allows ${allows}: failing.`;
}
