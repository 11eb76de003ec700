// Crash safety for renames and rotations. Before a multi-step operation the store writes a journal
// entry; the steps always write the new data first, then the index, then delete the old data. If the
// editor dies halfway, the next activation reads the journal and either finishes or undoes the
// operation, so either the old or the new secret is complete — never neither.

export type JournalEntry =
  | { op: 'rename'; from: string; to: string; startedAt: string }
  | {
      op: 'rotate';
      name: string;
      env?: string;
      /** Set once the new value is fully stored in the staging key: from then on the rotation rolls forward. */
      staged: boolean;
      startedAt: string;
    };

export type RecoveryAction =
  /** The index already says the operation happened: delete what is left of the old data. */
  | { kind: 'finish-rename'; deleteValuesOf: string }
  /** The index still has the old secret: delete the partial copy. */
  | { kind: 'undo-rename'; deleteValuesOf: string }
  /** The new value was staged: write it to the real key and record the rotation. */
  | { kind: 'finish-rotate'; name: string; env?: string; rotatedAt: string }
  /** The new value never got fully staged: drop the staging key; the old value is untouched. */
  | { kind: 'undo-rotate'; name: string; env?: string }
  | { kind: 'nothing' };

/** Decides how to repair a half-done operation from the journal and the level's current index. */
export function planRecovery(entry: JournalEntry, indexHas: (name: string) => boolean): RecoveryAction {
  if (entry.op === 'rename') {
    const hasFrom = indexHas(entry.from);
    const hasTo = indexHas(entry.to);
    if (hasTo && !hasFrom) return { kind: 'finish-rename', deleteValuesOf: entry.from };
    if (hasFrom) return { kind: 'undo-rename', deleteValuesOf: entry.to };
    return { kind: 'nothing' };
  }
  if (!indexHas(entry.name)) return { kind: 'undo-rotate', name: entry.name, env: entry.env };
  return entry.staged
    ? { kind: 'finish-rotate', name: entry.name, env: entry.env, rotatedAt: entry.startedAt }
    : { kind: 'undo-rotate', name: entry.name, env: entry.env };
}

export function parseJournal(text: string | undefined): JournalEntry | undefined {
  if (!text) return undefined;
  try {
    const j = JSON.parse(text) as Partial<JournalEntry> & Record<string, unknown>;
    if (j.op === 'rename' && typeof j.from === 'string' && typeof j.to === 'string') {
      return { op: 'rename', from: j.from, to: j.to, startedAt: String(j.startedAt ?? '') };
    }
    if (j.op === 'rotate' && typeof j.name === 'string') {
      return {
        op: 'rotate',
        name: j.name,
        env: typeof j.env === 'string' ? j.env : undefined,
        staged: j.staged === true,
        startedAt: String(j.startedAt ?? ''),
      };
    }
  } catch {
    // An unreadable journal cannot be acted on; the caller drops it.
  }
  return undefined;
}
