// Quick fix for undeclared-secret: add the name to the integration's requiredSecrets, in the
// list's own style (quotes, one entry per line or inline, trailing comma).
import type { QuickFixProvider } from './codeAction';
import type { ParsedDocument } from '../document';
import { jsFacts, siblingMetadataOf, type Integration } from '../integrations';
import { secretFlow } from '../taint/flow';
import type { QuickFix, TextEdit } from '../model/types';

/** The edit that appends `name` to `integ`'s inline requiredSecrets list; undefined when there is none in this document. */
export function addDeclarationEdit(doc: ParsedDocument, integ: Integration, name: string): TextEdit | undefined {
  if (!integ.required || integ.requiredFromSibling) return undefined;
  return appendToList(doc.text, integ.required, name);
}

/**
 * The edit that appends `name` to a bracketed list (`[...]` in JS, JSON or a YAML flow
 * sequence) of `text`; undefined for a YAML block sequence, which has no brackets to go by.
 */
function appendToList(text: string, list: NonNullable<Integration['required']>, name: string): TextEdit | undefined {
  if (text[list.range.start] !== '[' || text[list.range.end - 1] !== ']') return undefined;
  const quote = list.entries.length > 0 && text[list.entries[0].fullRange.start] === '"' ? '"' : "'";
  const entry = `${quote}${name}${quote}`;
  const open = list.range.start; // `[`
  const close = list.range.end - 1; // `]`
  const last = list.entries[list.entries.length - 1];
  if (!last) {
    const inner = text.slice(open + 1, close);
    if (/\n/.test(inner)) {
      const indent = lineIndent(text, close);
      return { range: { start: open + 1, end: close }, newText: `\n${indent}  ${entry},\n${indent}` };
    }
    return { range: { start: open + 1, end: close }, newText: entry };
  }
  const afterLast = text.slice(last.fullRange.end, close);
  const multiline = /\n/.test(text.slice(open, last.fullRange.start));
  if (multiline) {
    const indent = lineIndent(text, last.fullRange.start);
    const comma = afterLast.indexOf(',');
    if (comma >= 0) {
      // Trailing comma style: put the new entry after the comma, keep one after it too.
      const at = last.fullRange.end + comma + 1;
      return { range: { start: at, end: at }, newText: `\n${indent}${entry},` };
    }
    return { range: { start: last.fullRange.end, end: last.fullRange.end }, newText: `,\n${indent}${entry}` };
  }
  return { range: { start: last.fullRange.end, end: last.fullRange.end }, newText: `, ${entry}` };
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** The integration whose secrets object the diagnostic's range reads. */
export function integrationOfUse(doc: ParsedDocument, offset: number, settings: Parameters<typeof secretFlow>[1]): Integration | undefined {
  const facts = jsFacts(doc);
  if (!facts) return undefined;
  const use = secretFlow(doc, settings).uses.find((u) => u.range.start === offset);
  return use ? facts.integrations[use.owner] : undefined;
}

export const addToRequiredFix: QuickFixProvider = {
  codes: ['undeclared-secret'],
  provide({ doc, diagnostic, settings }): QuickFix[] {
    const name = diagnostic.secret;
    if (!name) return [];
    const integ = integrationOfUse(doc, diagnostic.range.start, settings);
    if (!integ) return [];
    // Declared in the metadata file beside the module: the entry goes there.
    const sibling = integ.requiredFromSibling ? siblingMetadataOf(doc) : undefined;
    if (sibling && integ.required) {
      const edit = appendToList(sibling.text, integ.required, name);
      if (!edit) return [];
      const file = sibling.uri.slice(sibling.uri.lastIndexOf('/') + 1);
      return [
        {
          title: `Add '${name}' to requiredSecrets in ${file}`,
          fixes: 'undeclared-secret',
          otherFile: { uri: sibling.uri, text: sibling.text, edits: [edit] },
          isPreferred: true,
        },
      ];
    }
    const edit = addDeclarationEdit(doc, integ, name);
    if (!edit) return [];
    return [{ title: `Add '${name}' to requiredSecrets`, fixes: 'undeclared-secret', edits: [edit], isPreferred: true }];
  },
};
