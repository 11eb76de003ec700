// The edits an open document went through since a version the server keeps work for (its
// last parse, its last analysis). With them the next version is parsed and analysed from the
// kept one instead of from nothing. Its own module, not the session's, because what counts as
// a usable history (every step known, none replaced the whole text, not too many) is logic,
// and the session only wires the editor's notifications to it.
import type { TextChange } from '../analysis/text/textChange';

/** The edits that took a document from one version to the next, as offsets. */
interface VersionStep {
  from: number;
  to: number;
  edits: TextChange[];
}

/** Steps kept per document before the history is dropped: typing with no one asking must not grow it without end. */
const MAX_STEPS = 64;

/** Per document, a kept value of one version (`T`: a parse, an analysis) and the edits since. */
export class EditHistory<T extends { version: number }> {
  private readonly kept = new Map<string, T>();
  private readonly steps = new Map<string, VersionStep[]>();

  /**
   * The editor changed a document from version `from` to `to`. `edits` undefined means a
   * change replaced the whole text: that says nothing about where the text moved, so the
   * history starts over (the next version is worked out from nothing).
   */
  record(uri: string, from: number, to: number, edits: TextChange[] | undefined): void {
    const list = this.steps.get(uri) ?? [];
    if (edits === undefined) list.length = 0;
    else list.push({ from, to, edits });
    if (list.length > MAX_STEPS) list.length = 0;
    this.steps.set(uri, list);
  }

  /** The value worked out at `value.version`: later edits are counted from it. */
  keep(uri: string, value: T): void {
    this.kept.set(uri, value);
    this.steps.set(uri, []);
  }

  /** The kept value and the edits from its version to `version`, if every step between is known. */
  since(uri: string, version: number): { kept: T; edits: TextChange[] } | undefined {
    const kept = this.kept.get(uri);
    if (!kept) return undefined;
    const edits = editsBetween(this.steps.get(uri), kept.version, version);
    return edits ? { kept, edits } : undefined;
  }

  /** The document was closed: nothing of it is kept. */
  forget(uri: string): void {
    this.kept.delete(uri);
    this.steps.delete(uri);
  }
}

/** The edits that led from version `from` to `to`, if every step between is known. */
function editsBetween(steps: VersionStep[] | undefined, from: number, to: number): TextChange[] | undefined {
  // The same version again (the store or settings changed): nothing moved.
  if (from === to) return [];
  if (!steps?.length) return undefined;
  const edits: TextChange[] = [];
  let at = from;
  for (const step of steps) {
    if (step.to <= at) continue;
    if (step.from !== at) return undefined;
    for (const e of step.edits) edits.push(e);
    at = step.to;
  }
  return at === to ? edits : undefined;
}
