// The secret-flow walk over one JS/TS document. It follows values from the sources
// (an integration's secrets parameter and its aliases, awaited event.secrets('X'),
// process.env.INTEGRATION_X, SDK records like `(await julep.secrets.get(…)).value`) through
// assignments, destructuring, template literals, concatenation, object literals, spreads,
// JSON.stringify, string methods and local functions, into log calls and thrown errors.
// The same walk records every use of an integration's secrets object, so the `required`
// dialect and the logged-secret rule share one pass, cached per document and settings.
import { ts } from '../typescript';
import type { ParsedDocument } from '../document';
import {
  ENV_PREFIX,
  innerRange,
  mayNameSecrets,
  isStringLit,
  jsFacts,
  propertyNameText,
  readsEnvAdapter,
  unwrap,
  type Integration,
  type NamedRange,
} from '../integrations';
import type { AnalysisSettings, OffsetRange, TextEdit } from '../model/types';
import type { TextProbe } from '../text/textSource';
import { guarded } from '../keywords';
import { PASS_THROUGH_FUNCTIONS, PASS_THROUGH_METHODS, createsLogger, dottedName, isSafeCall, sinkName } from './sinks';
import { join, lookup, printedNames, stringNames, taint, type Scope, type Val } from './values';

export interface SecretUse extends NamedRange {
  /** Index of the integration (in `jsFacts(doc).integrations`) whose secrets object is read. */
  owner: number;
}

export interface Leak {
  /** The log call as written: `logger.info`, `console.log`, `throw new Error`. */
  call: string;
  /** The first argument that shows a secret. */
  range: OffsetRange;
  callRange: OffsetRange;
  /** The secrets the call writes, in the order first seen. */
  names: string[];
  /** Edits replacing each leaked value with `!!value`; absent when the shape does not allow it. */
  redactEdits?: TextEdit[];
}

export interface FlowResult {
  uses: SecretUse[];
  /** Integrations whose secrets object escapes where names cannot be followed (passed to an unknown function, spread, iterated). */
  opaque: Set<number>;
  leaks: Leak[];
}

const EMPTY: FlowResult = { uses: [], opaque: new Set(), leaks: [] };
const cache = new WeakMap<ParsedDocument, { key: string; result: FlowResult }>();

/** Cheap test on the raw text: without a source, nothing can leak and no secrets object is read. */
export function mayHoldSecretFlow(text: TextProbe): boolean {
  return mayNameSecrets(text) || text.has(ENV_PREFIX);
}

/** `x.secrets(` and `x.secrets.get(`, also written `x?.secrets` or `x . secrets`. */
const SDK_SOURCE = guarded(/\.\s*secrets\b/, 'secrets');

export function secretFlow(doc: ParsedDocument, settings: AnalysisSettings): FlowResult {
  if (!mayHoldSecretFlow(doc)) return EMPTY;
  const key =
    settings.logSinks.join('\u0000') + '\u0001' + settings.redactionFunctions.join('\u0000') + (settings.envAdapter ? '\u0001env' : '');
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.result;
  const facts = jsFacts(doc);
  // The only sources are an integration's secrets parameter, process.env.INTEGRATION_* and
  // `.secrets(…)` / `.secrets.get(…)`: without one of them (a `{{Secrets.X}}` string is not one)
  // the walk over the whole tree cannot find anything, and costs most of a keystroke's analysis.
  if (!facts || (facts.integrations.length === 0 && !doc.has(ENV_PREFIX) && !(mayNameSecrets(doc) && doc.has(SDK_SOURCE)))) return EMPTY;
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

/** Functions re-walked with secret arguments at most this deep (helper calling helper). */
const MAX_CALL_DEPTH = 6;
/**
 * At most this many re-walks of functions with secret arguments per document. Each function is
 * walked once per distinct set of argument names (recursion stops at the active call), so real
 * files stay far below it; it bounds generated ones whose helpers call each other in every shape.
 */
const MAX_FUNCTION_WALKS = 2_000;

/** Constructors whose instance prints what it was built from: `new URL(\`…?key=${k}\`)`. */
const PASS_THROUGH_CONSTRUCTORS = /^(?:URL|URLSearchParams|String|Headers|Map|Set)$/;
/** Methods that put their arguments into the receiver: `url.searchParams.set('key', k)`, `parts.push(k)`. */
const STORING_METHODS = new Set(['append', 'set', 'push', 'unshift', 'add']);

class Walker {
  private readonly uses = new Map<number, SecretUse>();
  private readonly opaque = new Set<number>();
  private readonly leaks = new Map<number, Leak>();
  private readonly vals = new Map<ts.Node, Val>();
  private readonly runOwner = new Map<ts.Node, number>();
  private readonly returnMemo = new Map<ts.Node, Val>();
  private readonly walked = new Set<string>();
  private readonly frames: Val[][] = [];
  private readonly active = new Set<ts.Node>();
  private depth = 0;
  private functionWalks = 0;
  private readonly bagNames = (owner: number): string[] => {
    const integ = this.integrations[owner];
    const names = integ?.required?.entries.map((e) => e.name) ?? [];
    if (names.length > 0) return names;
    const p = integ?.run?.secretsParam;
    return [p && ts.isIdentifier(p.name) ? p.name.text : 'secrets'];
  };

  constructor(
    private readonly text: string,
    private readonly sf: ts.SourceFile,
    private readonly integrations: Integration[],
    private readonly settings: AnalysisSettings,
    /** Whether INTEGRATION_ variables are secrets here (see `readsEnvAdapter`). */
    private readonly envIsSecrets: boolean,
  ) {
    integrations.forEach((integ, i) => {
      if (integ.run) this.runOwner.set(integ.run.node, i);
    });
  }

  run(): FlowResult {
    const root: Scope = { vars: new Map() };
    this.statements(this.sf.statements, root);
    return {
      uses: [...this.uses.values()].sort((a, b) => a.range.start - b.range.start),
      opaque: this.opaque,
      leaks: [...this.leaks.values()].sort((a, b) => a.range.start - b.range.start),
    };
  }

  // ---- statements ------------------------------------------------------------------------------

  private statements(list: readonly ts.Statement[], scope: Scope): void {
    this.hoist(list, scope);
    for (const s of list) this.statement(s, scope);
  }

  /** Names declared in a block shadow outer ones from the block's start; functions are callable before their line. */
  private hoist(list: readonly ts.Statement[], scope: Scope): void {
    for (const s of list) {
      if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          this.declareNames(d.name, scope);
          // `const getData = async (key) => …` below the listener that calls it: by the time the
          // callback runs, the function is defined, so a call above its line reaches its body.
          const init = d.initializer && unwrap(d.initializer);
          if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
            scope.vars.set(d.name.text, { k: 'fn', node: init, scope });
        }
      } else if (ts.isFunctionDeclaration(s) && s.name) scope.vars.set(s.name.text, { k: 'fn', node: s, scope });
      else if (ts.isClassDeclaration(s) && s.name) scope.vars.set(s.name.text, undefined);
    }
  }

  private declareNames(name: ts.BindingName, scope: Scope): void {
    if (ts.isIdentifier(name)) {
      if (!scope.vars.has(name.text)) scope.vars.set(name.text, undefined);
      return;
    }
    for (const el of name.elements) if (!ts.isOmittedExpression(el)) this.declareNames(el.name, scope);
  }

  private statement(s: ts.Node, scope: Scope): void {
    if (ts.isBlock(s)) {
      this.statements(s.statements, { vars: new Map(), parent: scope });
      return;
    }
    if (ts.isVariableStatement(s)) {
      this.declarationList(s.declarationList, scope);
      return;
    }
    if (ts.isFunctionDeclaration(s)) {
      this.defineFunction(s, scope);
      return;
    }
    if (ts.isReturnStatement(s)) {
      const v = s.expression ? this.expr(s.expression, scope) : undefined;
      this.escape(v);
      this.frames[this.frames.length - 1]?.push(v);
      return;
    }
    if (ts.isThrowStatement(s)) {
      this.throwSink(s, scope);
      return;
    }
    if (ts.isForOfStatement(s) || ts.isForInStatement(s)) {
      const inner: Scope = { vars: new Map(), parent: scope };
      const iter = this.expr(s.expression, scope);
      // `for (const k in secrets)` walks names the analysis cannot follow.
      this.escape(iter);
      const item = ts.isForOfStatement(s) ? taint(printedNames(iter, this.bagNames)) : undefined;
      if (ts.isVariableDeclarationList(s.initializer)) for (const d of s.initializer.declarations) this.bind(d.name, item, inner);
      else this.assign(s.initializer, item, scope);
      this.statement(s.statement, inner);
      return;
    }
    if (ts.isForStatement(s)) {
      const inner: Scope = { vars: new Map(), parent: scope };
      if (s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) this.declarationList(s.initializer, inner);
        else this.expr(s.initializer, inner);
      }
      if (s.condition) this.expr(s.condition, inner);
      if (s.incrementor) this.expr(s.incrementor, inner);
      this.statement(s.statement, inner);
      return;
    }
    if (ts.isCatchClause(s)) {
      const inner: Scope = { vars: new Map(), parent: scope };
      if (s.variableDeclaration) this.declareNames(s.variableDeclaration.name, inner);
      this.statements(s.block.statements, inner);
      return;
    }
    if (ts.isCaseClause(s) || ts.isDefaultClause(s)) {
      if (ts.isCaseClause(s)) this.expr(s.expression, scope);
      this.statements(s.statements, scope);
      return;
    }
    if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isImportDeclaration(s) || ts.isImportEqualsDeclaration(s))
      return;
    this.children(s, scope);
  }

  private declarationList(list: ts.VariableDeclarationList, scope: Scope): void {
    for (const d of list.declarations) {
      this.declareNames(d.name, scope);
      const v = d.initializer ? this.expr(d.initializer, scope) : undefined;
      this.bind(d.name, v, scope, d.initializer);
    }
  }

  /** Anything not handled above: walk its children as statements or expressions. */
  private children(n: ts.Node, scope: Scope): void {
    n.forEachChild((c) => {
      if (ts.isTypeNode(c) || ts.isDecorator(c)) return;
      if (ts.isExpression(c)) this.expr(c, scope);
      else this.statement(c, scope);
    });
  }

  // ---- bindings ---------------------------------------------------------------------------------

  private bind(name: ts.BindingName, v: Val, scope: Scope, init?: ts.Expression): void {
    if (ts.isIdentifier(name)) {
      scope.vars.set(name.text, v);
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      const used = new Set<string>();
      for (const el of name.elements) {
        if (el.dotDotDotToken) {
          // `const { A, ...rest } = secrets`: rest is still the secrets object.
          let rest: Val = v;
          if (v && v.k === 'obj') rest = { k: 'obj', props: new Map([...v.props].filter(([k]) => !used.has(k))), rest: v.rest };
          this.bind(el.name, rest, scope);
          continue;
        }
        const keyNode = el.propertyName ?? el.name;
        const key = propertyNameText(keyNode);
        let sub: Val;
        if (key === undefined) {
          if (v && v.k === 'bag') this.opaque.add(v.owner);
          sub = taint(printedNames(v, this.bagNames));
        } else {
          used.add(key);
          const nameRange = isStringLit(keyNode) ? innerRange(keyNode, this.sf) : { start: keyNode.getStart(this.sf), end: keyNode.end };
          sub = this.member(v, key, nameRange, { start: el.getStart(this.sf), end: el.end });
        }
        if (el.initializer) sub = join(sub, this.expr(el.initializer, scope), this.bagNames);
        this.bind(el.name, sub, scope);
      }
      return;
    }
    const item = taint(printedNames(v, this.bagNames));
    if (init && ts.isArrayLiteralExpression(unwrap(init))) {
      const arr = unwrap(init) as ts.ArrayLiteralExpression;
      name.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el)) return;
        const src = arr.elements[i];
        this.bind(el.name, src ? this.vals.get(src) : undefined, scope);
      });
      return;
    }
    for (const el of name.elements) if (!ts.isOmittedExpression(el)) this.bind(el.name, item, scope);
  }

  private assign(target: ts.Expression, v: Val, scope: Scope, compound = false): void {
    const t = unwrap(target);
    if (ts.isIdentifier(t)) {
      const r = lookup(scope, t.text);
      const owner = r.found ? r.scope! : rootOf(scope);
      const prev = r.found ? r.val : undefined;
      const next = compound ? taint([...stringNames(prev), ...stringNames(v)]) : join(prev, v, this.bagNames);
      owner.vars.set(t.text, next);
      return;
    }
    if (ts.isPropertyAccessExpression(t)) {
      const obj = this.expr(t.expression, scope);
      if (obj && obj.k === 'obj') {
        obj.props.set(t.name.text, join(obj.props.get(t.name.text), v, this.bagNames));
        return;
      }
      this.escape(v);
      return;
    }
    if (ts.isObjectLiteralExpression(t) || ts.isArrayLiteralExpression(t)) {
      this.escape(v);
      return;
    }
    this.expr(t, scope);
    this.escape(v);
  }

  /** The secrets object reaches code the analysis cannot follow: which names it reads is unknown. */
  private escape(v: Val): void {
    if (v && v.k === 'bag') this.opaque.add(v.owner);
  }

  /** Reading property `key` of a value. */
  private member(v: Val, key: string, nameRange: OffsetRange, fullRange: OffsetRange): Val {
    if (!v) return undefined;
    switch (v.k) {
      case 'bag':
        // `secrets.` while the name is being typed: not a read of any secret yet.
        if (key === '') return undefined;
        if (!this.uses.has(nameRange.start)) this.uses.set(nameRange.start, { owner: v.owner, name: key, range: nameRange, fullRange });
        return taint([key]);
      case 'env':
        return this.envIsSecrets && key.startsWith(ENV_PREFIX) && key.length > ENV_PREFIX.length
          ? taint([key.slice(ENV_PREFIX.length)])
          : undefined;
      case 'sdk':
        return key === 'value' ? taint([v.name]) : undefined;
      case 'obj':
        return v.props.has(key) ? v.props.get(key) : taint(v.rest);
      case 'taint':
        return key === 'length' ? undefined : v;
      case 'logger':
        return v;
      default:
        return undefined;
    }
  }

  // ---- functions --------------------------------------------------------------------------------

  private defineFunction(fn: ts.SignatureDeclaration, scope: Scope): Val {
    const val: Val = { k: 'fn', node: fn, scope };
    this.returnMemo.set(fn, this.walkFunction(fn, scope, undefined));
    return val;
  }

  /** Walks a function body with its parameters bound to `args` (undefined: unknown callers). Returns what it returns. */
  private walkFunction(fn: ts.SignatureDeclaration, scope: Scope, args: Val[] | undefined): Val {
    const signature = args ? args.map((a) => (a ? a.k + ':' + [...printedNames(a, this.bagNames)].join(',') : '-')).join('|') : '';
    const memoKey = `${fn.pos}:${signature}`;
    if (
      args &&
      (this.walked.has(memoKey) || this.active.has(fn) || this.depth >= MAX_CALL_DEPTH || this.functionWalks >= MAX_FUNCTION_WALKS)
    )
      return this.returnMemo.get(fn);
    this.walked.add(memoKey);
    if (args) this.functionWalks++;
    const inner: Scope = { vars: new Map(), parent: scope };
    if ((ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) && fn.name && !inner.vars.has(fn.name.text)) {
      inner.vars.set(fn.name.text, { k: 'fn', node: fn, scope });
    }
    const owner = this.runOwner.get(fn);
    fn.parameters.forEach((p, i) => {
      let v: Val = args?.[i];
      if (owner !== undefined && i === 1) v = { k: 'bag', owner };
      if (p.initializer) {
        const dflt = this.expr(p.initializer, inner);
        // `secrets = {}`: the default is only the empty object, the parameter is still the secrets object.
        if (!(v && v.k === 'bag')) v = join(v, dflt, this.bagNames);
      }
      this.bind(p.name, v, inner);
    });
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) return undefined;
    this.frames.push([]);
    this.active.add(fn);
    this.depth++;
    try {
      if (ts.isBlock(body)) this.statements(body.statements, inner);
      else this.frames[this.frames.length - 1].push(this.expr(body, inner));
    } finally {
      this.depth--;
      this.active.delete(fn);
    }
    const returns = this.frames.pop() ?? [];
    let ret: Val = undefined;
    for (const r of returns) ret = join(ret, r, this.bagNames);
    const isAsync = ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async;
    return isAsync && ret ? { k: 'promise', of: ret } : ret;
  }

  // ---- expressions ------------------------------------------------------------------------------

  private expr(e: ts.Expression, scope: Scope): Val {
    const v = this.exprInner(e, scope);
    if (v !== undefined) this.vals.set(e, v);
    return v;
  }

  private exprInner(e: ts.Expression, scope: Scope): Val {
    if (ts.isIdentifier(e)) return lookup(scope, e.text).val;
    if (
      ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isSatisfiesExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isTypeAssertionExpression(e)
    ) {
      return this.expr(e.expression, scope);
    }
    if (ts.isPropertyAccessExpression(e)) {
      const obj = unwrap(e.expression);
      if (ts.isIdentifier(obj) && obj.text === 'process' && e.name.text === 'env' && !lookup(scope, 'process').found) return { k: 'env' };
      const base = this.expr(e.expression, scope);
      return this.member(
        base,
        e.name.text,
        { start: e.name.getStart(this.sf), end: e.name.end },
        { start: e.getStart(this.sf), end: e.end },
      );
    }
    if (ts.isElementAccessExpression(e)) {
      const base = this.expr(e.expression, scope);
      const arg = e.argumentExpression;
      if (isStringLit(arg)) return this.member(base, arg.text, innerRange(arg, this.sf), { start: e.getStart(this.sf), end: e.end });
      this.expr(arg, scope);
      if (base && base.k === 'bag') {
        this.opaque.add(base.owner);
        return taint(this.bagNames(base.owner));
      }
      if (base && base.k === 'taint') return base;
      if (base && base.k === 'obj') return taint(printedNames(base, this.bagNames));
      return undefined;
    }
    if (ts.isCallExpression(e)) return this.call(e, scope);
    if (ts.isNewExpression(e)) {
      const args = (e.arguments ?? []).map((a) => this.expr(a, scope));
      args.forEach((a) => this.escape(a));
      const ctor = dottedName(e.expression) ?? '';
      // An Error keeps its message: logging or throwing it shows what it was built from.
      if (/Error$/.test(ctor)) return taint(args.flatMap((a) => [...stringNames(a)]));
      if (PASS_THROUGH_CONSTRUCTORS.test(ctor)) return taint(args.flatMap((a) => [...printedNames(a, this.bagNames)]));
      return undefined;
    }
    if (ts.isAwaitExpression(e)) {
      const v = this.expr(e.expression, scope);
      return v && v.k === 'promise' ? v.of : v;
    }
    if (ts.isTemplateExpression(e)) {
      const names: string[] = [];
      for (const span of e.templateSpans) names.push(...stringNames(this.expr(span.expression, scope)));
      return taint(names);
    }
    if (ts.isTaggedTemplateExpression(e)) {
      this.expr(e.tag, scope);
      if (ts.isTemplateExpression(e.template)) for (const span of e.template.templateSpans) this.escape(this.expr(span.expression, scope));
      return undefined;
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, scope);
    if (ts.isConditionalExpression(e)) {
      this.expr(e.condition, scope);
      return join(this.expr(e.whenTrue, scope), this.expr(e.whenFalse, scope), this.bagNames);
    }
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      this.expr(e.operand, scope);
      return undefined;
    }
    if (ts.isTypeOfExpression(e) || ts.isVoidExpression(e) || ts.isDeleteExpression(e)) {
      this.expr(e.expression, scope);
      return undefined;
    }
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e, scope);
    if (ts.isArrayLiteralExpression(e)) {
      const names: string[] = [];
      for (const el of e.elements) {
        const v = this.expr(ts.isSpreadElement(el) ? el.expression : el, scope);
        this.escape(v);
        names.push(...printedNames(v, this.bagNames));
      }
      return taint(names);
    }
    if (ts.isFunctionExpression(e) || ts.isArrowFunction(e)) return this.defineFunction(e, scope);
    if (ts.isClassExpression(e)) {
      this.children(e, scope);
      return undefined;
    }
    if (ts.isSpreadElement(e)) {
      const v = this.expr(e.expression, scope);
      this.escape(v);
      return v;
    }
    if (ts.isYieldExpression(e)) {
      if (e.expression) this.escape(this.expr(e.expression, scope));
      return undefined;
    }
    if (
      ts.isStringLiteralLike(e) ||
      ts.isNumericLiteral(e) ||
      e.kind === ts.SyntaxKind.TrueKeyword ||
      e.kind === ts.SyntaxKind.FalseKeyword ||
      e.kind === ts.SyntaxKind.NullKeyword ||
      e.kind === ts.SyntaxKind.ThisKeyword ||
      ts.isRegularExpressionLiteral(e)
    )
      return undefined;
    this.children(e, scope);
    return undefined;
  }

  private binary(e: ts.BinaryExpression, scope: Scope): Val {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) {
      const v = this.expr(e.right, scope);
      this.assign(e.left, v, scope);
      return v;
    }
    if (
      op === ts.SyntaxKind.PlusEqualsToken ||
      op === ts.SyntaxKind.BarBarEqualsToken ||
      op === ts.SyntaxKind.QuestionQuestionEqualsToken
    ) {
      const v = this.expr(e.right, scope);
      this.expr(e.left, scope);
      this.assign(e.left, v, scope, op === ts.SyntaxKind.PlusEqualsToken);
      return v;
    }
    const l = this.expr(e.left, scope);
    const r = this.expr(e.right, scope);
    switch (op) {
      case ts.SyntaxKind.PlusToken:
        return taint([...stringNames(l), ...stringNames(r)]);
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
        return join(l, r, this.bagNames);
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return r;
      default:
        return undefined; // comparisons, arithmetic, instanceof, in: a boolean or a number
    }
  }

  private objectLiteral(e: ts.ObjectLiteralExpression, scope: Scope): Val {
    const props = new Map<string, Val>();
    const rest = new Set<string>();
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) {
        const v = this.expr(p.initializer, scope);
        this.escape(v);
        const key = propertyNameText(p.name);
        if (key !== undefined) props.set(key, v);
        else {
          if (ts.isComputedPropertyName(p.name)) this.expr(p.name.expression, scope);
          for (const n of printedNames(v, this.bagNames)) rest.add(n);
        }
      } else if (ts.isShorthandPropertyAssignment(p)) {
        const v = lookup(scope, p.name.text).val;
        if (v !== undefined) this.vals.set(p.name, v);
        this.escape(v);
        props.set(p.name.text, v);
      } else if (ts.isSpreadAssignment(p)) {
        const v = this.expr(p.expression, scope);
        this.escape(v);
        if (v && v.k === 'obj') {
          for (const [k, pv] of v.props) props.set(k, pv);
          for (const n of v.rest) rest.add(n);
        } else for (const n of printedNames(v, this.bagNames)) rest.add(n);
      } else if (ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) {
        this.defineFunction(p, scope);
      }
    }
    return { k: 'obj', props, rest };
  }

  private call(e: ts.CallExpression, scope: Scope): Val {
    const callee = unwrap(e.expression);
    const first = e.arguments[0];
    // Sources: event.secrets('X') and julep.secrets.get({ name: 'x' }).
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'secrets' && first) {
      this.expr(callee.expression, scope);
      e.arguments.forEach((a) => this.expr(a, scope));
      return { k: 'promise', of: taint([isStringLit(first) ? first.text : first.getText(this.sf)]) };
    }
    if (
      ts.isPropertyAccessExpression(callee) &&
      /^(?:get|retrieve|getSecret|reveal)$/.test(callee.name.text) &&
      ts.isPropertyAccessExpression(unwrap(callee.expression)) &&
      (unwrap(callee.expression) as ts.PropertyAccessExpression).name.text === 'secrets' &&
      first
    ) {
      e.arguments.forEach((a) => this.expr(a, scope));
      return { k: 'promise', of: { k: 'sdk', name: sdkSecretName(first, this.sf) } };
    }

    let recv: Val;
    let fnVal: Val;
    if (ts.isPropertyAccessExpression(callee)) recv = this.expr(callee.expression, scope);
    else fnVal = this.expr(callee, scope);
    const args = e.arguments.map((a) => this.expr(ts.isSpreadElement(a) ? a.expression : a, scope));

    const sink = sinkName(e, {
      logSinks: this.settings.logSinks,
      isLoggerValue: (x) => {
        const v = this.vals.get(x) ?? (ts.isIdentifier(x) ? lookup(scope, x.text).val : undefined);
        return !!v && v.k === 'logger';
      },
    });
    if (sink) {
      args.forEach((a) => this.escape(a));
      this.reportLeak(sink, e, e.arguments, args);
      return undefined;
    }
    if (isSafeCall(e, this.settings.redactionFunctions)) return undefined;
    if (createsLogger(e, !!recv && recv.k === 'logger')) return { k: 'logger' };

    if (fnVal && fnVal.k === 'fn') {
      if (args.every((a) => a === undefined)) return this.returnMemo.get(fnVal.node);
      return this.walkFunction(fnVal.node, fnVal.scope, args);
    }
    const name = dottedName(callee);
    if (name && PASS_THROUGH_FUNCTIONS.has(name)) {
      args.forEach((a) => this.escape(a));
      return taint(args.flatMap((a) => [...printedNames(a, this.bagNames)]));
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (STORING_METHODS.has(method) && args.some((a) => printedNames(a, this.bagNames).size > 0))
        this.storeInto(callee.expression, args, scope);
      if (recv && recv.k === 'promise' && (method === 'then' || method === 'finally')) {
        const cb = first && unwrap(first);
        if (cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) this.walkFunction(cb, scope, [recv.of]);
        return { k: 'promise', of: undefined };
      }
      if (recv && recv.k === 'taint') {
        if (PASS_THROUGH_METHODS.has(method)) return taint([...recv.names, ...args.flatMap((a) => [...stringNames(a)])]);
        if (/^(?:forEach|map|filter|find|some|every|reduce|flatMap)$/.test(method)) {
          const cb = first && unwrap(first);
          if (cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) {
            const ret = this.walkFunction(cb, scope, [recv]);
            return method === 'map' || method === 'flatMap' ? taint(stringNames(ret)) : undefined;
          }
        }
        return undefined;
      }
      if (recv && recv.k === 'bag') return undefined; // secrets.hasOwnProperty(…): no secret read by name
    }
    args.forEach((a) => this.escape(a));
    return undefined;
  }

  /**
   * `url.searchParams.set('key', k)`: the variable at the root of the receiver now shows `k`
   * when printed (`console.log(url.href)`).
   */
  private storeInto(receiver: ts.Expression, args: Val[], scope: Scope): void {
    let root = unwrap(receiver);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = unwrap(root.expression);
    if (!ts.isIdentifier(root)) return;
    const r = lookup(scope, root.text);
    if (!r.found || (r.val && (r.val.k === 'fn' || r.val.k === 'logger' || r.val.k === 'bag' || r.val.k === 'env'))) return;
    const stored = taint(args.flatMap((a) => [...printedNames(a, this.bagNames)]));
    r.scope!.vars.set(root.text, join(r.val, stored, this.bagNames));
  }

  private throwSink(s: ts.ThrowStatement, scope: Scope): void {
    const v = this.expr(s.expression, scope);
    const thrown = unwrap(s.expression);
    if (ts.isNewExpression(thrown)) {
      const ctor = dottedName(thrown.expression) ?? 'Error';
      const args = (thrown.arguments ?? []).map((a) => this.vals.get(a));
      this.reportLeak(`throw new ${ctor}`, thrown, thrown.arguments ?? [], args);
    } else if (printedNames(v, this.bagNames).size > 0) {
      this.reportLeak('throw', s, [s.expression], [v]);
    }
  }

  private reportLeak(call: string, node: ts.Node, argNodes: readonly ts.Expression[], args: Val[]): void {
    if (this.leaks.has(node.pos)) return;
    const names: string[] = [];
    let range: OffsetRange | undefined;
    const edits: TextEdit[] = [];
    let fixable = true;
    argNodes.forEach((a, i) => {
      const shown = printedNames(args[i], this.bagNames);
      if (shown.size === 0) return;
      for (const n of shown) if (!names.includes(n)) names.push(n);
      range ??= { start: a.getStart(this.sf), end: a.end };
      if (!this.redactLeaves(ts.isSpreadElement(a) ? a.expression : a, edits)) fixable = false;
    });
    if (!range || names.length === 0) return;
    this.leaks.set(node.pos, {
      call,
      range,
      callRange: { start: node.getStart(this.sf), end: node.end },
      names,
      redactEdits: fixable && edits.length > 0 ? edits : undefined,
    });
  }

  /** Edits that turn each secret-bearing leaf of a logged expression into `!!leaf`. False when a leaf cannot be rewritten. */
  private redactLeaves(n: ts.Expression, out: TextEdit[]): boolean {
    const shows = (x: ts.Expression): boolean => printedNames(this.vals.get(x), this.bagNames).size > 0;
    if (ts.isParenthesizedExpression(n)) return this.redactLeaves(n.expression, out);
    if (ts.isTemplateExpression(n)) {
      return n.templateSpans.every((s) => !shows(s.expression) || this.redactLeaves(s.expression, out));
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return [n.left, n.right].every((x) => !shows(x) || this.redactLeaves(x, out));
    }
    if (ts.isObjectLiteralExpression(n)) {
      return n.properties.every((p) => {
        if (ts.isPropertyAssignment(p)) return !shows(p.initializer) || this.redactLeaves(p.initializer, out);
        if (ts.isShorthandPropertyAssignment(p)) {
          if (!shows(p.name)) return true;
          out.push({ range: { start: p.getStart(this.sf), end: p.end }, newText: `${p.name.text}: !!${p.name.text}` });
          return true;
        }
        return !ts.isSpreadAssignment(p) || !shows(p.expression) ? true : false;
      });
    }
    const start = n.getStart(this.sf);
    const text = this.text.slice(start, n.end);
    const simple = ts.isIdentifier(n) || ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n);
    out.push({ range: { start, end: n.end }, newText: simple ? `!!${text}` : `!!(${text})` });
    return true;
  }
}

function rootOf(scope: Scope): Scope {
  let s = scope;
  while (s.parent) s = s.parent;
  return s;
}

/** The secret an SDK call fetches: `get('x')`, `get({ name: 'x' })`, else the argument as written. */
function sdkSecretName(arg: ts.Expression, sf: ts.SourceFile): string {
  const a = unwrap(arg);
  if (isStringLit(a)) return a.text;
  if (ts.isObjectLiteralExpression(a)) {
    for (const p of a.properties) {
      if (ts.isPropertyAssignment(p) && propertyNameText(p.name) === 'name')
        return isStringLit(p.initializer) ? p.initializer.text : p.initializer.getText(sf);
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === 'name') return 'name';
    }
  }
  return a.getText(sf);
}
