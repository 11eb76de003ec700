// The abstract values the secret-flow walk computes for expressions: which secrets a value
// would show if it were printed. Only names are tracked, never a value.
import type * as ts from 'typescript';

export type Val =
  /** The injected secrets object of integration `owner` (the run function's second parameter). */
  | { k: 'bag'; owner: number }
  /** `process.env`: its `INTEGRATION_X` properties are the env adapter's secrets. */
  | { k: 'env' }
  /** A secret record an SDK returned (`await julep.secrets.get(…)`): only `.value` is secret. */
  | { k: 'sdk'; name: string }
  /** A promise of a value (unawaited `event.secrets('X')`): printing it shows nothing. */
  | { k: 'promise'; of: Val }
  /** An object literal, property by property, so `request.url` is clean while `request.headers` is not. */
  | { k: 'obj'; props: Map<string, Val>; rest: Set<string> }
  /** A function defined in the file: called with secrets, its body is walked with them bound. */
  | { k: 'fn'; node: ts.SignatureDeclaration; scope: Scope }
  /** A logger instance (`pino()`, `winston.createLogger()`, `require('debug')('ns')`). */
  | { k: 'logger' }
  /** A string or other value derived from these secrets. */
  | { k: 'taint'; names: Set<string> }
  | undefined;

export interface Scope {
  vars: Map<string, Val>;
  parent?: Scope;
}

export function lookup(scope: Scope | undefined, name: string): { found: boolean; val: Val; scope?: Scope } {
  for (let s = scope; s; s = s.parent) if (s.vars.has(name)) return { found: true, val: s.vars.get(name), scope: s };
  return { found: false, val: undefined };
}

/** `lookup(scope, name).val` without the record. */
export function lookupVal(scope: Scope | undefined, name: string): Val {
  for (let s = scope; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v !== undefined || s.vars.has(name)) return v;
  }
  return undefined;
}

export function taint(names: Iterable<string>): Val {
  const set = new Set(names);
  return set.size > 0 ? { k: 'taint', names: set } : undefined;
}

/** The secrets a value shows when printed as is (console.log(x), JSON.stringify(x)). */
export function printedNames(v: Val, bagNames: (owner: number) => string[]): Set<string> {
  const out = new Set<string>();
  const stack: Val[] = [v];
  let guard = 0;
  while (stack.length > 0 && guard++ < 1000) {
    const cur = stack.pop();
    if (!cur) continue;
    switch (cur.k) {
      case 'bag':
        for (const n of bagNames(cur.owner)) out.add(n);
        break;
      case 'sdk':
        out.add(cur.name);
        break;
      case 'taint':
        for (const n of cur.names) out.add(n);
        break;
      case 'obj':
        for (const p of cur.props.values()) stack.push(p);
        for (const n of cur.rest) out.add(n);
        break;
      default:
        break;
    }
  }
  return out;
}

/** The secrets a value shows when turned into a string (`${x}`, 'a' + x): objects print as [object Object]. */
export function stringNames(v: Val): Set<string> {
  return v && v.k === 'taint' ? v.names : new Set();
}

/** Either value (a || b, c ? a : b, a variable assigned twice). */
export function join(a: Val, b: Val, bagNames: (owner: number) => string[]): Val {
  if (!a) return b;
  if (!b) return a;
  // `secrets || {}`, `secrets ?? {}`: still the secrets object.
  if (a.k === 'bag' && isEmptyObject(b)) return a;
  if (b.k === 'bag' && isEmptyObject(a)) return b;
  if (a.k === b.k) {
    if (a.k === 'bag' && b.k === 'bag' && a.owner === b.owner) return a;
    if (a.k === 'env' || a.k === 'logger') return a;
    if (a.k === 'obj' && b.k === 'obj') {
      const props = new Map(a.props);
      for (const [k, v] of b.props) props.set(k, join(props.get(k), v, bagNames));
      return { k: 'obj', props, rest: new Set([...a.rest, ...b.rest]) };
    }
  }
  return taint([...printedNames(a, bagNames), ...printedNames(b, bagNames)]);
}

function isEmptyObject(v: Val): boolean {
  return !!v && v.k === 'obj' && v.props.size === 0 && v.rest.size === 0;
}
