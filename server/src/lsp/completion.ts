// Completion of secret names: the pure `completeAt` answers, this file only translates.
import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver/node';
import { completeAt, secretDocumentation } from '../analysis/features/completion';
import { toRange } from './convert';
import { guard } from './safety';
import type { Session } from './session';

/** The characters that end each reference opening: `$Token{`, `$Token<`, `{{Secrets.`, `secrets['`, `"`. */
export const COMPLETION_TRIGGERS = ['{', '.', '<', "'", '"'];

/**
 * Items per answer. A store of thousands of secrets would otherwise send hundreds of KB per
 * keystroke (every name with its documentation); the editor shows a dozen at a time anyway.
 */
export const MAX_ITEMS = 100;

/** What an item keeps for completionItem/resolve: names and places, never a value. */
interface ItemData {
  secret: string;
  env?: string;
  reason?: string;
}

function isItemData(x: unknown): x is ItemData {
  return typeof x === 'object' && x !== null && typeof (x as ItemData).secret === 'string';
}

export function registerCompletion(session: Session): void {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  session.connection.onCompletion(
    guard(session.log, 'completion', empty, (params): CompletionList => {
      const a = session.parsed(params.textDocument.uri);
      if (!a || a.skipped) return empty;
      const offset = a.doc.offsetAt(params.position);
      const found = completeAt(
        a.doc,
        offset,
        session.store.snapshot(params.textDocument.uri),
        session.settings.analysis,
        new Date(),
        MAX_ITEMS + 1,
        false,
      );
      // More names than that: the editor asks again as the prefix grows, and gets the rest then.
      const isIncomplete = found.length > MAX_ITEMS;
      // The best usable name is preselected, so Enter inserts it rather than another provider's item.
      const best = found.find((c) => c.usable);
      const items: CompletionItem[] = found.slice(0, MAX_ITEMS).map((c) => ({
        ...(c === best ? { preselect: true } : {}),
        label: c.label,
        kind: CompletionItemKind.Constant,
        detail: c.detail,
        // The documentation comes with completionItem/resolve, for the item the user looks at.
        data: {
          secret: c.label,
          ...(c.env ? { env: c.env } : {}),
          ...(c.reasonUnusable ? { reason: c.reasonUnusable } : {}),
        } satisfies ItemData,
        sortText: c.sortText,
        filterText: c.label,
        textEdit: { range: toRange(a.doc, c.replace), newText: c.insertText },
        // Names not usable here stay visible (the user may mean to fix the scope) but struck through.
        ...(c.usable ? {} : { tags: [CompletionItemTag.Deprecated], labelDetails: { description: c.reasonUnusable ?? 'not usable here' } }),
      }));
      return { isIncomplete, items };
    }),
  );
  // On failure the item comes back as it was: a list without documentation beats no list.
  session.connection.onCompletionResolve((item: CompletionItem) =>
    guard(session.log, 'completion resolve', item, (): CompletionItem => {
      const data: unknown = item.data;
      if (!isItemData(data)) return item;
      const secret = session.store.snapshot().get(data.secret);
      if (!secret) return item;
      const value = secretDocumentation(secret, data.env, data.reason, session.settings.analysis, new Date());
      return { ...item, documentation: { kind: MarkupKind.Markdown, value } };
    })(),
  );
}
