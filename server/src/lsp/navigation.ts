// Hover, go to definition, find references, document highlights, rename and workspace
// symbols: the secret under the cursor, looked up in the workspace index.
import {
  ErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  DocumentHighlightKind,
  type DocumentHighlight,
  type Hover,
  type Location,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver/node';
import { highlightsAt } from '../analysis/features/highlights';
import { checkRenameable } from '../analysis/features/rename';
import { workspaceSymbols } from '../analysis/features/symbols';
import type { IndexedReference } from '../workspace/workspaceIndex';
import {
  checkWorkspaceRename,
  definitionsOf,
  knownSpelling,
  openReferences,
  referencesOf,
  renameChanges,
  secretAt,
  secretHover,
  symbolCandidates,
  type QuerySources,
} from '../workspace/queries';
import { isValidSecretName } from '../analysis/model/store';
import { RENAME_REFERENCES, type RenameReferencesParams, type RenameReferencesResult } from './protocol';
import { guard } from './safety';
import type { Session } from './session';
import type { Feature } from './feature';

/** What the queries read: the index, the store, and the open documents at their current text. */
function sources(session: Session): QuerySources {
  return {
    index: session.index,
    store: session.store.snapshot(),
    openDocument: (uri) => {
      const a = session.analysis(uri);
      if (!a) return undefined;
      return a.skipped ? 'skipped' : a.doc;
    },
  };
}

const location = (r: IndexedReference): Location => ({ uri: r.uri, range: r.range });

function renameEdit(session: Session, oldName: string, newName: string): WorkspaceEdit {
  return { changes: renameChanges(sources(session), oldName, newName) };
}

export const navigationFeature: Feature = (session) => {
  const { connection, log } = session;

  connection.onHover(
    guard(log, 'hover', null, (params): Hover | null => {
      const at = secretAt(sources(session), params.textDocument.uri, params.position);
      if (!at) return null;
      const markdown = secretHover(session.index, session.store.snapshot(params.textDocument.uri), at, {
        settings: session.settings.analysis,
        now: new Date(),
        commands: session.support.commands,
      });
      return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: at.ref.range };
    }),
  );

  connection.onDefinition(
    guard(log, 'definition', [] as Location[], (params): Location[] => {
      session.syncOpenDocuments();
      const at = secretAt(sources(session), params.textDocument.uri, params.position);
      return at ? definitionsOf(sources(session), at).map(location) : [];
    }),
  );

  connection.onReferences(
    guard(log, 'references', [] as Location[], (params): Location[] => {
      session.syncOpenDocuments();
      const at = secretAt(sources(session), params.textDocument.uri, params.position);
      if (!at) return [];
      return referencesOf(sources(session), at.name)
        .filter((r) => params.context.includeDeclaration || r.kind === 'use')
        .map(location);
    }),
  );

  connection.onDocumentHighlight(
    guard(log, 'highlights', [] as DocumentHighlight[], (params): DocumentHighlight[] => {
      const src = sources(session);
      const found = openReferences(src, params.textDocument.uri);
      if (!found) return [];
      const refs = found.refs.map((r) => ({
        name: r.name,
        caseSensitive: r.caseSensitive,
        kind: r.kind,
        range: r.offsets,
        fullRange: r.fullOffsets,
      }));
      return highlightsAt(refs, found.doc.offsetAt(params.position), knownSpelling(src)).map((h) => ({
        range: { start: found.doc.positionAt(h.range.start), end: found.doc.positionAt(h.range.end) },
        kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onPrepareRename(
    guard(log, 'prepare rename', null, (params) => {
      const at = secretAt(sources(session), params.textDocument.uri, params.position);
      if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, 'Place the cursor on a secret reference to rename the secret.');
      const ok = checkRenameable(at.ref.name);
      if (!ok.ok) throw new ResponseError(ErrorCodes.InvalidRequest, ok.message);
      // The placeholder is the canonical name: the client uses it to rename the secret in its store.
      return { range: at.ref.range, placeholder: at.name };
    }),
  );

  connection.onRenameRequest(
    guard(log, 'rename', null, (params): WorkspaceEdit | null => {
      session.syncOpenDocuments();
      const src = sources(session);
      const at = secretAt(src, params.textDocument.uri, params.position);
      if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, 'Place the cursor on a secret reference to rename the secret.');
      const ok = checkWorkspaceRename(src, at, params.newName);
      if (!ok.ok) throw new ResponseError(ErrorCodes.InvalidRequest, ok.message);
      return renameEdit(session, at.name, params.newName);
    }),
  );

  connection.onRequest(
    RENAME_REFERENCES,
    guard(log, 'rename references', null, (params: RenameReferencesParams): RenameReferencesResult | null => {
      if (!isValidSecretName(params.newName)) {
        throw new ResponseError(
          ErrorCodes.InvalidParams,
          `'${params.newName}' is not a valid secret name: use letters, digits and _, not starting with a digit.`,
        );
      }
      session.syncOpenDocuments();
      const edit = renameEdit(session, params.name, params.newName);
      const files = Object.keys(edit.changes ?? {});
      const references = files.reduce((n, uri) => n + (edit.changes?.[uri]?.length ?? 0), 0);
      return { edit: { changes: edit.changes ?? {} }, references, files: files.length };
    }),
  );

  connection.onWorkspaceSymbol(
    guard(log, 'workspace symbols', [] as WorkspaceSymbol[], (params): WorkspaceSymbol[] => {
      session.syncOpenDocuments();
      return workspaceSymbols(params.query, symbolCandidates(session.index)).map((c) => ({
        name: c.name,
        kind: SymbolKind.Constant,
        location: location(c.location),
        ...(c.container ? { containerName: c.container } : {}),
      }));
    }),
  );

  return {
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    workspaceSymbolProvider: true,
  };
};
