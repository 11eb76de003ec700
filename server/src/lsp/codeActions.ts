// Quick fixes: the pure providers of analysis/codeActions answer, this file attaches the
// diagnostic and turns their edits and client commands into LSP CodeActions.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { fixesReadManifest, quickFixesFor } from '../analysis/codeActions';
import { ParsedDocument } from '../analysis/document';
import type { QuickFix } from '../analysis/model/types';
import { DIAGNOSTIC_SOURCE, sameDiagnostic, toRange } from './convert';
import { describeError, guard } from './safety';
import type { Feature } from './feature';
import { diskText } from '../workspace/integrations';

export const codeActionsFeature: Feature = (session) => {
  const { connection, log } = session;
  const readText = diskText((u) => session.documents.get(u)?.getText());
  connection.onCodeAction(
    guard(log, 'code actions', [] as CodeAction[], (params: CodeActionParams): CodeAction[] => {
      const uri = params.textDocument.uri;
      const a = session.analysis(uri);
      if (!a || a.skipped) return [];
      const actions: CodeAction[] = [];
      const store = session.store.snapshot(uri);
      const commands = session.support.commands;
      const governing = session.store.governing(uri);
      // The manifest's text is read from disk only when a provider for these findings needs it.
      const codes = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE).map((d) => String(d.code));
      const manifestText = governing && fixesReadManifest(codes, commands) ? readText(governing.uri) : undefined;
      const manifest = governing && manifestText !== undefined ? { uri: governing.uri, text: manifestText } : undefined;
      for (const lspDiag of params.context.diagnostics) {
        if (lspDiag.source !== DIAGNOSTIC_SOURCE) continue;
        const diagnostic = a.result.diagnostics.find((d) => sameDiagnostic(a.doc, lspDiag, d));
        if (!diagnostic) continue;
        const ctx = {
          doc: a.doc,
          diagnostic,
          references: a.result.references,
          store,
          settings: session.settings.analysis,
          manifest,
          clientRunsCommands: commands,
        };
        const fixes = quickFixesFor(ctx, (e) =>
          log.error(`A quick-fix provider for ${diagnostic.code} failed for ${uri}: ${describeError(e)}`),
        );
        for (const fix of fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [lspDiag],
            ...(fix.isPreferred ? { isPreferred: true } : {}),
            ...(fix.edits && fix.edits.length > 0
              ? { edit: { changes: { [uri]: fix.edits.map((e) => ({ range: toRange(a.doc, e.range), newText: e.newText })) } } }
              : {}),
            ...(fix.otherFile ? { edit: { changes: { [fix.otherFile.uri]: otherFileEdits(fix.otherFile) } } } : {}),
            ...(fix.command
              ? { command: { title: fix.command.title, command: fix.command.command, arguments: fix.command.arguments } }
              : {}),
          });
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
