// Which context file Run Integration offers first (Enter runs with it). The setting wins; else a
// `context.json` the workspace holds (the demo's sets `dryRun`, so a first run posts nothing),
// the one nearest the integration first; else none, and the run gets `{}`. And how the chosen
// file's JSON is read. Pure: no `vscode`.
import * as path from 'node:path';
import { jsonSyntaxError } from '../../../server/src/analysis/model/manifest';

export function defaultContextFile(configured: string | undefined, found: readonly string[], integration: string): string | undefined {
  if (configured) return configured;
  const named = found.filter((f) => path.basename(f) === 'context.json');
  if (named.length === 0) return undefined;
  // Nearest: the longest folder the context file shares with the integration.
  const shared = (f: string) => {
    const a = path.dirname(f).split(path.sep);
    const b = path.dirname(integration).split(path.sep);
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return [...named].sort((x, y) => shared(y) - shared(x) || x.split(path.sep).length - y.split(path.sep).length || x.localeCompare(y))[0];
}

/**
 * The context file's value, as JSON.parse reads it. A syntax error is told by line and column:
 * JSON.parse's own message quotes the text around the error, and the message reaches the
 * Integrations output and a notification, while a context file may hold a credential.
 */
export function parseContextFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Only to say where: the value is JSON.parse's.
  }
  const where = jsonSyntaxError(text);
  throw new Error(`The context file ${file} is not valid JSON${where ? `: ${where}` : ''}. Fix it or pick another file.`);
}
