// Local functions in the secret-flow walk: a function defined in the file is walked once as
// written (its summary: what it returns for unknown callers) and again for each distinct set of
// secret arguments a call gives it, so a helper that logs its argument is found at the call.
// The re-walks are bounded (depth, and count per document) so that generated files whose
// helpers call each other in every shape stay fast.
import { ts } from '../typescript';
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

export abstract class FunctionWalk extends FlowRecord {
  protected readonly returnMemo = new Map<ts.Node, Val>();
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
    this.returnMemo.set(fn, this.walkFunction(fn, scope, undefined));
    return val;
  }

  /** Walks a function body with its parameters bound to `args` (undefined: unknown callers). Returns what it returns. */
  protected walkFunction(fn: ts.SignatureDeclaration, scope: Scope, args: Val[] | undefined): Val {
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
}
