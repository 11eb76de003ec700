// Every handler runs behind `guard`: an exception becomes one log line and an empty answer,
// never a crashed server. The log line names the request and the file, never document text.
import { ResponseError, type Connection } from 'vscode-languageserver/node';

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
  const frame = (e.stack ?? '').split('\n').slice(1).find((l) => l.includes('/'))?.trim().replace(/^at\s+/, '');
  const safeMessage = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
  const msg = safeMessage ? `: ${e.message.split('\n')[0].slice(0, 160)}` : '';
  return `${e.name}${msg}${frame ? ` (at ${frame})` : ''}`;
}

/** Wraps a handler: errors are logged as one line and answered with `fallback`; a ResponseError is passed on. */
export function guard<A extends unknown[], R>(log: Logger, what: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
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
