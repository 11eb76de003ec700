// One edit of a document's text, as the LSP's incremental sync sends it (in offsets). Its own
// module because the text source, the scope index, the incremental analysis and the session all
// speak it: kept in any one of them it made an import cycle.

/** A replacement of [start, end) of the text before it by `text`. Several apply in order. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}
