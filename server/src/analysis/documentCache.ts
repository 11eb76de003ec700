// A cache of one analysis module per document (its facts, its syntax-derived parts), kept on the
// document itself rather than in a WeakMap keyed by it. V8's young-generation collector keeps a
// WeakMap's values alive, and so a dead document's facts and syntax tree, until a full
// collection: on the cold index of a 4,200-file monorepo each scavenge then copied ~10 MB and
// promoted it, and the heap grew to 150 MB between full collections. On the document they die
// with it in the next scavenge.
import type { ParsedDocument } from './document';

export class DocumentCache<T> {
  get(doc: ParsedDocument): T | undefined {
    return doc.caches.get(this) as T | undefined;
  }

  set(doc: ParsedDocument, value: T): void {
    doc.caches.set(this, value);
  }

  delete(doc: ParsedDocument): void {
    doc.caches.delete(this);
  }
}
