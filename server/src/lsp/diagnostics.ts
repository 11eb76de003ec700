// Diagnostics for open documents: pulled by clients that support textDocument/diagnostic,
// pushed (debounced after edits) to the others. A store or settings change re-checks all.
import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { toLspDiagnostic } from './convert';
import { guard } from './safety';
import type { Session } from './session';

/** Typing pauses shorter than this do not re-check (push mode; pull clients pace themselves). */
export const PUSH_DEBOUNCE_MS = 150;

export function lspDiagnostics(session: Session, uri: string): Diagnostic[] {
  const a = session.analysis(uri);
  if (!a) return [];
  return a.result.diagnostics.map((d) => toLspDiagnostic(a.doc, d));
}

export function registerDiagnostics(session: Session): void {
  const { connection, documents, log } = session;

  if (session.support.pullDiagnostics) {
    connection.languages.diagnostics.on(
      guard(
        log,
        'diagnostics',
        { kind: DocumentDiagnosticReportKind.Full, items: [] },
        async (params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> => {
          // The first answer must already know the manifest: a later correction is a flash of false errors.
          await session.manifestsReadFor(params.textDocument.uri);
          return { kind: DocumentDiagnosticReportKind.Full, items: lspDiagnostics(session, params.textDocument.uri) };
        },
      ),
    );
    session.onRecheck(() => {
      if (session.support.diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
    });
    return;
  }

  const timers = new Map<string, NodeJS.Timeout>();
  const publish = async (uri: string) => {
    timers.delete(uri);
    await session.manifestsReadFor(uri);
    // Closed, or edited again, while the manifests were read: that later schedule publishes.
    if (!documents.get(uri) || timers.has(uri)) return;
    try {
      void connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: lspDiagnostics(session, uri) });
    } catch (e) {
      log.error(`diagnostics failed for ${uri}: ${e instanceof Error ? e.name : 'error'}`);
    }
  };
  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(
        () => void publish(uri).catch((e: unknown) => log.error(`diagnostics failed for ${uri}: ${e instanceof Error ? e.name : 'error'}`)),
        delay,
      ),
    );
  };
  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, PUSH_DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  session.onRecheck(() => {
    for (const td of documents.all()) schedule(td.uri, 0);
  });
}
