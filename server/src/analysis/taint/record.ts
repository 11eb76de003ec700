// What the secret-flow walk records as it goes: each read of an integration's secrets object
// (a use), the integrations whose secrets object escapes where names cannot be followed, and
// each log call or thrown error that shows a secret, with the edits that would redact it. The
// base of the walk that flow.ts runs: the layers above it (functions.ts, statements.ts,
// expressions.ts) compute values, this one turns them into findings.
import { ts } from '../typescript';
import { ENV_PREFIX, type Integration, type NamedRange } from '../integrations';
import type { AnalysisSettings, OffsetRange, TextEdit } from '../model/types';
import { printedNames, taint, type Val } from './values';

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

/** The walk's state and its findings; the classes above it walk the tree. */
export class FlowRecord {
  protected readonly uses = new Map<number, SecretUse>();
  protected readonly opaque = new Set<number>();
  protected readonly leaks = new Map<number, Leak>();
  protected readonly vals = new Map<ts.Node, Val>();
  protected readonly runOwner = new Map<ts.Node, number>();
  protected readonly bagNames = (owner: number): string[] => {
    const integ = this.integrations[owner];
    const names = integ?.required?.entries.map((e) => e.name) ?? [];
    if (names.length > 0) return names;
    const p = integ?.run?.secretsParam;
    return [p && ts.isIdentifier(p.name) ? p.name.text : 'secrets'];
  };

  constructor(
    protected readonly text: string,
    protected readonly sf: ts.SourceFile,
    protected readonly integrations: Integration[],
    protected readonly settings: AnalysisSettings,
    /** Whether INTEGRATION_ variables are secrets here (see `readsEnvAdapter`). */
    protected readonly envIsSecrets: boolean,
  ) {
    integrations.forEach((integ, i) => {
      if (integ.run) this.runOwner.set(integ.run.node, i);
    });
  }

  /** The secrets object reaches code the analysis cannot follow: which names it reads is unknown. */
  protected escape(v: Val): void {
    if (v && v.k === 'bag') this.opaque.add(v.owner);
  }

  /** Reading property `key` of a value. */
  protected member(v: Val, key: string, nameRange: OffsetRange, fullRange: OffsetRange): Val {
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

  protected reportLeak(call: string, node: ts.Node, argNodes: readonly ts.Expression[], args: Val[]): void {
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
  protected redactLeaves(n: ts.Expression, out: TextEdit[]): boolean {
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
