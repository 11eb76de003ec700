// One level of the store (user or workspace): its index, its values in SecretStorage, and the
// journal that keeps renames and rotations crash-safe. Callers serialise operations (secretStore.ts).
import { ConflictError, NotFoundError } from './errors';
import { parseJournal, planRecovery, type JournalEntry } from './journal';
import { journalKey, parseValueKey, stagingKey, valueKey } from './keys';
import { emptyIndex, type IndexStorage, type SecretKeyValue } from './storage';
import type { IndexEntry, IndexFile, SecretPatch, StoreLevel, StoredSecret } from './types';

export interface LevelStoreOptions {
  level: StoreLevel;
  /** Key prefix of this level in SecretStorage ('user', or 'ws-<id>' for one workspace). */
  scope: string;
  secrets: SecretKeyValue;
  index: IndexStorage;
  now: () => Date;
}

export class LevelStore {
  readonly level: StoreLevel;
  private index: IndexFile = emptyIndex();
  /** name → environments with a value ('' = the default value). Read from SecretStorage's keys. */
  private values = new Map<string, Set<string>>();

  constructor(private readonly o: LevelStoreOptions) {
    this.level = o.level;
  }

  /** Re-reads the index and which values exist (other windows may have changed both). */
  async load(): Promise<void> {
    this.index = (await this.o.index.read()) ?? emptyIndex();
    const values = new Map<string, Set<string>>();
    for (const key of await this.o.secrets.keys()) {
      const v = parseValueKey(this.o.scope, key);
      if (!v) continue;
      let set = values.get(v.name);
      if (!set) values.set(v.name, (set = new Set()));
      set.add(v.env ?? '');
    }
    this.values = values;
  }

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.index.secrets, name);
  }

  list(): StoredSecret[] {
    return Object.keys(this.index.secrets)
      .sort((a, b) => a.localeCompare(b))
      .map((n) => this.describe(n));
  }

  get(name: string): StoredSecret | undefined {
    return this.has(name) ? this.describe(name) : undefined;
  }

  private describe(name: string): StoredSecret {
    const e = this.index.secrets[name];
    const vals = this.values.get(name) ?? new Set<string>();
    const valueEnvs = [...vals].filter((v) => v !== '').sort();
    return {
      name,
      level: this.level,
      description: e.description,
      metadata: e.metadata,
      scope: e.scope,
      envs: e.envs,
      expiresAt: e.expiresAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      lastRotatedAt: e.lastRotatedAt,
      hasDefaultValue: vals.has(''),
      hasValue: vals.size > 0,
      valueEnvs,
    };
  }

  private entry(name: string): IndexEntry {
    const e = this.index.secrets[name];
    if (!e) throw new NotFoundError(name, this.level);
    return e;
  }

  private async writeIndex(mutate: (secrets: IndexFile['secrets']) => void): Promise<void> {
    // Re-read first: another window may have written the index since our last load.
    const fresh = (await this.o.index.read()) ?? emptyIndex();
    mutate(fresh.secrets);
    await this.o.index.write(fresh);
    this.index = fresh;
  }

  async create(name: string, fields: Omit<IndexEntry, 'createdAt' | 'updatedAt'>, value?: string): Promise<void> {
    await this.load();
    if (this.has(name)) throw new ConflictError(name, this.level);
    // Values left behind by an interrupted delete must not attach themselves to the new secret.
    await this.deleteValuesOf(name);
    // The value first: an index entry never points at a value that was not stored.
    if (value !== undefined) await this.storeValue(name, undefined, value);
    const at = this.o.now().toISOString();
    await this.writeIndex((s) => {
      s[name] = { ...clean(fields), createdAt: at, updatedAt: at };
    });
  }

  async update(name: string, patch: SecretPatch): Promise<void> {
    await this.load();
    this.entry(name);
    await this.writeIndex((s) => {
      const e = s[name];
      if (!e) throw new NotFoundError(name, this.level);
      const next: IndexEntry = { ...e };
      for (const k of ['description', 'metadata', 'scope', 'envs', 'expiresAt'] as const) {
        if (!(k in patch)) continue;
        const v = patch[k];
        const empty =
          v === null ||
          v === undefined ||
          v === '' ||
          (Array.isArray(v) && v.length === 0) ||
          (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
        if (empty) delete next[k];
        else (next as unknown as Record<string, unknown>)[k] = v;
      }
      next.updatedAt = this.o.now().toISOString();
      s[name] = next;
    });
  }

  async setValue(name: string, value: string, env?: string): Promise<void> {
    await this.load();
    this.entry(name);
    await this.storeValue(name, env, value);
    await this.touch(name, {});
  }

  async getValue(name: string, env?: string): Promise<string | undefined> {
    if (env) {
      const v = await this.o.secrets.get(valueKey(this.o.scope, name, env));
      if (v !== undefined) return v;
    }
    return this.o.secrets.get(valueKey(this.o.scope, name));
  }

  /** Every value of a secret, the default and each environment's (the store checks its plain-text fields against them). */
  async valuesOf(name: string): Promise<string[]> {
    const out: string[] = [];
    for (const env of this.values.get(name) ?? []) {
      const v = await this.o.secrets.get(valueKey(this.o.scope, name, env || undefined));
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  async delete(name: string): Promise<void> {
    await this.load();
    this.entry(name);
    // The index first, then the values: a crash in between leaves an orphan value but never a
    // listed secret whose value silently vanished.
    await this.writeIndex((s) => void delete s[name]);
    await this.deleteValuesOf(name);
  }

  /** Renames a secret with all its values. Crash-safe through the journal (journal.ts). */
  async rename(from: string, to: string): Promise<void> {
    await this.load();
    const entry = this.entry(from);
    if (this.has(to)) throw new ConflictError(to, this.level);
    await this.deleteValuesOf(to);
    await this.writeJournal({ op: 'rename', from, to, startedAt: this.o.now().toISOString() });
    for (const env of this.values.get(from) ?? []) {
      const v = await this.o.secrets.get(valueKey(this.o.scope, from, env || undefined));
      if (v !== undefined) await this.o.secrets.store(valueKey(this.o.scope, to, env || undefined), v);
    }
    await this.writeIndex((s) => {
      delete s[from];
      s[to] = { ...entry, updatedAt: this.o.now().toISOString() };
    });
    await this.deleteValuesOf(from);
    await this.o.secrets.delete(journalKey(this.o.scope));
    await this.load();
  }

  /** Replaces a value with a new one and records the rotation time. Crash-safe through the journal. */
  async rotate(name: string, value: string, env?: string): Promise<void> {
    await this.load();
    this.entry(name);
    const startedAt = this.o.now().toISOString();
    const journal: JournalEntry = { op: 'rotate', name, env, staged: false, startedAt };
    await this.writeJournal(journal);
    await this.o.secrets.store(stagingKey(this.o.scope, name, env), value);
    await this.writeJournal({ ...journal, staged: true });
    await this.storeValue(name, env, value);
    await this.touch(name, { lastRotatedAt: startedAt }, startedAt);
    await this.o.secrets.delete(stagingKey(this.o.scope, name, env));
    await this.o.secrets.delete(journalKey(this.o.scope));
  }

  /** Finishes or undoes an operation the editor did not complete. Returns what was done, for the log. */
  async recover(): Promise<string | undefined> {
    const raw = await this.o.secrets.get(journalKey(this.o.scope));
    if (raw === undefined) return undefined;
    const entry = parseJournal(raw);
    await this.load();
    let done = 'dropped an unreadable journal';
    if (entry) {
      const action = planRecovery(entry, (n) => this.has(n));
      switch (action.kind) {
        case 'finish-rename':
        case 'undo-rename':
          await this.deleteValuesOf(action.deleteValuesOf);
          done = `${action.kind === 'finish-rename' ? 'finished' : 'undid'} an interrupted rename of '${entry.op === 'rename' ? entry.from : ''}'`;
          break;
        case 'finish-rotate': {
          const staged = await this.o.secrets.get(stagingKey(this.o.scope, action.name, action.env));
          if (staged !== undefined) {
            await this.storeValue(action.name, action.env, staged);
            await this.touch(action.name, { lastRotatedAt: action.rotatedAt }, action.rotatedAt);
          }
          await this.o.secrets.delete(stagingKey(this.o.scope, action.name, action.env));
          done = `finished an interrupted rotation of '${action.name}'`;
          break;
        }
        case 'undo-rotate':
          await this.o.secrets.delete(stagingKey(this.o.scope, action.name, action.env));
          done = `undid an interrupted rotation of '${action.name}' (the previous value is kept)`;
          break;
        case 'nothing':
          done = 'dropped a journal with nothing left to repair';
      }
    }
    await this.o.secrets.delete(journalKey(this.o.scope));
    await this.load();
    return `${this.level} store: ${done}`;
  }

  private async writeJournal(entry: JournalEntry): Promise<void> {
    await this.o.secrets.store(journalKey(this.o.scope), JSON.stringify(entry));
  }

  private async storeValue(name: string, env: string | undefined, value: string): Promise<void> {
    await this.o.secrets.store(valueKey(this.o.scope, name, env), value);
    let set = this.values.get(name);
    if (!set) this.values.set(name, (set = new Set()));
    set.add(env ?? '');
  }

  private async touch(name: string, extra: Partial<IndexEntry>, at = this.o.now().toISOString()): Promise<void> {
    await this.writeIndex((s) => {
      const e = s[name];
      if (e) s[name] = { ...e, ...extra, updatedAt: at };
    });
  }

  private async deleteValuesOf(name: string): Promise<void> {
    for (const key of await this.o.secrets.keys()) {
      const v = parseValueKey(this.o.scope, key);
      if (v && v.name === name) await this.o.secrets.delete(key);
    }
    this.values.delete(name);
  }
}

function clean<T extends object>(o: T): T {
  const r = {} as T;
  for (const [k, v] of Object.entries(o) as [string, unknown][]) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v) && v !== null && Object.keys(v).length === 0) continue;
    (r as Record<string, unknown>)[k] = v;
  }
  return r;
}
