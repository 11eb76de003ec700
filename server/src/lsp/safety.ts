// Every handler runs behind `guard`: an exception becomes one log line and an empty answer,
// never a crashed server. The log line names the request and the file, never document text.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function connectionLogger(connection: Connection): Logger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}

/**
 * A one-line description of an error that cannot carry document text: parser errors
 * (SyntaxError and the like) quote the input, so only programming errors keep their message.
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return 'non-error exception';
  const frame = (e.stack ?? '')
    .split('\n')
    .slice(1)
    .find((l) => l.includes('/'))
    ?.trim()
    .replace(/^at\s+/, '');
  const safeMessage = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
  const msg = safeMessage ? `: ${e.message.split('\n')[0].slice(0, 160)}` : '';
  return `${e.name}${msg}${frame ? ` (at ${frame})` : ''}`;
}

/** Wraps a handler: errors are logged as one line and answered with `fallback`; a ResponseError is passed on. */
export function guard<A extends unknown[], R>(
  log: Logger,
  what: string,
  fallback: R,
  fn: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const bad = malformedPosition(args[0]);
    // A position that is no place in any text: say so to the client rather than guess one.
    if (bad) throw new ResponseError(ErrorCodes.InvalidParams, `${what}: ${bad}; positions are whole line and character numbers.`);
    try {
      return await fn(...args);
    } catch (e) {
      // A deliberate refusal (e.g. an invalid rename) is the answer, shown to the user as is.
      if (e instanceof ResponseError) throw e;
      const uri = uriOf(args[0]);
      log.error(`${what} failed${uri ? ` for ${uri}` : ''}: ${describeError(e)}`);
      return fallback;
    }
  };
}

function uriOf(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const td = (params as { textDocument?: { uri?: unknown } }).textDocument;
  return typeof td?.uri === 'string' ? td.uri : undefined;
}

/** Why a request's `position` or `range` is not one (a line or character that is not an integer). */
function malformedPosition(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const p = params as { position?: unknown; range?: unknown };
  const positions: Array<[string, unknown]> = [];
  if ('position' in p) positions.push(['position', p.position]);
  if ('range' in p && typeof p.range === 'object' && p.range !== null) {
    const r = p.range as { start?: unknown; end?: unknown };
    positions.push(['range start', r.start], ['range end', r.end]);
  }
  for (const [which, pos] of positions) {
    if (typeof pos !== 'object' || pos === null) return `the ${which} is missing`;
    const { line, character } = pos as { line?: unknown; character?: unknown };
    if (!Number.isInteger(line) || !Number.isInteger(character)) return `the ${which} is not a line and character number`;
  }
  return undefined;
}
