// Local functions in the secret-flow walk: a function defined in the file is walked once as
// written (its summary: what it returns for unknown callers) and again for each distinct set of
// secret arguments a call gives it, so a helper that logs its argument is found at the call.
// The re-walks are bounded (depth, and count per document) so that generated files whose
// helpers call each other in every shape stay fast.
import { ts } from '../typescript';
import { unwrap } from '../js/tsNodes';
import { FlowRecord } from './record';
import { join, printedNames, type Scope, type Val } from './values';

/** Functions re-walked with secret arguments at most this deep (helper calling helper). */
const MAX_CALL_DEPTH = 6;
/**
 * At most this many re-walks of functions with secret arguments per document. Each function is
 * walked once per distinct set of argument names (recursion stops at the active call), so real
 * files stay far below it; it bounds generated ones whose helpers call each other in every shape.
 */
const MAX_FUNCTION_WALKS = 2_000;

/** What the check of `selfContained` does at a node, by syntax kind. */
const enum At {
  Descend = 0,
  /** Types and decorators: the walk never reads them. */
  Skip,
  /** A function or class of its own, or `f<T>` (a type node read as an expression): not self-contained. */
  Refuse,
  Identifier,
  Binary,
  ForInOf,
  /** `a.b`: the walk looks up `a`, never `b` (but `x.secrets(…)` is a source). */
  PropertyAccess,
}

let actions: Uint8Array | undefined;

function actionTable(): Uint8Array {
  const k = ts.SyntaxKind;
  const table = new Uint8Array(k.Count);
  // Tokens (literals, keywords, punctuation) have no children: nothing to descend into.
  for (let kind = 0; kind < table.length; kind++)
    if (kind < (k.FirstNode as number) || ts.isTypeNode({ kind } as ts.Node)) table[kind] = At.Skip;
  table[k.Decorator] = At.Skip;
  for (const kind of [
    k.FunctionExpression,
    k.ArrowFunction,
    k.FunctionDeclaration,
    k.MethodDeclaration,
    k.GetAccessor,
    k.SetAccessor,
    k.Constructor,
    k.ClassDeclaration,
    k.ClassExpression,
    k.ExpressionWithTypeArguments,
  ])
    table[kind] = At.Refuse;
  table[k.Identifier] = At.Identifier;
  table[k.BinaryExpression] = At.Binary;
  table[k.ForInStatement] = At.ForInOf;
  table[k.ForOfStatement] = At.ForInOf;
  table[k.PropertyAccessExpression] = At.PropertyAccess;
  return table;
}

/** The check's state while it runs (it does not nest): module fields, so no closure is made per function. */
let checkScope: Scope | undefined;
const checkOwn = new Set<string>();

function ownNames(n: ts.BindingName): void {
  if (n.kind === ts.SyntaxKind.Identifier) checkOwn.add(n.text);
  else for (const el of n.elements) if (el.kind !== ts.SyntaxKind.OmittedExpression) ownNames(el.name);
}

function assignsOutside(target: ts.Expression): boolean {
  const t = unwrap(target);
  return t.kind === ts.SyntaxKind.Identifier && !checkOwn.has((t as ts.Identifier).text);
}

/** True (which stops `forEachChild`) when `n` makes the function not self-contained. */
function refuses(n: ts.Node): boolean {
  switch (actions![n.kind] as At) {
    case At.Skip:
      return false;
    case At.Refuse:
      return true;
    case At.PropertyAccess: {
      const pa = n as ts.PropertyAccessExpression;
      return pa.name.text === 'secrets' || refuses(pa.expression);
    }
    case At.Identifier: {
      const text = (n as ts.Identifier).text;
      if (text === 'process' || text === 'secrets') return true;
      for (let s = checkScope; s; s = s.parent) if (s.vars.get(text) !== undefined) return true;
      return false;
    }
    case At.Binary: {
      const b = n as ts.BinaryExpression;
      const op = b.operatorToken.kind;
      if (
        (op === ts.SyntaxKind.EqualsToken ||
          op === ts.SyntaxKind.PlusEqualsToken ||
          op === ts.SyntaxKind.BarBarEqualsToken ||
          op === ts.SyntaxKind.QuestionQuestionEqualsToken) &&
        assignsOutside(b.left)
      )
        return true;
      break;
    }
    case At.ForInOf: {
      const init = (n as ts.ForInOrOfStatement).initializer;
      if (!ts.isVariableDeclarationList(init) && assignsOutside(init)) return true;
      break;
    }
    default:
      break;
  }
  return !!n.forEachChild(refuses);
}

/**
 * Whether walking `fn` where it is defined (in `scope`), with unknown arguments, can have no
 * effect but what it returns, so that the walk can wait for a first call: it holds no function
 * or class of its own (nothing it could call or define there), never names `process` or
 * `secrets` (the sources), no identifier in it is one the enclosing scopes give a value there
 * (so it reads no secret, calls no outer function and changes no outer object), and it assigns
 * only to its parameters and top-level variables. Such a walk finds no use, no leak and nothing
 * opaque, and an empty scope gives it the same result. Conservative: identifiers are compared by
 * text wherever they appear (property names too). The caller excludes run functions.
 */
function selfContained(fn: ts.SignatureDeclaration, scope: Scope): boolean {
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return false;
  actions ??= actionTable();
  checkScope = scope;
  checkOwn.clear();
  for (const p of fn.parameters) ownNames(p.name);
  if (body.kind === ts.SyntaxKind.Block)
    for (const s of (body as ts.Block).statements)
      if (s.kind === ts.SyntaxKind.VariableStatement)
        for (const d of (s as ts.VariableStatement).declarationList.declarations) ownNames(d.name);
  let ok = true;
  for (const p of fn.parameters) if (refuses(p)) ok = false;
  if (ok && refuses(body)) ok = false;
  checkScope = undefined;
  return ok;
}

export abstract class FunctionWalk extends FlowRecord {
  protected readonly returnMemo = new Map<ts.Node, Val>();
  /** Functions whose walk where they are defined waits for their first call (see `selfContained`). */
  protected readonly deferred = new Set<ts.Node>();
  protected readonly walked = new Set<string>();
  protected readonly frames: Val[][] = [];
  protected readonly active = new Set<ts.Node>();
  protected depth = 0;
  protected functionWalks = 0;

  protected abstract statements(list: readonly ts.Statement[], scope: Scope): void;
  protected abstract expr(e: ts.Expression, scope: Scope): Val;
  protected abstract bind(name: ts.BindingName, v: Val, scope: Scope, init?: ts.Expression): void;

  protected defineFunction(fn: ts.SignatureDeclaration, scope: Scope): Val {
    const val: Val = { k: 'fn', node: fn, scope };
    // Most functions of a file never touch a secret (an integration's record helpers). Walked
    // here, such a function can find nothing and change nothing outside itself: its walk only
    // computes what it returns to a caller without secrets. That walk waits for a first call,
    // and a function never called is never walked.
    if (!this.runOwner.has(fn) && selfContained(fn, scope)) this.deferred.add(fn);
    else {
      this.deferred.delete(fn);
      this.returnMemo.set(fn, this.walkFunction(fn, scope, undefined));
    }
    return val;
  }

  /** What `fn` returns to callers that pass no secret (walked now if its walk was deferred). */
  protected memoOf(fn: ts.SignatureDeclaration): Val {
    if (this.deferred.delete(fn)) {
      // Where it was defined, every name `fn` reads from outside held no value (`selfContained`),
      // so an empty scope gives the same walk, later.
      this.returnMemo.set(fn, this.walkFunction(fn, { vars: new Map() }, undefined));
    }
    return this.returnMemo.get(fn);
  }

  /** Walks a function body with its parameters bound to `args` (undefined: unknown callers). Returns what it returns. */
  protected walkFunction(fn: ts.SignatureDeclaration, scope: Scope, args: Val[] | undefined): Val {
    // A walk with arguments comes after the walk where it was defined, as it always did.
    if (args) this.memoOf(fn);
    const signature = args ? args.map((a) => (a ? a.k + ':' + [...printedNames(a, this.bagNames)].join(',') : '-')).join('|') : '';
    const memoKey = `${fn.pos}:${signature}`;
    if (
      args &&
      (this.walked.has(memoKey) || this.active.has(fn) || this.depth >= MAX_CALL_DEPTH || this.functionWalks >= MAX_FUNCTION_WALKS)
    )
      return this.memoOf(fn);
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
    // Read from the modifiers, not `getCombinedModifierFlags`: that looks up parent pointers, which the tree lacks.
    const isAsync = ts.canHaveModifiers(fn) && ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    return isAsync && ret ? { k: 'promise', of: ret } : ret;
  }
}
