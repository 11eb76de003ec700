// The one walk over a JS/TS syntax tree that the JS dialects share. Each dialect's reader is a
// visitor (`visitors/`): the syntax kinds it acts on, the words that must occur in the source of
// any node it acts on, and what it does there. The walk visits each node once and hands it to
// the visitors of its kind.
//
// Subtrees that cannot hold what any visitor looks for are not entered: the walk first finds
// every occurrence of the visitors' words in the text (one regular expression, one pass), and
// enters a node only when one lies inside its range. In an integration module the helpers that
// never name a secret, `metadata` or `run` are skipped whole; in a large file that passed the
// document's prefilter for one word, only the branches around that word are walked.
import { ts } from '../typescript';
import type { ParsedDocument } from '../document';

export interface JsWalkContext {
  doc: ParsedDocument;
  sf: ts.SourceFile;
}

export interface JsVisitor<T> {
  /** For messages and the registry's order: the visitor's name. */
  readonly id: string;
  /** The syntax kinds the visitor acts on (a function: the TypeScript module loads on first use). */
  kinds(): readonly ts.SyntaxKind[];
  /**
   * Text that occurs in the source of every node the visitor acts on (`INTEGRATION_` for
   * `process.env.INTEGRATION_X`). A node whose range holds none of any visitor's words is skipped
   * with its whole subtree. Escapes (`\u0072un`, `'\x49NTEGRATION_'`) are always entered.
   */
  readonly words: RegExp;
  /** A fresh result for one document. */
  start(): T;
  visit(node: ts.Node, result: T, ctx: JsWalkContext): void;
}

/** What every visitor found in one document, by visitor. */
export class JsVisited {
  /** `results` undefined: a document that was not walked (nothing in it for any visitor). */
  constructor(private readonly results?: ReadonlyMap<JsVisitor<unknown>, unknown>) {}

  of<T>(visitor: JsVisitor<T>): T {
    if (!this.results) return visitor.start();
    if (!this.results.has(visitor)) throw new Error(`The JS visitor '${visitor.id}' is not registered in js/visitors/index.ts.`);
    return this.results.get(visitor) as T;
  }
}

/** An escape can spell any word (`\u0065nv`, `'\x73ecrets'`): a node holding one is always entered. */
const ESCAPE = String.raw`\\[0-7ux]`;

interface Plan {
  byKind: Map<ts.SyntaxKind, JsVisitor<unknown>[]>;
  words: RegExp;
}

const plans = new WeakMap<readonly JsVisitor<unknown>[], Plan>();

function planOf(visitors: readonly JsVisitor<unknown>[]): Plan {
  let plan = plans.get(visitors);
  if (!plan) {
    const byKind = new Map<ts.SyntaxKind, JsVisitor<unknown>[]>();
    for (const v of visitors)
      for (const k of v.kinds()) {
        const list = byKind.get(k);
        if (list) list.push(v);
        else byKind.set(k, [v]);
      }
    const words = new RegExp([...visitors.map((v) => `(?:${v.words.source})`), ESCAPE].join('|'), 'g');
    plans.set(visitors, (plan = { byKind, words }));
  }
  return plan;
}

/** Where the visitors' words occur in the text (sorted start offsets). */
function wordOffsets(text: string, words: RegExp): Int32Array {
  const out: number[] = [];
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) words.lastIndex++;
  }
  return Int32Array.from(out);
}

/** Whether an offset of `hits` lies in [start, end). */
function holdsHit(hits: Int32Array, start: number, end: number): boolean {
  let lo = 0,
    hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo] < end;
}

/**
 * Walks `sf` once in document order (a parent before its children), calling each visitor on the
 * nodes of its kinds. A loop, not recursion: deeply nested code cannot exhaust the stack.
 */
export function walkJs(doc: ParsedDocument, sf: ts.SourceFile, visitors: readonly JsVisitor<unknown>[]): JsVisited {
  const plan = planOf(visitors);
  const results = new Map<JsVisitor<unknown>, unknown>();
  for (const v of visitors) results.set(v, v.start());
  const hits = wordOffsets(doc.text, plan.words);
  const ctx: JsWalkContext = { doc, sf };
  if (hits.length === 0) return new JsVisited(results);
  const stack: ts.Node[] = [sf];
  const push = (c: ts.Node) => {
    if (holdsHit(hits, c.pos, c.end)) stack.push(c);
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    const vs = plan.byKind.get(n.kind);
    if (vs) for (const v of vs) v.visit(n, results.get(v), ctx);
    // Children are pushed in order, then reversed in place, so they pop in document order.
    const from = stack.length;
    n.forEachChild(push);
    for (let i = from, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i];
      stack[i] = stack[j];
      stack[j] = t;
    }
  }
  return new JsVisited(results);
}
