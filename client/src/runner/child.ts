// The process an integration runs in (bundled to dist/runner-child.js, forked by runProcess.ts).
// It loads the module before any secret exists here, reports what the module declares, and
// only then receives exactly those secrets over IPC and calls run(context, secrets, dataFiles).
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import type { ChildMessage, DataFile, ErrorMessage, LoadMessage, ParentMessage, RunMessage } from './protocol';

interface Integration {
  metadata?: { name?: unknown; requiredSecrets?: unknown };
  run: (context: unknown, secrets: Record<string, string>, dataFiles: DataFile[]) => unknown;
}

let integration: Integration | undefined;
let declared: string[] = [];

function send(msg: ChildMessage, then?: () => void): void {
  if (!process.send) return;
  process.send(msg, undefined, {}, () => then?.());
}

function fail(phase: ErrorMessage['phase'], e: unknown): void {
  const err = e instanceof Error ? e : new Error(String(e));
  send({ type: 'error', phase, message: err.message, stack: err.stack }, () => process.exit(1));
}

/** TypeScript is transpiled in memory, per file, as the CommonJS loader asks for it (no temp files). */
function registerTypeScript(): void {
  const extensions = (Module as unknown as { _extensions: Record<string, (m: NodeJS.Module, f: string) => void> })._extensions;
  // Beside this bundle (dist/runner-transpile.js), loaded only when a TypeScript module is met.
  const transpiler = join(__dirname, 'runner-transpile.js');
  const compileTs = (m: NodeJS.Module, filename: string): void => {
    const { transpileToCommonJs } = require(transpiler) as typeof import('./transpile');
    const code = transpileToCommonJs(readFileSync(filename, 'utf8'), filename);
    (m as unknown as { _compile(code: string, file: string): void })._compile(code, filename);
  };
  for (const ext of ['.ts', '.cts', '.mts']) extensions[ext] = compileTs;
  // Stack traces then name the TypeScript lines (the transpiler inlines a source map).
  process.setSourceMapsEnabled(true);
}

function isEsmOnly(e: unknown): boolean {
  const err = e as { code?: string; message?: string; name?: string };
  return (
    err?.code === 'ERR_REQUIRE_ESM' ||
    err?.code === 'ERR_REQUIRE_ASYNC_MODULE' ||
    (err?.name === 'SyntaxError' && /\b(import|export)\b|import\.meta|await is only valid/.test(err.message ?? ''))
  );
}

async function importModule(modulePath: string): Promise<unknown> {
  const ext = extname(modulePath).toLowerCase();
  if (['.ts', '.cts', '.mts'].includes(ext)) {
    registerTypeScript();
    return require(modulePath);
  }
  if (ext === '.mjs') return import(pathToFileURL(modulePath).href);
  try {
    return require(modulePath);
  } catch (e) {
    if (!isEsmOnly(e)) throw e;
    return import(pathToFileURL(modulePath).href);
  }
}

function isIntegration(x: unknown): x is Integration {
  return typeof x === 'object' && x !== null && typeof (x as Integration).run === 'function';
}

function pickIntegration(ns: unknown, name: string | undefined, modulePath: string): Integration {
  const seen = new Set<unknown>();
  const candidates: Integration[] = [];
  const consider = (x: unknown): void => {
    if (seen.has(x)) return;
    seen.add(x);
    if (isIntegration(x)) candidates.push(x);
  };
  const nsObj = ns as Record<string, unknown> | undefined;
  consider(nsObj);
  consider(nsObj?.default);
  consider((nsObj?.default as Record<string, unknown> | undefined)?.default);
  if (nsObj && typeof nsObj === 'object') for (const v of Object.values(nsObj)) consider(v);
  const named = name ? candidates.filter((c) => c.metadata?.name === name) : candidates;
  if (named.length >= 1) return named[0];
  if (name && candidates.length === 1 && candidates[0].metadata?.name === undefined) return candidates[0];
  const file = basename(modulePath);
  if (!candidates.length)
    throw new Error(`${file} exports no integration: export an object with metadata and a run(context, secrets, dataFiles) function.`);
  throw new Error(
    `${file} exports no integration named '${name}'; it exports ${candidates.map((c) => `'${String(c.metadata?.name)}'`).join(', ')}.`,
  );
}

async function load(msg: LoadMessage): Promise<void> {
  try {
    integration = pickIntegration(await importModule(msg.modulePath), msg.name, msg.modulePath);
    // A module that exports only run() keeps its metadata in a file beside it: that file declares.
    const metadata = integration.metadata ?? msg.metadata;
    const req = metadata?.requiredSecrets;
    declared = Array.isArray(req) ? req.filter((s): s is string => typeof s === 'string') : [];
    const name = typeof metadata?.name === 'string' ? metadata.name : (msg.name ?? basename(msg.modulePath));
    send({ type: 'loaded', name, requiredSecrets: declared });
  } catch (e) {
    fail('load', e);
  }
}

function readDataFiles(paths: string[]): DataFile[] {
  return paths.map((p) => ({ name: basename(p), path: p, content: readFileSync(p, 'utf8') }));
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) ?? String(value);
  } catch {
    // Circular structures: show what util.inspect would, rather than nothing.
    return inspect(value, { depth: 6 });
  }
}

async function run(msg: RunMessage): Promise<void> {
  if (!integration) return fail('run', new Error('run requested before the integration loaded'));
  // Copy only what was declared, then drop the message's copy so it is not kept reachable.
  const secrets: Record<string, string> = {};
  for (const name of declared) if (typeof msg.secrets[name] === 'string') secrets[name] = msg.secrets[name];
  for (const k of Object.keys(msg.secrets)) delete msg.secrets[k];
  (msg as Partial<RunMessage>).secrets = undefined;
  try {
    const dataFiles = readDataFiles(msg.dataFiles);
    const value = await integration.run(msg.context ?? {}, secrets, dataFiles);
    for (const k of Object.keys(secrets)) delete secrets[k];
    send(value === undefined ? { type: 'result', json: '' } : { type: 'result', json: jsonOf(value) }, () => process.exit(0));
  } catch (e) {
    fail('run', e);
  }
}

process.on('message', (raw: ParentMessage) => {
  if (raw?.type === 'load') void load(raw);
  else if (raw?.type === 'run') void run(raw);
});
process.on('disconnect', () => process.exit(2));
process.on('uncaughtException', (e) => fail(integration ? 'run' : 'load', e));
process.on('unhandledRejection', (e) => fail(integration ? 'run' : 'load', e));
