// Quick fixes: the pure providers of analysis/codeActions answer, this file attaches the
// diagnostic and turns their edits and client commands into LSP CodeActions.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { CODE_ACTIONS } from '../analysis/codeActions';
import { ParsedDocument } from '../analysis/document';
import type { QuickFix } from '../analysis/types';
import { DIAGNOSTIC_SOURCE, sameDiagnostic, toRange } from './convert';
import { describeError, guard } from './safety';
import type { Feature } from './feature';

export const codeActionsFeature: Feature = (session) => {
  const { connection, log } = session;
  connection.onCodeAction(
    guard(log, 'code actions', [] as CodeAction[], (params: CodeActionParams): CodeAction[] => {
      const uri = params.textDocument.uri;
      const a = session.analysis(uri);
      if (!a || a.skipped) return [];
      const actions: CodeAction[] = [];
      for (const lspDiag of params.context.diagnostics) {
        if (lspDiag.source !== DIAGNOSTIC_SOURCE) continue;
        const diagnostic = a.result.diagnostics.find((d) => sameDiagnostic(a.doc, lspDiag, d));
        if (!diagnostic) continue;
        for (const provider of CODE_ACTIONS) {
          if (!provider.codes.includes(diagnostic.code)) continue;
          let fixes;
          try {
            fixes = provider.provide({ doc: a.doc, diagnostic, references: a.result.references, store: session.store.snapshot(), settings: session.settings.analysis });
          } catch (e) {
            // One broken provider must not hide the others' fixes.
            log.error(`A quick-fix provider for ${diagnostic.code} failed for ${uri}: ${describeError(e)}`);
            continue;
          }
          for (const fix of fixes) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [lspDiag],
              ...(fix.isPreferred ? { isPreferred: true } : {}),
              ...(fix.edits && fix.edits.length > 0 ? { edit: { changes: { [uri]: fix.edits.map((e) => ({ range: toRange(a.doc, e.range), newText: e.newText })) } } } : {}),
              ...(fix.otherFile ? { edit: { changes: { [fix.otherFile.uri]: otherFileEdits(fix.otherFile) } } } : {}),
              ...(fix.command ? { command: { title: fix.command.title, command: fix.command.command, arguments: fix.command.arguments } } : {}),
            });
          }
        }
      }
      return actions;
    }),
  );
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } };
};

/** Positions of another file's edits, from the text the fix was computed on. */
function otherFileEdits(other: NonNullable<QuickFix['otherFile']>) {
  const doc = new ParsedDocument({ uri: other.uri, text: other.text });
  return other.edits.map((e) => ({ range: toRange(doc, e.range), newText: e.newText }));
}
