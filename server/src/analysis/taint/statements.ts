// Statements and bindings in the secret-flow walk: blocks and their hoisted names, loops,
// returns (collected for the function being walked), thrown errors (a sink), declarations,
// destructuring and assignment, which carry values from one name to another.
import { ts } from '../typescript';
import type * as TS from 'typescript';
import { innerRange, isStringLit, propertyNameText, unwrap } from '../integrations';
import { dottedName } from './sinks';
import { FunctionWalk } from './functions';
import { join, lookup, printedNames, stringNames, taint, type Scope, type Val } from './values';

export abstract class StatementWalk extends FunctionWalk {
  // ---- statements ------------------------------------------------------------------------------

  protected statements(list: readonly ts.Statement[], scope: Scope): void {
    this.hoist(list, scope);
    for (const s of list) this.statement(s, scope);
  }

  /** Names declared in a block shadow outer ones from the block's start; functions are callable before their line. */
  protected hoist(list: readonly ts.Statement[], scope: Scope): void {
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

  protected declareNames(name: ts.BindingName, scope: Scope): void {
    if (ts.isIdentifier(name)) {
      if (!scope.vars.has(name.text)) scope.vars.set(name.text, undefined);
      return;
    }
    for (const el of name.elements) if (!ts.isOmittedExpression(el)) this.declareNames(el.name, scope);
  }

  protected statement(s: ts.Node, scope: Scope): void {
    // One switch on the kind, like `exprInner`: once per statement of every walked function.
    const K = ts.SyntaxKind;
    switch (s.kind) {
      case K.Block:
        this.statements((s as ts.Block).statements, { vars: new Map(), parent: scope });
        return;
      case K.VariableStatement:
        this.declarationList((s as ts.VariableStatement).declarationList, scope);
        return;
      case K.FunctionDeclaration:
        this.defineFunction(s as ts.FunctionDeclaration, scope);
        return;
      case K.ReturnStatement: {
        const e = (s as TS.ReturnStatement).expression;
        const v = e ? this.expr(e, scope) : undefined;
        this.escape(v);
        this.frames[this.frames.length - 1]?.push(v);
        return;
      }
      case K.ThrowStatement:
        this.throwSink(s as ts.ThrowStatement, scope);
        return;
      case K.ForOfStatement:
      case K.ForInStatement: {
        const f = s as ts.ForInOrOfStatement;
        const inner: Scope = { vars: new Map(), parent: scope };
        const iter = this.expr(f.expression, scope);
        // `for (const k in secrets)` walks names the analysis cannot follow.
        this.escape(iter);
        const item = s.kind === K.ForOfStatement ? taint(printedNames(iter, this.bagNames)) : undefined;
        if (ts.isVariableDeclarationList(f.initializer)) for (const d of f.initializer.declarations) this.bind(d.name, item, inner);
        else this.assign(f.initializer, item, scope);
        this.statement(f.statement, inner);
        return;
      }
      case K.ForStatement: {
        const f = s as TS.ForStatement;
        const inner: Scope = { vars: new Map(), parent: scope };
        if (f.initializer) {
          if (ts.isVariableDeclarationList(f.initializer)) this.declarationList(f.initializer, inner);
          else this.expr(f.initializer, inner);
        }
        if (f.condition) this.expr(f.condition, inner);
        if (f.incrementor) this.expr(f.incrementor, inner);
        this.statement(f.statement, inner);
        return;
      }
      case K.CatchClause: {
        const c = s as TS.CatchClause;
        const inner: Scope = { vars: new Map(), parent: scope };
        if (c.variableDeclaration) this.declareNames(c.variableDeclaration.name, inner);
        this.statements(c.block.statements, inner);
        return;
      }
      case K.CaseClause:
        this.expr((s as TS.CaseClause).expression, scope);
        this.statements((s as TS.CaseClause).statements, scope);
        return;
      case K.DefaultClause:
        this.statements((s as TS.DefaultClause).statements, scope);
        return;
      case K.InterfaceDeclaration:
      case K.TypeAliasDeclaration:
      case K.ImportDeclaration:
      case K.ImportEqualsDeclaration:
        return;
      default:
        this.children(s, scope);
    }
  }

  protected declarationList(list: ts.VariableDeclarationList, scope: Scope): void {
    for (const d of list.declarations) {
      this.declareNames(d.name, scope);
      const v = d.initializer ? this.expr(d.initializer, scope) : undefined;
      this.bind(d.name, v, scope, d.initializer);
    }
  }

  /** Anything not handled above: walk its children as statements or expressions. */
  protected children(n: ts.Node, scope: Scope): void {
    n.forEachChild((c) => {
      if (ts.isTypeNode(c) || ts.isDecorator(c)) return;
      if (ts.isExpression(c)) this.expr(c, scope);
      else this.statement(c, scope);
    });
  }

  // ---- bindings ---------------------------------------------------------------------------------

  protected bind(name: ts.BindingName, v: Val, scope: Scope, init?: ts.Expression): void {
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

  protected assign(target: ts.Expression, v: Val, scope: Scope, compound = false): void {
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

  protected throwSink(s: ts.ThrowStatement, scope: Scope): void {
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
}

function rootOf(scope: Scope): Scope {
  let s = scope;
  while (s.parent) s = s.parent;
  return s;
}
