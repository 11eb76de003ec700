// Integration modules (ToolJump): an object with `metadata: { name, requiredSecrets }` and
// `run(context, secrets = {}, dataFiles = [])`, written as CommonJS, ESM or TypeScript, or with
// its metadata in a JSON/YAML file beside the module. One structural walk per document finds
// the integrations and the other integration-code forms (process.env.INTEGRATION_*,
// event.secrets('X'), secret_name and `$ ` expressions in JS objects); the result is cached
// per ParsedDocument so every dialect and rule shares it.
import { envAdapterAt } from './model/manifest';
import { ts } from './typescript';
import * as YAML from 'yaml';
import type * as jsonc from 'jsonc-parser';
import { ParsedDocument } from './document';
import type { AnalysisSettings, OffsetRange } from './model/types';
import { probeOf, type TextProbe } from './text/textSource';
import { guardedStart } from './keywords';

/** A secret name written in a document: the name alone, and the whole form around it. */
export interface NamedRange {
  name: string;
  range: OffsetRange;
  fullRange: OffsetRange;
}

/** A `requiredSecrets` array. */
export interface RequiredSecretsList {
  /** The array, `[` to `]`, in the document that holds it. */
  range: OffsetRange;
  entries: NamedRange[];
  /** False when an element is not a literal (a spread, a variable): the list is not known in full. */
  complete: boolean;
}

export interface RunFunction {
  node: ts.SignatureDeclaration;
  /** Where the run function starts (its name, or the function itself), for CodeLenses and "go to". */
  start: number;
  /** The second parameter, the injected secrets. */
  secretsParam?: ts.ParameterDeclaration;
}

export interface Integration {
  /** `metadata.name`. */
  name?: string;
  /** The object (or for module-level exports, the first export) that defines the integration. */
  range: OffsetRange;
  /** The metadata object literal in this document, when there is one. */
  metadata?: ts.ObjectLiteralExpression;
  /** The declarations. Undefined: the integration declares nothing anywhere this analysis can see. */
  required?: RequiredSecretsList;
  /** Whether `required` was read from a metadata file beside the module (its ranges are in that file). */
  requiredFromSibling: boolean;
  run?: RunFunction;
}

/** The integration-code facts of one JS/TS document. */
export interface JsFacts {
  integrations: Integration[];
  /** `process.env.INTEGRATION_NAME`: the name is NAME, the range covers it alone. */
  envRefs: NamedRange[];
  /** `event.secrets('NAME', options?)`. */
  eventRefs: NamedRange[];
  /** `secret_name: 'name'` and `secrets.name` in `$ ` / f-string expressions. */
  taskRefs: NamedRange[];
}

/** The metadata file beside an integration module, as the server read it. */
export interface SiblingMetadata {
  uri: string;
  text: string;
}

export const ENV_PREFIX = 'INTEGRATION_';

/**
 * Whether `process.env.INTEGRATION_NAME` is the secret NAME in this module: in an integration
 * (the env adapter injects its secrets so) or a module beside its metadata file, or anywhere in a
 * project whose manifest says it uses the env adapter. Elsewhere an INTEGRATION_ variable is the
 * project's own (`INTEGRATION_TESTING` as a test switch), not a secret.
 */
export function readsEnvAdapter(
  doc: ParsedDocument,
  facts: JsFacts,
  settings: Pick<AnalysisSettings, 'envAdapter' | 'envAdapterScopes'>,
): boolean {
  if (facts.integrations.length > 0 || envAdapterAt(settings, doc.uri)) return true;
  // The metadata file is read only for a module that reads such a variable at all.
  if (facts.envRefs.length === 0) return false;
  const sibling = siblingMetadataOf(doc);
  return !!sibling && metadataFromFile(new ParsedDocument({ uri: sibling.uri, text: sibling.text }))?.required !== undefined;
}

const factsCache = new WeakMap<ParsedDocument, JsFacts>();
/** Finds the metadata file when the module's facts are first needed (most documents never need it). */
export type SiblingLookup = () => SiblingMetadata | undefined;

const siblingOf = new WeakMap<ParsedDocument, SiblingMetadata | SiblingLookup>();

/** The server calls this before analyzing a module whose metadata may live in a file beside it. */
export function attachSiblingMetadata(doc: ParsedDocument, sibling: SiblingMetadata | SiblingLookup): void {
  siblingOf.set(doc, sibling);
  factsCache.delete(doc);
}

export function siblingMetadataOf(doc: ParsedDocument): SiblingMetadata | undefined {
  const s = siblingOf.get(doc);
  if (typeof s !== 'function') return s;
  const found = s();
  if (found) siblingOf.set(doc, found);
  else siblingOf.delete(doc);
  return found;
}

/** Whether a file may be the metadata file beside an integration module (JSON or YAML). */
export function isMetadataFileUri(uri: string): boolean {
  return /\.(?:json|ya?ml)$/i.test(uri);
}

/** The files, most specific first, that may hold the metadata of the module at `uri`. */
export function siblingMetadataUris(uri: string): string[] {
  const m = /^(.*\/)([^/]+?)\.(?:[cm]?[jt]sx?)$/.exec(uri);
  if (!m) return [];
  const [, dir, base] = m;
  const out: string[] = [];
  for (const stem of [base, `${base}.metadata`]) for (const ext of ['json', 'yaml', 'yml']) out.push(`${dir}${stem}.${ext}`);
  for (const stem of ['metadata', 'integration']) for (const ext of ['json', 'yaml', 'yml']) out.push(`${dir}${stem}.${ext}`);
  return out;
}

/**
 * Cheap test: can this text hold anything `jsFacts` finds? A document answers each search once
 * (and from its previous version after an edit), shared with the dialects that ask the same.
 */
export function mayHoldIntegrationCode(text: string | TextProbe): boolean {
  const t = typeof text === 'string' ? probeOf(text) : text;
  // `run` and `metadata` as words and `metadata` as a key, shorthand or export: as bare substrings
  // (runtime, fileMetadata) they let most bundles through to a full parse.
  return (
    t.has(ENV_PREFIX) || t.has('secret_name') || (mayNameSecrets(t) && t.has(SECRETS_HINT)) || (t.has(METADATA_KEY) && t.has(RUN_WORD))
  );
}

/**
 * Whether `secrets`, `Secrets` (requiredSecrets) or `.secrets(` can be in the text at all. One
 * search for what they share answers for most files, which name none of them: each of the
 * longer searches it saves reads every byte again (about 100 ms per pattern on 200 MB).
 */
export function mayNameSecrets(t: TextProbe): boolean {
  return t.has('ecrets');
}

/** `requiredSecrets` somewhere in the text (declarations in code or a metadata file). */
export function mayDeclareSecrets(t: TextProbe): boolean {
  return mayNameSecrets(t) && t.has('requiredSecrets');
}

const SECRETS_HINT = guardedStart(/requiredSecrets|secrets\.|\.secrets\s*\(/, 'requiredSecrets', 'secrets.', '.secrets');
const METADATA_KEY = guardedStart(/\bmetadata["']?\s*[:,}=;]/, 'metadata');
const RUN_WORD = guardedStart(/\brun\b/, 'run');

const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

const NO_FACTS: JsFacts = { integrations: [], envRefs: [], eventRefs: [], taskRefs: [] };

export function jsFacts(doc: ParsedDocument): JsFacts | undefined {
  const cached = factsCache.get(doc);
  if (cached) return cached;
  if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return undefined;
  // Most files name no secret at all: they are never parsed.
  if (!mayHoldIntegrationCode(doc)) return NO_FACTS;
  // Declaration files hold types only: no integration runs there and no value is read or logged.
  if (DECLARATION_FILE.test(doc.uri)) return NO_FACTS;
  const sf = doc.tsSource;
  if (!sf) return undefined;
  const facts = collect(doc, sf);
  factsCache.set(doc, facts);
  return facts;
}

export function findIntegrations(doc: ParsedDocument, sibling?: SiblingMetadata): Integration[] {
  if (sibling) attachSiblingMetadata(doc, sibling);
  return jsFacts(doc)?.integrations ?? [];
}

// ---- helpers ----------------------------------------------------------------------------------

export function unwrap(e: ts.Expression): ts.Expression {
  let cur = e;
  for (;;) {
    if (
      ts.isParenthesizedExpression(cur) ||
      ts.isAsExpression(cur) ||
      ts.isSatisfiesExpression(cur) ||
      ts.isNonNullExpression(cur) ||
      ts.isTypeAssertionExpression(cur)
    )
      cur = cur.expression;
    else return cur;
  }
}

export function propertyNameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  if (ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

export function isStringLit(e: ts.Node): e is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e);
}

/** The range of a string literal's text between its quotes. */
export function innerRange(lit: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, sf: ts.SourceFile): OffsetRange {
  const start = lit.getStart(sf);
  return { start: start + 1, end: Math.max(start + 1, lit.end - 1) };
}

function nodeRange(n: ts.Node, sf: ts.SourceFile): OffsetRange {
  return { start: n.getStart(sf), end: n.end };
}

function isFunctionLike(
  e: ts.Node | undefined,
): e is ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration | ts.MethodDeclaration {
  return !!e && (ts.isFunctionExpression(e) || ts.isArrowFunction(e) || ts.isFunctionDeclaration(e) || ts.isMethodDeclaration(e));
}

/** `module.exports`, `exports` → '=' (the export target); `module.exports.x` / `exports.x` → 'x'. */
function cjsExportName(target: ts.Expression): string | undefined {
  const t = unwrap(target);
  if (ts.isPropertyAccessExpression(t)) {
    const obj = unwrap(t.expression);
    if (ts.isIdentifier(t.expression) && t.expression.text === 'module' && t.name.text === 'exports') return '=';
    if (ts.isIdentifier(obj) && obj.text === 'exports') return t.name.text;
    if (
      ts.isPropertyAccessExpression(obj) &&
      ts.isIdentifier(obj.expression) &&
      obj.expression.text === 'module' &&
      obj.name.text === 'exports'
    )
      return t.name.text;
  }
  return undefined;
}

// ---- the walk ----------------------------------------------------------------------------------

interface Candidate {
  node: ts.Node;
  metadata?: ts.Expression;
  run?: ts.Node;
}

function collect(doc: ParsedDocument, sf: ts.SourceFile): JsFacts {
  const envRefs: NamedRange[] = [];
  const eventRefs: NamedRange[] = [];
  const taskRefs: NamedRange[] = [];
  const objects: Candidate[] = [];
  /** Top-level `const x = …` and `function x` so `{ metadata, run }` shorthands resolve. */
  const topLevel = new Map<string, ts.Node>();
  /** Module-level exports named metadata / run (CJS `exports.run =`, ESM `export const metadata`). */
  const moduleExports: Candidate = { node: sf };

  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) {
      const exported = st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        topLevel.set(d.name.text, d.initializer);
        if (exported && d.name.text === 'metadata') moduleExports.metadata = d.initializer;
        if (exported && d.name.text === 'run') moduleExports.run = d.initializer;
      }
    } else if (ts.isFunctionDeclaration(st) && st.name) {
      topLevel.set(st.name.text, st);
      if (st.name.text === 'run' && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) moduleExports.run = st;
    } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        const local = (el.propertyName ?? el.name).text;
        const init = topLevel.get(local);
        if (el.name.text === 'metadata' && init && !ts.isFunctionDeclaration(init)) moduleExports.metadata = init as ts.Expression;
        if (el.name.text === 'run' && init) moduleExports.run = init;
      }
    } else if (
      ts.isExpressionStatement(st) &&
      ts.isBinaryExpression(st.expression) &&
      st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      const name = cjsExportName(st.expression.left);
      if (name === 'metadata') moduleExports.metadata = st.expression.right;
      else if (name === 'run') moduleExports.run = st.expression.right;
    }
  }

  const resolve = (e: ts.Node | undefined): ts.Node | undefined => {
    let cur = e;
    for (let i = 0; i < 4 && cur; i++) {
      if (ts.isIdentifier(cur)) cur = topLevel.get(cur.text);
      else if (ts.isExpression(cur) && unwrap(cur) !== cur) cur = unwrap(cur);
      else break;
    }
    return cur;
  };

  // One loop over the whole tree: no recursion, so deeply nested code cannot exhaust the stack.
  const stack: ts.Node[] = [sf];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (ts.isObjectLiteralExpression(n)) {
      let metadata: ts.Expression | undefined;
      let run: ts.Node | undefined;
      for (const p of n.properties) {
        const key = propertyNameText(p.name);
        if (key === 'metadata') {
          if (ts.isPropertyAssignment(p)) metadata = p.initializer;
          else if (ts.isShorthandPropertyAssignment(p)) metadata = p.name;
        } else if (key === 'run') {
          if (ts.isPropertyAssignment(p)) run = p.initializer;
          else if (ts.isShorthandPropertyAssignment(p)) run = p.name;
          else if (ts.isMethodDeclaration(p)) run = p;
        } else if (key === 'secret_name' && ts.isPropertyAssignment(p) && isStringLit(p.initializer) && p.initializer.text !== '') {
          taskRefs.push({ name: p.initializer.text, range: innerRange(p.initializer, sf), fullRange: nodeRange(p, sf) });
        }
      }
      if (metadata || run) objects.push({ node: n, metadata, run });
    } else if (ts.isPropertyAccessExpression(n)) {
      const obj = unwrap(n.expression);
      if (
        ts.isPropertyAccessExpression(obj) &&
        ts.isIdentifier(obj.expression) &&
        obj.expression.text === 'process' &&
        obj.name.text === 'env' &&
        n.name.text.startsWith(ENV_PREFIX) &&
        n.name.text.length > ENV_PREFIX.length
      ) {
        const start = n.name.getStart(sf) + ENV_PREFIX.length;
        envRefs.push({ name: n.name.text.slice(ENV_PREFIX.length), range: { start, end: n.name.end }, fullRange: nodeRange(n, sf) });
      }
    } else if (ts.isElementAccessExpression(n) && isStringLit(n.argumentExpression) && n.argumentExpression.text.startsWith(ENV_PREFIX)) {
      const obj = unwrap(n.expression);
      if (
        ts.isPropertyAccessExpression(obj) &&
        ts.isIdentifier(obj.expression) &&
        obj.expression.text === 'process' &&
        obj.name.text === 'env' &&
        n.argumentExpression.text.length > ENV_PREFIX.length
      ) {
        const inner = innerRange(n.argumentExpression, sf);
        envRefs.push({
          name: n.argumentExpression.text.slice(ENV_PREFIX.length),
          range: { start: inner.start + ENV_PREFIX.length, end: inner.end },
          fullRange: nodeRange(n, sf),
        });
      }
    } else if (ts.isVariableDeclaration(n) && ts.isObjectBindingPattern(n.name) && n.initializer) {
      // const { INTEGRATION_X } = process.env
      const init = unwrap(n.initializer);
      if (
        ts.isPropertyAccessExpression(init) &&
        ts.isIdentifier(init.expression) &&
        init.expression.text === 'process' &&
        init.name.text === 'env'
      ) {
        for (const el of n.name.elements) {
          const keyNode = el.propertyName ?? el.name;
          const key = propertyNameText(keyNode);
          if (key && key.startsWith(ENV_PREFIX) && key.length > ENV_PREFIX.length) {
            const start = keyNode.getStart(sf) + (isStringLit(keyNode) ? 1 : 0) + ENV_PREFIX.length;
            envRefs.push({
              name: key.slice(ENV_PREFIX.length),
              range: { start, end: start + key.length - ENV_PREFIX.length },
              fullRange: nodeRange(el, sf),
            });
          }
        }
      }
    } else if (ts.isCallExpression(n)) {
      const callee = unwrap(n.expression);
      const first = n.arguments[0];
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'secrets' && first && isStringLit(first) && first.text !== '') {
        eventRefs.push({ name: first.text, range: innerRange(first, sf), fullRange: nodeRange(n, sf) });
      }
    } else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (isExpressionString(n.text)) scanExpression(doc.text, n.getStart(sf) + 1, n.end - 1, taskRefs);
    } else if (ts.isTemplateExpression(n)) {
      if (isExpressionString(n.head.text)) scanExpression(doc.text, n.getStart(sf) + 1, n.end - 1, taskRefs);
    }
    const children: ts.Node[] = [];
    n.forEachChild((c) => {
      children.push(c);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }

  // `module.exports = { metadata, run }`, `export default {…}` and `const integration = {…}` are all object literals.
  const candidates: Candidate[] = [...objects];
  if (moduleExports.metadata || moduleExports.run) candidates.push(moduleExports);

  const integrations: Integration[] = [];
  // The metadata file is looked for only when a run function lacks inline requiredSecrets: an
  // integration that declares them itself never needs it, and each lookup tries up to twelve
  // file names on disk (a third of a cold index of 2,000 such integrations, in the server).
  let siblingRead = false;
  let siblingMetaCache: FileMetadata | undefined;
  const siblingMeta = (): FileMetadata | undefined => {
    if (!siblingRead) {
      siblingRead = true;
      const sibling = siblingMetadataOf(doc);
      siblingMetaCache = sibling ? metadataFromFile(new ParsedDocument({ uri: sibling.uri, text: sibling.text })) : undefined;
    }
    return siblingMetaCache;
  };
  for (const c of candidates) {
    const meta = resolve(c.metadata);
    const runNode = resolve(c.run);
    const run = isFunctionLike(runNode) ? runNode : undefined;
    const metaObj = meta && ts.isObjectLiteralExpression(meta) ? meta : undefined;
    // Without inline metadata, an object is an integration only when its metadata file sits beside it.
    if (!metaObj && !(run && siblingMeta())) continue;
    let name: string | undefined;
    let required: RequiredSecretsList | undefined;
    if (metaObj) {
      for (const p of metaObj.properties) {
        const key = propertyNameText(p.name);
        if (!ts.isPropertyAssignment(p)) continue;
        if (key === 'name' && isStringLit(p.initializer)) name = p.initializer.text;
        if (key === 'requiredSecrets') {
          const arr = resolve(p.initializer);
          if (arr && ts.isArrayLiteralExpression(arr)) required = tsRequiredList(arr, sf);
          else required = { range: nodeRange(p.initializer, sf), entries: [], complete: false };
        }
      }
      // metadata without requiredSecrets and without run is some other object called metadata.
      if (!required && !run) continue;
    }
    let requiredFromSibling = false;
    const fromFile = !required && run ? siblingMeta() : undefined;
    if (fromFile) {
      required = fromFile.required;
      name = name ?? fromFile.name;
      requiredFromSibling = true;
    }
    integrations.push({
      name,
      range: nodeRange(c.node === sf ? (c.metadata ?? c.run ?? sf) : c.node, sf),
      metadata: metaObj,
      required,
      requiredFromSibling,
      run: run ? runInfo(run, sf) : undefined,
    });
  }
  return { integrations, envRefs, eventRefs, taskRefs };
}

function runInfo(
  fn: ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration | ts.MethodDeclaration,
  sf: ts.SourceFile,
): RunFunction {
  let start = fn.getStart(sf);
  if ((ts.isMethodDeclaration(fn) || ts.isFunctionDeclaration(fn)) && fn.name) start = fn.name.getStart(sf);
  else if (ts.isPropertyAssignment(fn.parent)) start = fn.parent.name.getStart(sf);
  return { node: fn, start, secretsParam: fn.parameters[1] };
}

function tsRequiredList(arr: ts.ArrayLiteralExpression, sf: ts.SourceFile): RequiredSecretsList {
  const entries: NamedRange[] = [];
  let complete = true;
  for (const el of arr.elements) {
    if (isStringLit(el)) entries.push({ name: el.text, range: innerRange(el, sf), fullRange: nodeRange(el, sf) });
    else if (!ts.isOmittedExpression(el)) complete = false;
  }
  return { range: nodeRange(arr, sf), entries, complete };
}

// ---- `$ ` expressions and f-strings (Julep) ---------------------------------------------------

/** A string is an expression when it starts with `$ ` (Julep), or is a Python f-string `f'…'` / `f"…"`. */
export function isExpressionString(value: string): boolean {
  const v = value.trimStart();
  return v.startsWith('$ ') || /^f(['"]).*\{/s.test(v);
}

const EXPR_SECRET = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\2\s*\])/g;

/** `secrets.name` and `secrets['name']` in the raw text between `start` and `end`. */
export function scanExpression(text: string, start: number, end: number, out: NamedRange[]): void {
  const slice = text.slice(start, end);
  EXPR_SECRET.lastIndex = 0;
  for (let m = EXPR_SECRET.exec(slice); m; m = EXPR_SECRET.exec(slice)) {
    const name = m[1] ?? m[3];
    const nameAt = start + m.index + m[0].lastIndexOf(name);
    out.push({
      name,
      range: { start: nameAt, end: nameAt + name.length },
      fullRange: { start: start + m.index, end: start + m.index + m[0].length },
    });
  }
}

// ---- metadata in JSON / YAML -----------------------------------------------------------------------

export interface FileMetadata {
  name?: string;
  required?: RequiredSecretsList;
}

/** `requiredSecrets` (and the integration name beside it) in a JSON or YAML metadata file. */
export function metadataFromFile(doc: ParsedDocument): FileMetadata | undefined {
  if (!mayDeclareSecrets(doc)) return undefined;
  if (doc.kind === 'json') {
    const root = doc.jsonTree;
    return root ? jsonMetadata(root) : undefined;
  }
  if (doc.kind === 'yaml') {
    for (const yd of doc.yamlDocs ?? []) {
      const found = yamlMetadata(yd.contents);
      if (found) return found;
    }
  }
  return undefined;
}

function jsonMetadata(root: jsonc.Node): FileMetadata | undefined {
  const stack: jsonc.Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      let name: string | undefined;
      let required: RequiredSecretsList | undefined;
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        if (k.value === 'name' && v.type === 'string') name = v.value as string;
        if (k.value === 'requiredSecrets' && v.type === 'array') {
          const entries: NamedRange[] = [];
          let complete = true;
          for (const el of v.children ?? []) {
            if (el.type === 'string')
              entries.push({
                name: el.value as string,
                range: { start: el.offset + 1, end: el.offset + el.length - 1 },
                fullRange: { start: el.offset, end: el.offset + el.length },
              });
            else complete = false;
          }
          required = { range: { start: v.offset, end: v.offset + v.length }, entries, complete };
        }
      }
      if (required) return { name, required };
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return undefined;
}

function yamlMetadata(contents: unknown): FileMetadata | undefined {
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (YAML.isMap(n)) {
      let name: string | undefined;
      let required: RequiredSecretsList | undefined;
      for (const pair of n.items) {
        const k = YAML.isScalar(pair.key) ? pair.key.value : undefined;
        if (k === 'name' && YAML.isScalar(pair.value) && typeof pair.value.value === 'string') name = pair.value.value;
        if (k === 'requiredSecrets' && YAML.isSeq(pair.value) && pair.value.range) {
          const entries: NamedRange[] = [];
          let complete = true;
          for (const it of pair.value.items) {
            if (YAML.isScalar(it) && typeof it.value === 'string' && it.range) {
              const quoted = it.type === 'QUOTE_DOUBLE' || it.type === 'QUOTE_SINGLE';
              const start = it.range[0] + (quoted ? 1 : 0);
              entries.push({
                name: it.value,
                range: { start, end: start + it.value.length },
                fullRange: { start: it.range[0], end: it.range[1] },
              });
            } else complete = false;
          }
          required = { range: { start: pair.value.range[0], end: pair.value.range[1] }, entries, complete };
        }
        if (pair.value && typeof pair.value === 'object') stack.push(pair.value);
      }
      if (required) return { name, required };
    } else if (YAML.isSeq(n)) {
      for (const it of n.items) stack.push(it);
    }
  }
  return undefined;
}
