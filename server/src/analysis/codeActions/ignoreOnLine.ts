// Quick fix for every finding: "Ignore 'CODE' on this line", a suppression comment in the
// file's syntax. In code and YAML it goes on its own line above, indented like the line
// (`secretref-disable-next-line CODE`, as ESLint's fix does); in Markdown at the end of the
// line (`<!-- secretref-disable-line CODE -->`, in MDX `{/* secretref-disable-line CODE */}`),
// where a comment line would split a paragraph.
// Offered only where the comment would be read back as one: never inside a multi-line
// string, template or YAML block scalar, never in a JSON file that does not allow comments.
import type { QuickFixProvider } from './codeAction';
import { KNOWN_CODES } from '../analyze';
import { ParsedDocument } from '../document';
import { documentPath } from '../markdown';
import { commentSyntaxOf, directivesOf, suppressionComment, UNUSED_SUPPRESSION } from '../suppressions/suppressions';
import type { QuickFix, TextEdit } from '../model/types';

/** JSON files whose readers accept comments (VS Code's settings, tsconfig, the manifest). */
const JSON_WITH_COMMENTS = /(\.jsonc|\.json5|[/\\](tsconfig|jsconfig)[^/\\]*\.json|[/\\]\.vscode[/\\][^/\\]+\.json|[/\\]secretref\.json)$/i;

export const ignoreOnLineFix: QuickFixProvider = {
  codes: [...KNOWN_CODES].filter((c) => c !== UNUSED_SUPPRESSION),
  provide({ doc, diagnostic }): QuickFix[] {
    const syntax = commentSyntaxOf(doc);
    if (doc.kind === 'json' && !JSON_WITH_COMMENTS.test(documentPath(doc.uri)) && !/\/\/|\/\*/.test(doc.text)) return [];
    const endOfLine = syntax === 'html' || syntax === 'mdx';
    const comment = suppressionComment(syntax, endOfLine ? 'disable-line' : 'disable-next-line', [diagnostic.code]);
    if (!comment) return [];
    const text = doc.text;
    const line = doc.positionAt(diagnostic.range.start).line;
    const lineStart = doc.offsetAt({ line, character: 0 });
    let edit: TextEdit;
    if (endOfLine) {
      let end = doc.offsetAt({ line: line + 1, character: 0 });
      while (end > lineStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      edit = { range: { start: end, end }, newText: ` ${comment}` };
    } else {
      const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      edit = { range: { start: lineStart, end: lineStart }, newText: `${indent}${comment}${eol}` };
    }
    // Read the result back: the comment must be a comment there, and silence this line.
    const after = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    const commentAt = edit.range.start + edit.newText.indexOf(comment);
    // With the buffer's language: an untitled one has no file name to tell its syntax by.
    const reread = new ParsedDocument({ uri: doc.uri, text: after, languageId: doc.languageId, kind: doc.kind });
    const found = directivesOf(reread).some((d) => d.range.start === commentAt);
    if (!found) return [];
    return [{ title: `Ignore '${diagnostic.code}' on this line`, fixes: diagnostic.code, edits: [edit] }];
  },
};
