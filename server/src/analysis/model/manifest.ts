// The workspace manifest `secretref.json`: the team's committed, value-free list of the secrets a
// project expects, with its apps and environments. Parsed with offsets so every problem is reported
// where it is in the manifest, validated against the shipped JSON schema, and converted to
// SecretInfo (level 'manifest') for the store. Pure: the caller reads the file.
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as jsonc from 'jsonc-parser';
import { isValidSecretName } from './store';
import type { AnalysisDiagnostic, AnalysisSettings, OffsetRange, SecretInfo } from './types';

export const MANIFEST_FILE = 'secretref.json';

export interface Manifest {
  secrets: SecretInfo[];
  apps: string[];
  environments: string[];
  /** `"secretsAdapter": "env"`: the project reads secrets from INTEGRATION_ variables everywhere. */
  secretsAdapter?: 'env';
  /** Problems in the manifest, code 'manifest-error', with ranges in the manifest's text. */
  diagnostics: AnalysisDiagnostic[];
}

/** Whether a document is a workspace manifest (by file name). */
export function isManifestUri(uri: string): boolean {
  return /(^|[\\/])secretref\.json$/i.test(uri);
}

/** Properties people put in a manifest by mistake that would hold a value. */
const VALUE_KEYS = new Set(['value', 'values', 'secret', 'defaultValue', 'envValues']);

/**
 * The schema's validator, compiled by Ajv at build time (scripts/build-manifest-validator.mjs):
 * compiling it at run time cost each CLI run and server start 55-70 ms, and the extension host
 * (client/src/commands/project.ts imports this file) no longer loads Ajv at all.
 */
const validator = require('./manifestValidator.js') as ValidateFunction;
function validate(value: unknown): ErrorObject[] {
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/**
 * Whether `process.env.INTEGRATION_NAME` is a secret in every module of the document at `uri`:
 * the manifest that governs it (the nearest one up, as for its secrets) says `"secretsAdapter":
 * "env"`. A nested manifest that does not say so turns it off for its own subtree.
 */
export function envAdapterAt(settings: Pick<AnalysisSettings, 'envAdapter' | 'envAdapterScopes'>, uri: string): boolean {
  if (settings.envAdapter === true) return true;
  let best: { folder: string; env: boolean } | undefined;
  for (const s of settings.envAdapterScopes ?? [])
    if (uri.startsWith(s.folder) && (!best || s.folder.length > best.folder.length)) best = s;
  return best?.env ?? false;
}

export function parseManifest(text: string): Manifest {
  const diagnostics: AnalysisDiagnostic[] = [];
  if (text.trim() === '') {
    diagnostics.push(error(`${MANIFEST_FILE} is empty: it should be an object such as { "secrets": {} }`, { start: 0, end: 0 }));
    return { secrets: [], apps: [], environments: [], diagnostics };
  }
  const errors: jsonc.ParseError[] = [];
  let root: jsonc.Node | undefined;
  try {
    root = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    // jsonc recurses per nesting level; an absurdly deep manifest is reported rather than crashing.
    return {
      secrets: [],
      apps: [],
      environments: [],
      diagnostics: [error(`${MANIFEST_FILE} is nested too deeply to read`, { start: 0, end: 0 })],
    };
  }
  for (const e of errors) {
    diagnostics.push(
      error(`${MANIFEST_FILE} is not valid JSON: ${jsonSyntaxWords(e.error)}`, {
        start: e.offset,
        end: e.offset + Math.max(e.length, 1),
      }),
    );
  }
  if (!root) return { secrets: [], apps: [], environments: [], diagnostics };
  const value: unknown = jsonc.getNodeValue(root);
  const seen = new Set<string>();
  for (const err of validate(value)) {
    const d = schemaDiagnostic(root, err);
    if (!d) continue;
    const key = `${d.range.start}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      diagnostics.push(d);
    }
  }

  const apps = stringList(jsonc.findNodeAtLocation(root, ['apps']));
  const environments = stringList(jsonc.findNodeAtLocation(root, ['environments']));
  const secrets: SecretInfo[] = [];
  const secretsNode = jsonc.findNodeAtLocation(root, ['secrets']);
  const names = new Set<string>();
  for (const prop of secretsNode?.type === 'object' ? (secretsNode.children ?? []) : []) {
    const [keyNode, valueNode] = prop.children ?? [];
    const name: unknown = keyNode?.value;
    if (typeof name !== 'string' || !isValidSecretName(name)) continue;
    if (names.has(name)) {
      diagnostics.push(error(`Secret '${name}' is listed twice in ${MANIFEST_FILE}: keep one entry`, rangeOf(keyNode), name));
      continue;
    }
    names.add(name);
    const info = toSecretInfo(name, valueNode);
    secrets.push(info);
    diagnostics.push(...crossChecks(info, valueNode, apps, environments));
  }
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  const adapter = jsonc.findNodeAtLocation(root, ['secretsAdapter']);
  return { secrets, apps, environments, ...(adapter?.value === 'env' ? { secretsAdapter: 'env' as const } : {}), diagnostics };
}

/** Builds SecretInfo from what is well-formed in an entry, so one bad field does not hide the secret. */
function toSecretInfo(name: string, node: jsonc.Node | undefined): SecretInfo {
  const info: SecretInfo = { name, level: 'manifest' };
  if (node?.type !== 'object') return info;
  const field = (k: string) => jsonc.findNodeAtLocation(node, [k]);
  const description = field('description');
  if (description?.type === 'string') info.description = description.value as string;
  const scope = stringList(field('scope'));
  if (scope.length) info.scope = scope;
  const envs = stringList(field('envs'));
  if (envs.length) info.envs = envs;
  const expiresAt = field('expiresAt');
  if (expiresAt?.type === 'string' && !Number.isNaN(Date.parse(expiresAt.value as string))) info.expiresAt = expiresAt.value as string;
  const metadata = field('metadata');
  if (metadata?.type === 'object') {
    const m: Record<string, string> = {};
    for (const p of metadata.children ?? []) {
      const [k, v] = p.children ?? [];
      if (typeof k?.value === 'string' && v?.type === 'string') m[k.value] = v.value as string;
    }
    if (Object.keys(m).length) info.metadata = m;
  }
  return info;
}

/** Apps and environments a secret names must be ones the manifest lists (when it lists any). */
function crossChecks(info: SecretInfo, node: jsonc.Node | undefined, apps: string[], environments: string[]): AnalysisDiagnostic[] {
  const out: AnalysisDiagnostic[] = [];
  if (node?.type !== 'object') return out;
  const check = (field: 'scope' | 'envs', known: string[], what: string, list: string) => {
    if (known.length === 0) return;
    for (const item of jsonc.findNodeAtLocation(node, [field])?.children ?? []) {
      if (item.type === 'string' && !known.includes(item.value as string)) {
        out.push({
          ...error(
            `${what} '${item.value}' in ${field} of '${info.name}' is not listed in "${list}" of ${MANIFEST_FILE}: add it there or fix the spelling`,
            rangeOf(item),
            info.name,
          ),
          severity: 'warning',
        });
      }
    }
  };
  check('scope', apps, 'App', 'apps');
  check('envs', environments, 'Environment', 'environments');
  const exp = jsonc.findNodeAtLocation(node, ['expiresAt']);
  if (exp?.type === 'string' && /^\d{4}-\d{2}-\d{2}/.test(exp.value as string) && Number.isNaN(Date.parse(exp.value as string))) {
    out.push(error(`expiresAt of '${info.name}' is not a real date: '${exp.value}'`, rangeOf(exp), info.name));
  }
  return out;
}

function schemaDiagnostic(root: jsonc.Node, err: ErrorObject): AnalysisDiagnostic | undefined {
  const path = pointerSegments(err.instancePath);
  const node = nodeAt(root, path);
  const where = describe(path);
  const secret = path[0] === 'secrets' && typeof path[1] === 'string' ? path[1] : undefined;
  switch (err.keyword) {
    case 'additionalProperties': {
      const prop = String((err.params as { additionalProperty: string }).additionalProperty);
      const keyNode = propertyKey(node, prop);
      const range = keyNode ? rangeOf(keyNode) : rangeOf(node);
      if (secret && path.length === 2 && VALUE_KEYS.has(prop)) {
        return error(
          `${MANIFEST_FILE} must never hold a secret value: remove '${prop}' from '${secret}' and set the value with "Secrets: Set Value"`,
          range,
          secret,
        );
      }
      const allowed =
        path.length === 0
          ? 'apps, environments, secrets'
          : secret && path.length === 2
            ? 'description, scope, envs, expiresAt, metadata'
            : undefined;
      return error(`Unknown property '${prop}' in ${where}${allowed ? ` (allowed: ${allowed})` : ''}`, range, secret);
    }
    case 'propertyNames':
      return undefined; // reported by the 'pattern' error on the name itself
    case 'pattern': {
      const propertyName = (err as ErrorObject & { propertyName?: string }).propertyName;
      if (propertyName !== undefined) {
        const keyNode = propertyKey(node, propertyName);
        return error(
          `'${propertyName}' is not a valid secret name: use letters, digits and underscores, starting with a letter or underscore`,
          keyNode ? rangeOf(keyNode) : rangeOf(node),
          propertyName,
        );
      }
      if (path[path.length - 1] === 'expiresAt') {
        return error(`expiresAt of '${secret}' must be an ISO 8601 date such as 2026-12-31 or 2026-12-31T18:00:00Z`, rangeOf(node), secret);
      }
      return error(`${where} ${err.message}`, rangeOf(node), secret);
    }
    case 'type':
      return error(`${capitalize(where)} must be ${article((err.params as { type: string }).type)}`, rangeOf(node), secret);
    case 'uniqueItems': {
      const { j } = err.params as { i: number; j: number };
      const dup = node?.children?.[j];
      return error(`${capitalize(where)} lists '${dup ? jsonc.getNodeValue(dup) : '?'}' twice`, dup ? rangeOf(dup) : rangeOf(node), secret);
    }
    case 'minLength':
      return error(`${capitalize(where)} must not be empty`, rangeOf(node), secret);
    default:
      return error(`${capitalize(where)} ${err.message ?? 'is not valid'}`, rangeOf(node), secret);
  }
}

/** `/secrets/STRIPE_KEY/scope/0` → ['secrets', 'STRIPE_KEY', 'scope', 0]. */
function pointerSegments(pointer: string): jsonc.Segment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => {
      const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(seg) ? Number(seg) : seg;
    });
}

function nodeAt(root: jsonc.Node, path: jsonc.Segment[]): jsonc.Node | undefined {
  return path.length === 0 ? root : jsonc.findNodeAtLocation(root, path);
}

function propertyKey(obj: jsonc.Node | undefined, name: string): jsonc.Node | undefined {
  return obj?.children?.find((p) => p.children?.[0]?.value === name)?.children?.[0];
}

/** Plain words for a place in the manifest: "scope of 'STRIPE_KEY'", "apps", "the manifest". */
function describe(path: jsonc.Segment[]): string {
  if (path.length === 0) return MANIFEST_FILE;
  if (path[0] === 'secrets' && path.length >= 2) {
    const name = `'${path[1]}'`;
    if (path.length === 2) return `the entry of ${name}`;
    const rest = path.slice(2);
    const field = rest.filter((s) => typeof s === 'string').join('.');
    const idx = rest.find((s) => typeof s === 'number');
    return `${idx !== undefined ? `item ${Number(idx) + 1} of ` : ''}${field} of ${name}`;
  }
  const [first, second] = path;
  return typeof second === 'number' ? `item ${second + 1} of ${first}` : path.join('.');
}

function stringList(node: jsonc.Node | undefined): string[] {
  if (node?.type !== 'array') return [];
  return (node.children ?? []).filter((c) => c.type === 'string' && c.value !== '').map((c) => c.value as string);
}

function rangeOf(node: jsonc.Node | undefined): OffsetRange {
  return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: 0 };
}

function error(message: string, range: OffsetRange, secret?: string): AnalysisDiagnostic {
  return { code: 'manifest-error', severity: 'error', message, range, ...(secret ? { secret } : {}) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function article(type: string): string {
  return type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
}

const SYNTAX_WORDS: Partial<Record<jsonc.ParseErrorCode, string>> = {
  [jsonc.ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [jsonc.ParseErrorCode.InvalidNumberFormat]: 'malformed number',
  [jsonc.ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes is expected',
  [jsonc.ParseErrorCode.ValueExpected]: 'a value is expected',
  [jsonc.ParseErrorCode.ColonExpected]: 'a colon is expected',
  [jsonc.ParseErrorCode.CommaExpected]: 'a comma is expected',
  [jsonc.ParseErrorCode.CloseBraceExpected]: 'a closing } is expected',
  [jsonc.ParseErrorCode.CloseBracketExpected]: 'a closing ] is expected',
  [jsonc.ParseErrorCode.EndOfFileExpected]: 'nothing may follow the top-level object',
  [jsonc.ParseErrorCode.UnexpectedEndOfComment]: 'a comment is not closed',
  [jsonc.ParseErrorCode.UnexpectedEndOfString]: 'a string is not closed',
  [jsonc.ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape sequence in a string',
  [jsonc.ParseErrorCode.InvalidCharacter]: 'invalid character in a string',
};

/** A JSON syntax error in plain words: what is wrong, never the text around it (a file may hold a credential). */
function jsonSyntaxWords(code: jsonc.ParseErrorCode): string {
  return SYNTAX_WORDS[code] ?? jsonc.printParseErrorCode(code);
}

/**
 * What and where the first syntax error of strict JSON `text` is ("a comma is expected at line 3,
 * column 13"), for messages about any JSON file a user gives: JSON.parse's own message quotes
 * the text around the error, and the file may be the wrong one, holding credentials. Undefined
 * when none is found.
 */
export function jsonSyntaxError(text: string): string | undefined {
  const errors: jsonc.ParseError[] = [];
  try {
    jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc recurses per nesting level: too deep a text gets no position.
  }
  const e = errors[0];
  if (!e) return undefined;
  const before = text.slice(0, e.offset);
  return `${jsonSyntaxWords(e.error)} at line ${before.split('\n').length}, column ${e.offset - before.lastIndexOf('\n')}`;
}
