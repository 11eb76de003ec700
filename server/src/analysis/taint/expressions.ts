// Expressions in the secret-flow walk: what each expression's value would show if printed.
// Member reads of the sources, template literals, concatenation, object and array literals, and
// calls: the SDK sources, log sinks, redaction and pass-through functions, loggers, callbacks
// and local functions (walked with their arguments by functions.ts).
import { ts } from '../typescript';
import { innerRange, isStringLit, propertyNameText, unwrap } from '../integrations';
import type { FlowResult } from './record';
import { PASS_THROUGH_FUNCTIONS, PASS_THROUGH_METHODS, createsLogger, dottedName, isSafeCall, sinkName } from './sinks';
import { StatementWalk } from './statements';
import { join, lookup, lookupVal, printedNames, stringNames, taint, type Scope, type Val } from './values';

/** Constructors whose instance prints what it was built from: `new URL(\`…?key=${k}\`)`. */
const PASS_THROUGH_CONSTRUCTORS = /^(?:URL|URLSearchParams|String|Headers|Map|Set)$/;
/** Methods that put their arguments into the receiver: `url.searchParams.set('key', k)`, `parts.push(k)`. */
const STORING_METHODS = new Set(['append', 'set', 'push', 'unshift', 'add']);

/** The whole walk: run() walks a document from its root scope. */
export class Walker extends StatementWalk {
  run(): FlowResult {
    const root: Scope = { vars: new Map() };
    this.statements(this.sf.statements, root);
    return {
      uses: [...this.uses.values()].sort((a, b) => a.range.start - b.range.start),
      opaque: this.opaque,
      leaks: [...this.leaks.values()].sort((a, b) => a.range.start - b.range.start),
    };
  }

  // ---- expressions ------------------------------------------------------------------------------

  protected expr(e: ts.Expression, scope: Scope): Val {
    const v = this.exprInner(e, scope);
    if (v !== undefined) this.vals.set(e, v);
    return v;
  }

  protected exprInner(e: ts.Expression, scope: Scope): Val {
    // One switch on the kind: the walk's hottest function, once per expression of every walked function.
    const K = ts.SyntaxKind;
    switch (e.kind) {
      case K.Identifier:
        return lookupVal(scope, (e as ts.Identifier).text);
      case K.ParenthesizedExpression:
      case K.AsExpression:
      case K.SatisfiesExpression:
      case K.NonNullExpression:
      case K.TypeAssertionExpression:
        return this.expr((e as ts.ParenthesizedExpression).expression, scope);
      case K.PropertyAccessExpression: {
        const pa = e as ts.PropertyAccessExpression;
        const obj = unwrap(pa.expression);
        if (ts.isIdentifier(obj) && obj.text === 'process' && pa.name.text === 'env' && !lookup(scope, 'process').found)
          return { k: 'env' };
        const base = this.expr(pa.expression, scope);
        // Most property reads are of values that hold no secret: no ranges to compute for them.
        if (!base) return undefined;
        return this.member(
          base,
          pa.name.text,
          { start: pa.name.getStart(this.sf), end: pa.name.end },
          { start: pa.getStart(this.sf), end: pa.end },
        );
      }
      case K.ElementAccessExpression: {
        const ea = e as ts.ElementAccessExpression;
        const base = this.expr(ea.expression, scope);
        const arg = ea.argumentExpression;
        if (isStringLit(arg))
          return base && this.member(base, arg.text, innerRange(arg, this.sf), { start: ea.getStart(this.sf), end: ea.end });
        this.expr(arg, scope);
        if (base && base.k === 'bag') {
          this.opaque.add(base.owner);
          return taint(this.bagNames(base.owner));
        }
        if (base && base.k === 'taint') return base;
        if (base && base.k === 'obj') return taint(printedNames(base, this.bagNames));
        return undefined;
      }
      case K.CallExpression:
        return this.call(e as ts.CallExpression, scope);
      case K.NewExpression: {
        const ne = e as ts.NewExpression;
        const args = (ne.arguments ?? []).map((a) => this.expr(a, scope));
        args.forEach((a) => this.escape(a));
        const ctor = dottedName(ne.expression) ?? '';
        // An Error keeps its message: logging or throwing it shows what it was built from.
        if (/Error$/.test(ctor)) return taint(args.flatMap((a) => [...stringNames(a)]));
        if (PASS_THROUGH_CONSTRUCTORS.test(ctor)) return taint(args.flatMap((a) => [...printedNames(a, this.bagNames)]));
        return undefined;
      }
      case K.AwaitExpression: {
        const v = this.expr((e as ts.AwaitExpression).expression, scope);
        return v && v.k === 'promise' ? v.of : v;
      }
      case K.TemplateExpression: {
        const names: string[] = [];
        for (const span of (e as ts.TemplateExpression).templateSpans) names.push(...stringNames(this.expr(span.expression, scope)));
        return taint(names);
      }
      case K.TaggedTemplateExpression: {
        const te = e as ts.TaggedTemplateExpression;
        this.expr(te.tag, scope);
        if (ts.isTemplateExpression(te.template))
          for (const span of te.template.templateSpans) this.escape(this.expr(span.expression, scope));
        return undefined;
      }
      case K.BinaryExpression:
        return this.binary(e as ts.BinaryExpression, scope);
      case K.ConditionalExpression: {
        const ce = e as ts.ConditionalExpression;
        this.expr(ce.condition, scope);
        return join(this.expr(ce.whenTrue, scope), this.expr(ce.whenFalse, scope), this.bagNames);
      }
      case K.PrefixUnaryExpression:
      case K.PostfixUnaryExpression:
        this.expr((e as ts.PrefixUnaryExpression).operand, scope);
        return undefined;
      case K.TypeOfExpression:
      case K.VoidExpression:
      case K.DeleteExpression:
        this.expr((e as ts.TypeOfExpression).expression, scope);
        return undefined;
      case K.ObjectLiteralExpression:
        return this.objectLiteral(e as ts.ObjectLiteralExpression, scope);
      case K.ArrayLiteralExpression: {
        const names: string[] = [];
        for (const el of (e as ts.ArrayLiteralExpression).elements) {
          const v = this.expr(ts.isSpreadElement(el) ? el.expression : el, scope);
          this.escape(v);
          names.push(...printedNames(v, this.bagNames));
        }
        return taint(names);
      }
      case K.FunctionExpression:
      case K.ArrowFunction:
        return this.defineFunction(e as ts.FunctionExpression, scope);
      case K.ClassExpression:
        this.children(e, scope);
        return undefined;
      case K.SpreadElement: {
        const v = this.expr((e as ts.SpreadElement).expression, scope);
        this.escape(v);
        return v;
      }
      case K.YieldExpression: {
        const ye = e as ts.YieldExpression;
        if (ye.expression) this.escape(this.expr(ye.expression, scope));
        return undefined;
      }
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
      case K.NumericLiteral:
      case K.TrueKeyword:
      case K.FalseKeyword:
      case K.NullKeyword:
      case K.ThisKeyword:
      case K.RegularExpressionLiteral:
        return undefined;
      default:
        this.children(e, scope);
        return undefined;
    }
  }

  protected binary(e: ts.BinaryExpression, scope: Scope): Val {
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
        // Only a tainted operand shows in the sum (an object prints as [object Object]).
        return l?.k === 'taint' || r?.k === 'taint' ? taint([...stringNames(l), ...stringNames(r)]) : undefined;
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

  protected objectLiteral(e: ts.ObjectLiteralExpression, scope: Scope): Val {
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

  protected call(e: ts.CallExpression, scope: Scope): Val {
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
      if (args.every((a) => a === undefined)) return this.memoOf(fnVal.node);
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
  protected storeInto(receiver: ts.Expression, args: Val[], scope: Scope): void {
    let root = unwrap(receiver);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = unwrap(root.expression);
    if (!ts.isIdentifier(root)) return;
    const r = lookup(scope, root.text);
    if (!r.found || (r.val && (r.val.k === 'fn' || r.val.k === 'logger' || r.val.k === 'bag' || r.val.k === 'env'))) return;
    const stored = taint(args.flatMap((a) => [...printedNames(a, this.bagNames)]));
    r.scope!.vars.set(root.text, join(r.val, stored, this.bagNames));
  }
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
