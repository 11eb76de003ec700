// Checks the scanner-only comment reader of inline suppressions against TypeScript's parser
// on real third-party code: every JS/TS file under a folder (default: this repository's
// node_modules, code no one here wrote). For each file, the comments the scanner finds are
// compared with the comments in the trivia of the syntax tree; any difference is a place a
// `secretref-disable…` comment would be misread. Prints the counts and the time of each.
//   node --import tsx bench/commentScan.ts [folder] [maxFiles]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { scriptComments } from '../server/src/analysis/suppressions/comments';

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'node_modules'));
const maxFiles = Number(process.argv[3] ?? 3000);

function* files(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(c|m)?[jt]sx?$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

function isTokenNode(node: ts.Node): boolean {
  return node.kind < ts.SyntaxKind.FirstNode && node.kind !== ts.SyntaxKind.EndOfFileToken;
}

/** Comments in the trivia between the tree's tokens: the parser's answer. */
function treeComments(sf: ts.SourceFile): Set<number> {
  const text = sf.text;
  const out = new Set<number>();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard);
  const gap = (start: number, end: number): void => {
    if (end <= start) return;
    scanner.setText(text, start, end - start);
    for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
      if (k === ts.SyntaxKind.SingleLineCommentTrivia || k === ts.SyntaxKind.MultiLineCommentTrivia) out.add(scanner.getTokenStart());
    }
  };
  const visit = (node: ts.Node): void => {
    let at = node.pos;
    let children = 0;
    ts.forEachChild(node, (child) => {
      children++;
      gap(at, child.pos);
      visit(child);
      at = child.end;
    });
    // A token (literal, name, template part, JSX text): its leading trivia only. A node without
    // children otherwise (an empty block, object or argument list): punctuation and trivia.
    if (children === 0) gap(node.pos, isTokenNode(node) ? node.getStart(sf) : node.end);
    else gap(at, node.end);
  };
  visit(sf);
  return out;
}

let checked = 0,
  comments = 0,
  missed = 0,
  extra = 0,
  filesDiffering = 0,
  scanMs = 0,
  parseMs = 0,
  bytes = 0;
const examples: string[] = [];
for (const file of files(root)) {
  if (checked >= maxFiles) break;
  let text: string;
  try {
    if (statSync(file).size > 2_000_000) continue;
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  checked++;
  bytes += text.length;
  const jsx = /x$/.test(file);
  let t = performance.now();
  const scanned = new Set(scriptComments(text, jsx, '').map((c) => c.range.start));
  scanMs += performance.now() - t;
  t = performance.now();
  const kind = /\.(c|m)?tsx?$/.test(file) ? (jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : jsx ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const parsed = treeComments(sf);
  parseMs += performance.now() - t;
  comments += parsed.size;
  let differs = false;
  for (const s of parsed)
    if (!scanned.has(s)) {
      missed++;
      differs = true;
    }
  for (const s of scanned)
    if (!parsed.has(s)) {
      extra++;
      differs = true;
    }
  if (differs) {
    filesDiffering++;
    if (examples.length < 10) examples.push(path.relative(root, file));
  }
}
console.log(`${checked} files, ${(bytes / 1e6).toFixed(1)} MB, ${comments} comments (by the parser)`);
console.log(
  `scanner: ${missed} missed, ${extra} extra, in ${filesDiffering} files; ${scanMs.toFixed(0)} ms (parse + tree walk: ${parseMs.toFixed(0)} ms)`,
);
if (examples.length) console.log(`files that differ, e.g.:\n  ${examples.join('\n  ')}`);
