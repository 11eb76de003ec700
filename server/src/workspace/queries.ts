// The questions the editor asks of the workspace index: which secret is at a position, which
// references belong to it, which declaration a use goes to, what a rename edits. Functions of the
// index, the store and the open documents, so they are decided here and `lsp/` only translates.
import { secretHoverMarkdown } from '../analysis/features/hover';
import { canonicalName, referenceAt, refersTo } from '../analysis/features/references';
import { checkRename, renameEdits, type RenameCheck } from '../analysis/features/rename';
import { effectiveScope } from '../analysis/model/resolve';
import type { StoreSnapshot } from '../analysis/model/store';
import type { SymbolCandidate } from '../analysis/features/symbols';
import type { AnalysisSettings, OffsetRange } from '../analysis/model/types';
import type { IndexedReference, LinePosition, LineRange, WorkspaceIndex } from './workspaceIndex';

/** An open document's current text, as far as positions go. */
export interface OpenText {
  offsetAt(position: LinePosition): number;
  positionAt(offset: number): LinePosition;
}

export interface QuerySources {
  index: WorkspaceIndex;
  store: StoreSnapshot;
  /** The open document at `uri`: `skipped` when it is open but not read (too large, binary); undefined when not open. */
  openDocument(uri: string): OpenText | 'skipped' | undefined;
}

export interface SecretAt {
  ref: IndexedReference;
  /** The secret's name as the store (or a case-sensitive spelling in the workspace) writes it. */
  name: string;
}

export interface OffsetReference extends IndexedReference {
  offsets: OffsetRange;
  fullOffsets?: OffsetRange;
}

/** The references of an open document, with offset ranges in its current text for cursor tests. */
export function openReferences(src: QuerySources, uri: string): { doc: OpenText; refs: OffsetReference[] } | undefined {
  const doc = src.openDocument(uri);
  if (!doc || doc === 'skipped') return undefined;
  const refs = src.index.fileReferences(uri).map((r) => ({
    ...r,
    offsets: { start: doc.offsetAt(r.range.start), end: doc.offsetAt(r.range.end) },
    fullOffsets: r.fullRange ? { start: doc.offsetAt(r.fullRange.start), end: doc.offsetAt(r.fullRange.end) } : undefined,
  }));
  return { doc, refs };
}

/** The canonical name of a reference: case-insensitive forms resolve to the spelling the store or a declaration uses. */
export function knownSpelling(src: QuerySources): (name: string) => string | undefined {
  return (name) => src.store.lookup(name, false).secret?.name ?? src.index.firstReferenceTo(name, (r) => r.caseSensitive)?.name;
}

const before = (a: LinePosition, b: LinePosition) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/**
 * The secret at a position. Open documents are read at their current text; other files
 * (clients may ask about any indexed file, e.g. a symbol's location) are answered from the index.
 */
export function secretAt(src: QuerySources, uri: string, position: LinePosition): SecretAt | undefined {
  const found = openReferences(src, uri);
  if (!found) {
    if (src.openDocument(uri)) return undefined; // open but skipped (too large, binary)
    const refs = src.index.fileReferences(uri);
    const ref =
      refs.find((r) => before(r.range.start, position) && before(position, r.range.end)) ??
      refs.find((r) => r.fullRange && before(r.fullRange.start, position) && before(position, r.fullRange.end));
    return ref ? { ref, name: canonicalName(ref, knownSpelling(src)) } : undefined;
  }
  const offset = found.doc.offsetAt(position);
  const hit = referenceAt(
    found.refs.map((r) => ({ range: r.offsets, fullRange: r.fullOffsets, ref: r })),
    offset,
  );
  if (!hit) return undefined;
  const { offsets: _offsets, fullOffsets: _fullOffsets, ...ref } = hit.ref;
  return { ref, name: canonicalName(ref, knownSpelling(src)) };
}

/**
 * Every reference to the secret `name`. A case-insensitive form belongs to the spelling the
 * store knows: with STRIPE_KEY stored, `{{ secrets.stripe_key }}` is not a reference to a
 * separate `$Token{stripe_key}`, so renaming that one leaves the template alone.
 */
export function referencesOf(src: QuerySources, name: string): IndexedReference[] {
  const known = knownSpelling(src);
  return src.index.referencesTo(name).filter((r) => r.caseSensitive || (known(r.name) ?? name) === name);
}

/** Where a use is declared: its requiredSecrets entry in the same integration, else the manifest entry. */
export function definitionsOf(src: QuerySources, at: SecretAt): IndexedReference[] {
  const decls = src.index.declarationsOf(at.name).filter((d) => !(d.uri === at.ref.uri && sameStart(d, at.ref)));
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

function sameStart(a: IndexedReference, b: IndexedReference): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

/**
 * The hover of the secret at a position, as Markdown. `store` is the store of the file the
 * reference is in (the manifest that governs it): the secret shown is the one the reference
 * resolves to there, else the one of its canonical name; app and environment are where the
 * reference runs, with the settings' defaults.
 */
export function secretHover(
  index: WorkspaceIndex,
  store: StoreSnapshot,
  at: SecretAt,
  options: { settings: AnalysisSettings; now: Date; commands: boolean },
): string {
  const secret = store.lookup(at.ref.name, at.ref.caseSensitive).secret ?? store.get(at.name);
  const scope = effectiveScope(at.ref.context, options.settings);
  return secretHoverMarkdown({
    name: at.name,
    secret,
    filesUsing: index.filesUsing(at.name),
    now: options.now,
    app: scope.app,
    env: scope.env,
    commands: options.commands,
    valuesKnown: store.valuesKnown,
  });
}

/** Whether the secret at a position may take `newName`: a valid name that no other secret of the store or the workspace has. */
export function checkWorkspaceRename(src: QuerySources, at: SecretAt, newName: string): RenameCheck {
  const others = src.index.names().filter((n) => !refersTo({ name: n, caseSensitive: false }, at.name));
  return checkRename(at.name, newName, src.store, others);
}

/** The edits renaming every reference to `oldName`, by document uri. */
export function renameChanges(
  src: QuerySources,
  oldName: string,
  newName: string,
): Record<string, Array<{ range: LineRange; newText: string }>> {
  const byUri = new Map<string, LineRange[]>();
  for (const r of referencesOf(src, oldName)) {
    const list = byUri.get(r.uri);
    if (list) list.push(r.range);
    else byUri.set(r.uri, [r.range]);
  }
  const changes: Record<string, Array<{ range: LineRange; newText: string }>> = {};
  for (const [uri, ranges] of byUri) changes[uri] = renameEdits(ranges, newName);
  return changes;
}

/** For workspace symbols: each name with the reference that stands for it (a declaration if there is one). */
export function symbolCandidates(index: WorkspaceIndex): SymbolCandidate<IndexedReference>[] {
  const out: SymbolCandidate<IndexedReference>[] = [];
  for (const name of index.names()) {
    const first = index.firstReferenceTo(name, (r) => r.kind === 'declaration') ?? index.firstReferenceTo(name);
    if (first) out.push({ name, location: first, container: first.dialect === 'manifest' ? 'secretref.json' : first.integration });
  }
  return out;
}
