// Python, as the platforms' docs write it: Julep's Python SDK defines a task as dicts
// (`"secret_name": "openai_api_key"`, `"$ secrets.db_host"`), so Python code blocks of Markdown
// are read for those forms. The syntax tree comes from a real parser (Lezer's Python grammar,
// error-tolerant, no native code): string literals, dict literals and comments, never a `#`
// inside a string or a dict key in a comment. Which documents are Python goes by file name.
import type * as LezerPython from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { ParsedDocument } from './document';
import { documentPath } from './markdown';
import type { OffsetRange } from './model/types';
import { DocumentCache } from './documentCache';

/** A string literal's text (between its quotes) and where that text is. */
export interface PyString {
  value: string;
  range: OffsetRange;
  /** The literal with its prefix and quotes. */
  fullRange: OffsetRange;
}

/** A dict literal entry whose key is a string literal. */
export interface PyEntry {
  key: PyString;
  /** The value when it is a string literal or a dict literal, else undefined. */
  value: PyString | PyDict | undefined;
}

export interface PyDict {
  entries: PyEntry[];
}

export interface PythonFacts {
  /** Every plain string literal (not f-strings, whose braces are Python's own), in document order. */
  strings: PyString[];
  /** Every dict literal, outermost first. */
  dicts: PyDict[];
  comments: Array<{ range: OffsetRange; body: string }>;
}

const PYTHON_FILE = /\.pyi?$/i;

export function isPythonDocument(doc: Pick<ParsedDocument, 'uri'>): boolean {
  return PYTHON_FILE.test(documentPath(doc.uri));
}

export const isPyDict = (v: PyEntry['value']): v is PyDict => v !== undefined && 'entries' in v;

const cache = new DocumentCache<PythonFacts>();

/** The string literals, dicts and comments of a Python document (undefined for other documents), once per version. */
export function pythonFacts(doc: ParsedDocument): PythonFacts | undefined {
  if (!isPythonDocument(doc) || !doc.parseable) return undefined;
  let facts = cache.get(doc);
  if (!facts) cache.set(doc, (facts = read(doc.text)));
  return facts;
}

let parser: typeof LezerPython.parser | undefined;
/**
 * Lezer's Python parser, required on the first Python text rather than imported: building it
 * (deserializing its tables) cost every process start 4 ms, and most never read Python.
 */
function pythonParser(): typeof LezerPython.parser {
  return (parser ??= (require('@lezer/python') as typeof LezerPython).parser);
}

function read(text: string): PythonFacts {
  const facts: PythonFacts = { strings: [], dicts: [], comments: [] };
  // A dict is made when it or its parent is reached, whichever comes first: the walk is in document order.
  const dicts = new Map<number, PyDict>();
  const dictAt = (from: number): PyDict => {
    let d = dicts.get(from);
    if (!d) dicts.set(from, (d = { entries: [] }));
    return d;
  };
  const cursor = pythonParser().parse(text).cursor();
  do {
    const n = cursor.node;
    if (n.name === 'String') {
      const s = stringAt(text, n);
      if (s) facts.strings.push(s);
    } else if (n.name === 'Comment') {
      facts.comments.push({ range: { start: n.from, end: n.to }, body: text.slice(n.from + 1, n.to) });
    } else if (n.name === 'DictionaryExpression') {
      const d = dictAt(n.from);
      facts.dicts.push(d);
      // Children in order: `{` key `:` value `,` … `}`.
      for (let k = n.firstChild; k; k = k.nextSibling) {
        const colon = k.nextSibling;
        const v = colon?.nextSibling;
        if (k.name !== 'String' || colon?.name !== ':' || !v) continue;
        const key = stringAt(text, k);
        if (!key) continue;
        d.entries.push({
          key,
          value: v.name === 'String' ? stringAt(text, v) : v.name === 'DictionaryExpression' ? dictAt(v.from) : undefined,
        });
      }
    }
  } while (cursor.next());
  return facts;
}

/** The text of a plain string literal: prefix letters (`r`, `b`, `u`), then `'`, `"`, `'''` or `"""`. */
function stringAt(text: string, n: SyntaxNode): PyString | undefined {
  const raw = text.slice(n.from, n.to);
  const m = /^([rRbBuU]{0,2})('''|"""|'|")/.exec(raw);
  if (!m) return undefined;
  const q = m[2];
  const start = n.from + m[0].length;
  const end = raw.length >= m[0].length + q.length && raw.endsWith(q) ? n.to - q.length : n.to;
  return { value: text.slice(start, end), range: { start, end }, fullRange: { start: n.from, end: n.to } };
}
