// The secret-flow walk over one JS/TS document. It follows values from the sources
// (an integration's secrets parameter and its aliases, awaited event.secrets('X'),
// process.env.INTEGRATION_X, SDK records like `(await julep.secrets.get(…)).value`) through
// assignments, destructuring, template literals, concatenation, object literals, spreads,
// JSON.stringify, string methods and local functions, into log calls and thrown errors.
// The same walk records every use of an integration's secrets object, so the `required`
// dialect and the logged-secret rule share one pass, cached per document and settings.
// The walk is layered by concern: record.ts (what it finds), functions.ts (local functions
// walked again with their arguments, bounded), statements.ts, expressions.ts.
import { envAdapterAt } from '../model/manifest';
import type { ParsedDocument } from '../document';
import { ENV_NAME, isDeclarationFile, mayNameSecrets, jsFacts, readsEnvAdapter } from '../integrations';
import type { AnalysisSettings } from '../model/types';
import type { TextProbe } from '../text/textSource';
import { guarded } from '../keywords';
import { Walker } from './expressions';
import type { FlowResult } from './record';
import { DocumentCache } from '../documentCache';

export type { FlowResult, Leak, SecretUse } from './record';

const EMPTY: FlowResult = { uses: [], opaque: new Set(), leaks: [] };
const cache = new DocumentCache<{ key: string; result: FlowResult }>();

/** Cheap test on the raw text: without a source, nothing can leak and no secrets object is read. */
export function mayHoldSecretFlow(text: TextProbe): boolean {
  return mayNameSecrets(text) || text.has(ENV_NAME);
}

/** `x.secrets(` and `x.secrets.get(`, also written `x?.secrets` or `x . secrets`. */
const SDK_SOURCE = guarded(/\.\s*secrets\b/, 'secrets');

const settingsKeys = new WeakMap<AnalysisSettings, string>();

/** What of the settings the walk depends on, as a string (built once per settings object: the walk is asked for several times per file). */
function settingsKey(settings: AnalysisSettings): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) {
    key = settings.logSinks.join('\u0000') + '\u0001' + settings.redactionFunctions.join('\u0000');
    settingsKeys.set(settings, key);
  }
  return key;
}

export function secretFlow(doc: ParsedDocument, settings: AnalysisSettings): FlowResult {
  // A declaration file has no code to run: nothing in it reads or logs a value (`jsFacts` says the same).
  if (!mayHoldSecretFlow(doc) || isDeclarationFile(doc.uri)) return EMPTY;
  const key = settingsKey(settings) + (envAdapterAt(settings, doc.uri) ? '\u0001env' : '');
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.result;
  const facts = jsFacts(doc);
  // The only sources are an integration's secrets parameter, process.env.INTEGRATION_* and
  // `.secrets(…)` / `.secrets.get(…)`: without one of them (a `{{Secrets.X}}` string is not one)
  // the walk over the whole tree cannot find anything, and costs most of a keystroke's analysis.
  if (!facts || (facts.integrations.length === 0 && !doc.has(ENV_NAME) && !(mayNameSecrets(doc) && doc.has(SDK_SOURCE)))) return EMPTY;
  const sf = doc.tsSource;
  if (!sf) return EMPTY;
  let result: FlowResult;
  try {
    result = new Walker(doc.text, sf, facts.integrations, settings, readsEnvAdapter(doc, facts, settings)).run();
  } catch (e) {
    // Very deep code may exhaust the stack; an unanalysed document is better than a crashed server.
    if (e instanceof RangeError) result = EMPTY;
    else throw e;
  }
  cache.set(doc, { key, result });
  return result;
}
