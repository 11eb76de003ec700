// Which calls write to a log: console.*, logger.* / log.* methods, the common logging
// libraries (winston, pino, bunyan, debug), process.stdout/stderr.write, and the extra
// sinks named in settings (`secretref.logSinks`). Also which calls make a value safe to log.
import { ts } from '../typescript';
import { unwrap } from '../integrations';

export const LOG_METHODS = new Set([
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'notice',
  'critical',
  'crit',
  'alert',
  'emerg',
  'http',
  'success',
  'print',
  'write',
]);

/** Receivers whose log methods are sinks: console, logger, log, winston, pino, bunyan, and names ending in Logger / _logger. */
const LOGGER_RECEIVER = /^(?:console|logger|log|_logger|_log|winston|pino|bunyan|signale|consola|logging)$/i;
/** Case-sensitive, so `catalog` or `dialog` is not a logger while `appLogger` and `auditLog` are. */
const LOGGER_SUFFIX = /[a-z0-9](?:Logger|_logger|_log|Log)$/;

/** Calls that create a logger instance: `pino()`, `winston.createLogger()`, `bunyan.createLogger()`, `logger.child()`, `require('debug')('ns')`. */
export function createsLogger(call: ts.CallExpression, calleeIsLogger: boolean): boolean {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) return /^(?:pino|createLogger|debug)$/.test(callee.text);
  if (ts.isPropertyAccessExpression(callee)) {
    const m = callee.name.text;
    if (m === 'createLogger' || m === 'getLogger') return true;
    if (m === 'child' && calleeIsLogger) return true;
    if (m === 'extend' && calleeIsLogger) return true;
  }
  // require('debug')('ns')
  if (ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require') {
    const arg = callee.arguments[0];
    return !!arg && ts.isStringLiteralLike(arg) && /^(?:debug|pino|bunyan)$/.test(arg.text);
  }
  return false;
}

/** `a.b.c` for a chain of identifiers (and `this`); undefined for anything else. */
export function dottedName(e: ts.Expression): string | undefined {
  // Built right to left as one string: this runs for every call the walk meets.
  let name: string | undefined;
  let cur: ts.Expression = unwrap(e);
  for (let i = 0; i < 16; i++) {
    if (ts.isIdentifier(cur)) return name === undefined ? cur.text : `${cur.text}.${name}`;
    if (cur.kind === ts.SyntaxKind.ThisKeyword) return name === undefined ? 'this' : `this.${name}`;
    if (ts.isPropertyAccessExpression(cur)) {
      name = name === undefined ? cur.name.text : `${cur.name.text}.${name}`;
      cur = unwrap(cur.expression);
      continue;
    }
    return undefined;
  }
  return undefined;
}

export interface SinkOptions {
  logSinks: string[];
  /** Whether an identifier (or a receiver) is bound to a logger instance in scope. */
  isLoggerValue: (e: ts.Expression) => boolean;
}

/** The name of the log call (`logger.info`) if `call` writes its arguments to a log. */
export function sinkName(call: ts.CallExpression, opts: SinkOptions): string | undefined {
  const callee = unwrap(call.expression);
  const name = dottedName(callee);
  if (name) {
    for (const s of opts.logSinks) if (name === s || name.endsWith('.' + s)) return name;
    if (name === 'process.stdout.write' || name === 'process.stderr.write') return name;
  }
  if (ts.isIdentifier(callee)) {
    // A debug instance, or a function called like a logger.
    if (opts.isLoggerValue(callee) || /^(?:debug|dbg)$/.test(callee.text)) return callee.text;
    return undefined;
  }
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const receiver = unwrap(callee.expression);
    const receiverName = ts.isIdentifier(receiver)
      ? receiver.text
      : ts.isPropertyAccessExpression(receiver)
        ? receiver.name.text
        : undefined;
    if (receiverName === 'console') return name ?? `console.${method}`;
    if (!LOG_METHODS.has(method)) return undefined;
    // `fs.write` or `stream.write` is not a log; `write` counts only on a logger.
    if (method === 'write' || method === 'print') return opts.isLoggerValue(receiver) ? (name ?? method) : undefined;
    if ((receiverName && (LOGGER_RECEIVER.test(receiverName) || LOGGER_SUFFIX.test(receiverName))) || opts.isLoggerValue(receiver))
      return name ?? `logger.${method}`;
  }
  return undefined;
}

/** Calls whose result never shows the secret they are given (hashing, redaction, Boolean). */
export function isSafeCall(call: ts.CallExpression, redactionFunctions: string[]): boolean {
  const callee = unwrap(call.expression);
  const name = dottedName(callee);
  const last = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (last && redactionFunctions.includes(last)) return true;
  if (name && redactionFunctions.includes(name)) return true;
  return name === 'Boolean' || name === 'Number' || name === 'isNaN';
}

/** Methods of a string (or array) that return text still holding the secret. */
export const PASS_THROUGH_METHODS = new Set([
  'toString',
  'trim',
  'trimStart',
  'trimEnd',
  'slice',
  'substring',
  'substr',
  'toUpperCase',
  'toLowerCase',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
  'replace',
  'replaceAll',
  'split',
  'concat',
  'padStart',
  'padEnd',
  'repeat',
  'at',
  'charAt',
  'normalize',
  'join',
  'valueOf',
  'toJSON',
  'flat',
  'reverse',
  'sort',
  'filter',
]);

/** Global functions that return their argument's text in another form. */
export const PASS_THROUGH_FUNCTIONS = new Set([
  'JSON.stringify',
  'String',
  'Buffer.from',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'btoa',
  'atob',
  'Object.values',
  'Object.entries',
  'Array.from',
  'util.inspect',
  'util.format',
  'inspect',
  'format',
  'Object.assign',
]);
