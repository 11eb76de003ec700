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
  type Position,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver/node';
import { secretHoverMarkdown } from '../analysis/hover';
import { canonicalName, referenceAt, refersTo } from '../analysis/references';
import { highlightsAt } from '../analysis/highlights';
import { checkRename, checkRenameable, renameEdits } from '../analysis/rename';
import { effectiveScope } from '../analysis/resolve';
import { workspaceSymbols, type SymbolCandidate } from '../analysis/symbols';
import type { IndexedReference } from '../workspace/index';
import { isValidSecretName } from '../analysis/store';
import { RENAME_REFERENCES, type RenameReferencesParams, type RenameReferencesResult } from './protocol';
import { guard } from './safety';
import type { Session } from './session';
import type { Feature } from './feature';

export interface SecretAt {
  ref: IndexedReference;
  /** The secret's name as the store (or a case-sensitive spelling in the workspace) writes it. */
  name: string;
}

/** The references of an open document, brought up to date, with offset ranges for cursor tests. */
function refsWithOffsets(session: Session, uri: string) {
  const a = session.analysis(uri);
  if (!a || a.skipped) return undefined;
  const refs = session.index.fileReferences(uri).map((r) => ({
    ...r,
    offsets: { start: a.doc.offsetAt(r.range.start), end: a.doc.offsetAt(r.range.end) },
    fullOffsets: r.fullRange ? { start: a.doc.offsetAt(r.fullRange.start), end: a.doc.offsetAt(r.fullRange.end) } : undefined,
  }));
  return { a, refs };
}

/** The canonical name of a reference: case-insensitive forms resolve to the spelling the store or a declaration uses. */
export function knownSpelling(session: Session): (name: string) => string | undefined {
  const store = session.store.snapshot();
  return (name) => store.lookup(name, false).secret?.name ?? session.index.referencesTo(name).find((r) => r.caseSensitive)?.name;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/**
 * The secret at a position. Open documents are read at their current text; other files
 * (clients may ask about any indexed file, e.g. a symbol's location) are answered from the index.
 */
export function secretAt(session: Session, uri: string, position: Position): SecretAt | undefined {
  const found = refsWithOffsets(session, uri);
  if (!found) {
    if (session.documents.get(uri)) return undefined; // open but skipped (too large, binary)
    const refs = session.index.fileReferences(uri);
    const ref = refs.find((r) => before(r.range.start, position) && before(position, r.range.end)) ??
      refs.find((r) => r.fullRange && before(r.fullRange.start, position) && before(position, r.fullRange.end));
    return ref ? { ref, name: canonicalName(ref, knownSpelling(session)) } : undefined;
  }
  const offset = found.a.doc.offsetAt(position);
  const hit = referenceAt(found.refs.map((r) => ({ range: r.offsets, fullRange: r.fullOffsets, ref: r })), offset);
  if (!hit) return undefined;
  const { offsets: _offsets, fullOffsets: _fullOffsets, ...ref } = hit.ref;
  return { ref, name: canonicalName(ref, knownSpelling(session)) };
}

const location = (r: IndexedReference): Location => ({ uri: r.uri, range: r.range });

/**
 * Every reference to the secret `name`. A case-insensitive form belongs to the spelling the
 * store knows: with STRIPE_KEY stored, `{{ secrets.stripe_key }}` is not a reference to a
 * separate `$Token{stripe_key}`, so renaming that one leaves the template alone.
 */
export function referencesOf(session: Session, name: string): IndexedReference[] {
  const known = knownSpelling(session);
  return session.index.referencesTo(name).filter((r) => r.caseSensitive || (known(r.name) ?? name) === name);
}

/** Where a use is declared: its requiredSecrets entry in the same integration, else the manifest entry. */
export function definitionsOf(session: Session, at: SecretAt): IndexedReference[] {
  const decls = session.index.declarationsOf(at.name).filter((d) => !(d.uri === at.ref.uri && sameRange(d, at.ref)));
  const manifest = decls.filter((d) => d.dialect === 'manifest');
  const code = decls.filter((d) => d.dialect !== 'manifest');
  if (at.ref.kind === 'use') {
    const sameIntegration = code.filter((d) => at.ref.integration !== undefined && d.integration === at.ref.integration);
    const sameFile = code.filter((d) => d.uri === at.ref.uri);
    const own = sameIntegration.length > 0 ? sameIntegration : sameFile;
    if (own.length > 0) return own;
  }
  return manifest;
}

function sameRange(a: IndexedReference, b: IndexedReference): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

export function renameEdit(session: Session, oldName: string, newName: string): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  const byUri = new Map<string, IndexedReference['range'][]>();
  for (const r of referencesOf(session, oldName)) {
    const list = byUri.get(r.uri);
    if (list) list.push(r.range); else byUri.set(r.uri, [r.range]);
  }
  for (const [uri, ranges] of byUri) changes[uri] = renameEdits(ranges, newName);
  return { changes };
}

export const navigationFeature: Feature = (session) => {
  const { connection, log } = session;

  connection.onHover(
    guard(log, 'hover', null, (params): Hover | null => {
      const at = secretAt(session, params.textDocument.uri, params.position);
      if (!at) return null;
      const store = session.store.snapshot(params.textDocument.uri);
      const secret = store.lookup(at.ref.name, at.ref.caseSensitive).secret ?? store.get(at.name);
      const scope = effectiveScope(at.ref.context, session.settings.analysis);
      const markdown = secretHoverMarkdown({
        name: at.name, secret, filesUsing: session.index.filesUsing(at.name), now: new Date(), app: scope.app, env: scope.env,
        commands: session.support.commands, valuesKnown: store.valuesKnown,
      });
      return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: at.ref.range };
    }),
  );

  connection.onDefinition(
    guard(log, 'definition', [] as Location[], (params): Location[] => {
      session.syncOpenDocuments();
      const at = secretAt(session, params.textDocument.uri, params.position);
      return at ? definitionsOf(session, at).map(location) : [];
    }),
  );

  connection.onReferences(
    guard(log, 'references', [] as Location[], (params): Location[] => {
      session.syncOpenDocuments();
      const at = secretAt(session, params.textDocument.uri, params.position);
      if (!at) return [];
      return referencesOf(session, at.name)
        .filter((r) => params.context.includeDeclaration || r.kind === 'use')
        .map(location);
    }),
  );

  connection.onDocumentHighlight(
    guard(log, 'highlights', [] as DocumentHighlight[], (params): DocumentHighlight[] => {
      const found = refsWithOffsets(session, params.textDocument.uri);
      if (!found) return [];
      const refs = found.refs.map((r) => ({ name: r.name, caseSensitive: r.caseSensitive, kind: r.kind, range: r.offsets, fullRange: r.fullOffsets }));
      return highlightsAt(refs, found.a.doc.offsetAt(params.position), knownSpelling(session)).map((h) => ({
        range: { start: found.a.doc.positionAt(h.range.start), end: found.a.doc.positionAt(h.range.end) },
        kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onPrepareRename(
    guard(log, 'prepare rename', null, (params) => {
      const at = secretAt(session, params.textDocument.uri, params.position);
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
      const at = secretAt(session, params.textDocument.uri, params.position);
      if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, 'Place the cursor on a secret reference to rename the secret.');
      const store = session.store.snapshot();
      const others = session.index.names().filter((n) => !refersTo({ name: n, caseSensitive: false }, at.name));
      const ok = checkRename(at.name, params.newName, store, others);
      if (!ok.ok) throw new ResponseError(ErrorCodes.InvalidRequest, ok.message);
      return renameEdit(session, at.name, params.newName);
    }),
  );

  connection.onRequest(
    RENAME_REFERENCES,
    guard(log, 'rename references', null, (params: RenameReferencesParams): RenameReferencesResult | null => {
      if (!isValidSecretName(params.newName)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `'${params.newName}' is not a valid secret name: use letters, digits and _, not starting with a digit.`);
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
      const candidates: SymbolCandidate<IndexedReference>[] = [];
      for (const name of session.index.names()) {
        const refs = session.index.referencesTo(name);
        const first = refs.find((r) => r.kind === 'declaration') ?? refs[0];
        if (first) candidates.push({ name, location: first, container: first.dialect === 'manifest' ? 'secretref.json' : first.integration });
      }
      return workspaceSymbols(params.query, candidates).map((c) => ({
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
