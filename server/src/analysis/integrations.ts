// Integration modules (ToolJump): an object with `metadata: { name, requiredSecrets }` and
// `run(context, secrets = {}, dataFiles = [])`, written as CommonJS, ESM or TypeScript, or with
// its metadata in a JSON/YAML file beside the module (`js/metadataFiles.ts`). The facts of a JS/TS
// document come from one walk of its tree shared by every visitor of `js/visitors/` (the
// integrations' objects, process.env.INTEGRATION_*, event.secrets('X'), secret_name and `$ `
// expressions in JS objects); the result is cached per ParsedDocument so every dialect and rule
// shares it.
import { envAdapterAt } from './model/manifest';
import { ts } from './typescript';
import type { ParsedDocument } from './document';
import type { AnalysisSettings, OffsetRange } from './model/types';
import { probeOf, type TextProbe } from './text/textSource';
import { guardedStart } from './keywords';
import { isFunctionLike, nodeRange, propertyNameText, isStringLit, innerRange, unwrap, type FunctionLike } from './js/tsNodes';
import {
  mayNameSecrets,
  setSiblingMetadata,
  siblingFileMetadata,
  type FileMetadata,
  type SiblingLookup,
  type SiblingMetadata,
} from './js/metadataFiles';
import { JsVisited, walkJs } from './js/walk';
import { JS_VISITORS } from './js/visitors';
import { integrationObjectsVisitor, type IntegrationCandidate } from './js/visitors/integrationObjects';
import { ENV_NAME, envVariablesVisitor } from './js/visitors/envVariables';
import { integrationShape, type IntegrationShape } from './js/integrationShape';
import { eventSecretsVisitor } from './js/visitors/eventSecrets';
import { taskExpressionsVisitor } from './js/visitors/taskExpressions';
import { mayHoldToolSecrets } from './js/visitors/toolSecrets';
import { DocumentCache } from './documentCache';

// Moved to their own modules; re-exported so the modules that read them from here keep working.
export { innerRange, isStringLit, propertyNameText, unwrap } from './js/tsNodes';
export {
  isMetadataFileUri,
  mayDeclareSecrets,
  mayNameSecrets,
  metadataFromFile,
  siblingMetadataOf,
  siblingMetadataUris,
  type FileMetadata,
  type SiblingLookup,
  type SiblingMetadata,
} from './js/metadataFiles';
export { isExpressionString, scanExpression } from './js/expressions';
export { ENV_NAME, ENV_PREFIX } from './js/visitors/envVariables';

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
  /** What each visitor of `js/visitors/` found, for forms read through `visited.of(visitor)`. */
  visited: JsVisited;
}

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
  return siblingFileMetadata(doc)?.required !== undefined;
}

const factsCache = new DocumentCache<JsFacts>();
/** The server calls this before analyzing a module whose metadata may live in a file beside it. */
export function attachSiblingMetadata(doc: ParsedDocument, sibling: SiblingMetadata | SiblingLookup): void {
  setSiblingMetadata(doc, sibling);
  factsCache.delete(doc);
}

/**
 * Cheap test: can this text hold anything `jsFacts` finds? A document answers each search once
 * (and from its previous version after an edit), shared with the dialects that ask the same.
 */
export function mayHoldIntegrationCode(text: string | TextProbe): boolean {
  const t = typeof text === 'string' ? probeOf(text) : text;
  // `metadata` and `run` as keys, shorthands, methods or exports: as bare substrings (runtime,
  // fileMetadata) or words (prose in comments, `factory.run(…)` calls) they let most bundles through
  // to a full parse.
  return (
    t.has(ENV_NAME) ||
    t.has('secret_name') ||
    (mayNameSecrets(t) && t.has(SECRETS_HINT)) ||
    (t.has(METADATA_KEY) && t.has(RUN_KEY)) ||
    mayHoldToolSecrets(t)
  );
}

const SECRETS_HINT = guardedStart(/requiredSecrets|secrets\.|\.secrets\s*\(/, 'requiredSecrets', 'secrets.', '.secrets');
const METADATA_KEY = guardedStart(/\bmetadata["']?\s*[:,}=;]/, 'metadata');
/**
 * `run` where an integration can define it: a key (`run:`, `'run':`, `['run']:`), a method
 * (`run(`, `run<T>(`), a shorthand (`{ metadata, run }`), a declaration (`const run =`,
 * `function run(`) or an export (`exports.run =`, `export { go as run }`); not a call of some
 * object's run method (`factory.run(`). A comment before the colon (`run /* … *\/ :`) passes too.
 */
// Every match starts at `run`, what comes before it (`exports.`, `as `, a `.` that makes it a
// call) is looked behind at: the search starts at the first `run` and skips ahead between them,
// where alternatives that start with a look-behind or `\b` tried every position (a third of the
// time on bundles).
const RUN_KEY = guardedStart(/run(?:(?<![.\w$]run)["'`]?\]?\s*[:=(<,}/?]|(?<=\bexports\s*\.\s*run)\s*=|(?<=\bas\s+run)\b)/, 'run');

const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

/** A declaration file (`.d.ts`): types only, no integration runs there and no value is read or logged. */
export const isDeclarationFile = (uri: string): boolean => DECLARATION_FILE.test(uri);

const JSX_FILE = /\.[jt]sx(?:$|[?#])/i;

/**
 * Whether the tokens of a file that passed `mayHoldIntegrationCode` hold none of the shapes that
 * `collect` reads (see `js/integrationShape.ts`), so a parse would find nothing. Left to the parse:
 * `INTEGRATION_` and `secret_name` (their visitors read every mention), Julep tool steps, and JSX.
 * Without `secrets` in the text only `metadata` beside a `run` can be an integration; with it, also
 * `requiredSecrets`, a `.secrets` member (`event.secrets('X')`) and a task expression string.
 */
function notAnIntegration(doc: ParsedDocument): boolean {
  if (doc.has(ENV_NAME) || doc.has('secret_name') || mayHoldToolSecrets(doc)) return false;
  // JSX: the scanner alone cannot tell its text from code.
  if (JSX_FILE.test(doc.uri)) return false;
  const secrets = mayNameSecrets(doc);
  const secretForm = (s: IntegrationShape) => secrets && (s.requiredSecrets || s.secretsMember || s.expressionString);
  // The scan stops at the first shape that decides for the parse: in a real integration, its metadata.
  const shape = integrationShape(doc.text, doc.kind === 'typescript', (s) => s.paired || secretForm(s));
  return !shape.paired && !secretForm(shape) && !(shape.run && siblingFileMetadata(doc));
}

const NO_FACTS: JsFacts = { integrations: [], envRefs: [], eventRefs: [], taskRefs: [], visited: new JsVisited() };

export function jsFacts(doc: ParsedDocument): JsFacts | undefined {
  const cached = factsCache.get(doc);
  if (cached) return cached;
  if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return undefined;
  // Declaration files hold types only: no integration runs there and no value is read or logged.
  // Asked first: typings are most of the text the prefilter's expressions would search (116 of
  // the 149 MB that hold `metadata:` in an npm corpus, googleapis' and aws-sdk's).
  if (DECLARATION_FILE.test(doc.uri)) return NO_FACTS;
  // Most files name no secret at all: they are never parsed.
  if (!mayHoldIntegrationCode(doc)) return NO_FACTS;
  // Unparseable files (minified, too large) are left to `tsSource` to refuse, at no cost.
  if (doc.parseable && notAnIntegration(doc)) {
    // Cached: every dialect and rule asks, and the scan is a pass over the whole text.
    factsCache.set(doc, NO_FACTS);
    return NO_FACTS;
  }
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

// ---- the facts ---------------------------------------------------------------------------------

function collect(doc: ParsedDocument, sf: ts.SourceFile): JsFacts {
  const visited = walkJs(doc, sf, JS_VISITORS);
  return {
    integrations: integrationsOf(doc, sf, visited.of(integrationObjectsVisitor)),
    envRefs: visited.of(envVariablesVisitor),
    eventRefs: visited.of(eventSecretsVisitor),
    taskRefs: visited.of(taskExpressionsVisitor),
    visited,
  };
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

/** The integrations among the walk's candidate objects and the module's own exports. */
function integrationsOf(doc: ParsedDocument, sf: ts.SourceFile, objects: readonly IntegrationCandidate[]): Integration[] {
  /** Top-level `const x = …` and `function x` so `{ metadata, run }` shorthands resolve. */
  const topLevel = new Map<string, ts.Node>();
  /** Module-level exports named metadata / run (CJS `exports.run =`, ESM `export const metadata`). */
  const moduleExports: IntegrationCandidate = { node: sf };

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

  // `module.exports = { metadata, run }`, `export default {…}` and `const integration = {…}` are all object literals.
  const candidates: IntegrationCandidate[] = [...objects];
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
      siblingMetaCache = siblingFileMetadata(doc);
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
    // `run: function …` points at the property's name (the tree has no parent pointers to find it from the function).
    const property = run && c.runProperty?.initializer === run ? c.runProperty : undefined;
    integrations.push({
      name,
      range: nodeRange(c.node === sf ? (c.metadata ?? c.run ?? sf) : c.node, sf),
      metadata: metaObj,
      required,
      requiredFromSibling,
      run: run ? runInfo(run, sf, property) : undefined,
    });
  }
  return integrations;
}

function runInfo(fn: FunctionLike, sf: ts.SourceFile, property: ts.PropertyAssignment | undefined): RunFunction {
  let start = fn.getStart(sf);
  if ((ts.isMethodDeclaration(fn) || ts.isFunctionDeclaration(fn)) && fn.name) start = fn.name.getStart(sf);
  else if (property) start = property.name.getStart(sf);
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
