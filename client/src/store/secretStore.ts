// The SecretStore: both levels behind one API shaped like Julep's secrets SDK (create, list, get,
// update, rename, delete, rotate), with operations serialised so two commands never interleave.
// No `vscode` here: vscodeStorage.ts builds one over the editor's storage.
import { Emitter, type Event } from './emitter';
import { CredentialNameError, InvalidInputError, InvalidNameError, NotFoundError, credentialNameMessage } from './errors';
import { LevelStore } from './levelStore';
import { effectiveSecrets, listBothLevels, toSecretInfo } from './merge';
import type { IndexStorage, SecretKeyValue } from './storage';
import type { CreateSecretInput, SecretPatch, StoreLevel, StoredSecret } from './types';
import { checkExpiry, checkLabel, checkNoValueIn, checkSecretName } from './validation';
import type { SecretInfo } from '../../../server/src/analysis/model/types';

export interface SecretStoreOptions {
  secrets: SecretKeyValue;
  userIndex: IndexStorage;
  workspaceIndex: IndexStorage;
  /** Identifies this workspace's values among all workspaces' in the one SecretStorage. */
  workspaceId: string;
  /**
   * The provider whose credential format a text holds, undefined: none (`credentialProviderIn`).
   * Passed in because the extension loads the credential rules lazily (client/src/parts.ts).
   */
  credentialProviderIn: (text: string) => string | undefined;
  now?: () => Date;
}

export class SecretStore {
  private readonly levels: Record<StoreLevel, LevelStore>;
  private readonly credentialProviderIn: (text: string) => string | undefined;
  private readonly changed = new Emitter<void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The first open(): reads outside the queue (getValue) wait for it. */
  private opening: Promise<unknown> = Promise.resolve();
  /** Fires after any change, ours or another window's. Names only: listeners re-read the list. */
  readonly onDidChange: Event<void> = this.changed.event;

  constructor(o: SecretStoreOptions) {
    const now = o.now ?? (() => new Date());
    this.credentialProviderIn = o.credentialProviderIn;
    this.levels = {
      user: new LevelStore({ level: 'user', scope: 'user', secrets: o.secrets, index: o.userIndex, now }),
      workspace: new LevelStore({ level: 'workspace', scope: `ws-${o.workspaceId}`, secrets: o.secrets, index: o.workspaceIndex, now }),
    };
  }

  /**
   * Loads both levels and repairs operations an earlier session left half done; listeners are
   * told, since the store may be in use before it is open (operations queue behind it).
   */
  async open(): Promise<string[]> {
    const opened = this.run(async () => {
      const repaired: string[] = [];
      for (const l of Object.values(this.levels)) {
        const r = await l.recover();
        if (r) repaired.push(r);
        await l.load();
      }
      return repaired;
    });
    this.opening = opened.catch(() => undefined);
    return opened;
  }

  /** Re-reads both levels (another window changed SecretStorage) and notifies listeners. */
  async reload(): Promise<void> {
    await this.run(async () => {
      for (const l of Object.values(this.levels)) await l.load();
    });
  }

  /** Every secret of both levels, user secrets hidden by a workspace secret marked `overridden`. */
  list(filter?: { metadata?: Record<string, string> }): StoredSecret[] {
    const all = listBothLevels(this.levels.workspace.list(), this.levels.user.list());
    if (!filter?.metadata) return all;
    return all.filter((s) => Object.entries(filter.metadata!).every(([k, v]) => s.metadata?.[k] === v));
  }

  /** One secret per name: the workspace one where both exist. */
  effective(): StoredSecret[] {
    return effectiveSecrets(this.levels.workspace.list(), this.levels.user.list());
  }

  /** What the language server receives: names and metadata of the effective secrets. */
  secretInfos(): SecretInfo[] {
    return this.effective().map(toSecretInfo);
  }

  /** The secret at `level`, or (no level) the one that takes effect. Throws not_found. */
  get(name: string, level?: StoreLevel): StoredSecret {
    const s = this.find(name, level);
    if (s) return s;
    // A name no secret could have is, most often, a value given where a name was asked (a script or
    // keybinding calling Set Value with { name: token }), and not_found's message, logged by the
    // command wrapper, would quote it: refuse it as create does. Only on a miss, so a secret stored
    // under such a name before names were checked can still be renamed or deleted.
    const provider = this.credentialProviderIn(name);
    if (provider) throw new CredentialNameError(provider);
    if (checkSecretName(name)) throw new InvalidNameError(name);
    throw new NotFoundError(name, level);
  }

  find(name: string, level?: StoreLevel): StoredSecret | undefined {
    return level ? this.levels[level].get(name) : (this.levels.workspace.get(name) ?? this.levels.user.get(name));
  }

  /**
   * Sorts the entries of an import (a .env file, the environment) by their names: those that can be
   * stored, those that are a known provider's credential (a token on the key side of a .env line)
   * and those that are no identifier. Neither of the last two may be quoted in a report: see
   * importExportCommands.ts.
   */
  sortNames<T extends { name: string }>(entries: readonly T[]): { valid: T[]; credentials: T[]; invalid: T[] } {
    const sorted = { valid: [] as T[], credentials: [] as T[], invalid: [] as T[] };
    for (const e of entries) {
      if (this.credentialProviderIn(e.name)) sorted.credentials.push(e);
      else if (checkSecretName(e.name)) sorted.invalid.push(e);
      else sorted.valid.push(e);
    }
    return sorted;
  }

  /** The value a run in `env` gets: the environment's own value, else the default; workspace before user. */
  async getValue(name: string, env?: string): Promise<string | undefined> {
    await this.opening;
    const s = this.get(name);
    return this.levels[s.level].getValue(name, env);
  }

  /**
   * What is wrong with `name` as a secret's name, in plain words; undefined: nothing. A credential
   * is refused before the syntax is checked, so no message (nor the log line of one) quotes it.
   */
  checkName(name: string): string | undefined {
    const provider = this.credentialProviderIn(name);
    return provider ? credentialNameMessage(provider) : checkSecretName(name);
  }

  private assertName(name: string): void {
    const provider = this.credentialProviderIn(name);
    if (provider) throw new CredentialNameError(provider);
    if (checkSecretName(name)) throw new InvalidNameError(name);
  }

  async create(input: CreateSecretInput): Promise<StoredSecret> {
    this.assertName(input.name);
    checkFields(input);
    assertNoValueIn(input.name, input, input.value === undefined ? [] : [input.value]);
    const { name, level, value, ...fields } = input;
    return this.run(async () => {
      await this.levels[level].create(name, fields, value);
      return this.get(name, level);
    });
  }

  async update(name: string, patch: SecretPatch, level?: StoreLevel): Promise<StoredSecret> {
    checkFields(patch);
    return this.run(async () => {
      const l = this.levelOf(name, level);
      if (patch.description || patch.metadata) assertNoValueIn(name, patch, await l.valuesOf(name));
      await l.update(name, patch);
      return this.get(name, l.level);
    });
  }

  async setValue(name: string, value: string, options: { env?: string; level?: StoreLevel } = {}): Promise<void> {
    if (options.env) assertLabel('environment', options.env);
    await this.run(async () => {
      assertNoValueIn(name, this.get(name, options.level), [value]);
      await this.levelOf(name, options.level).setValue(name, value, options.env);
    });
  }

  async rotate(name: string, value: string, options: { env?: string; level?: StoreLevel } = {}): Promise<void> {
    if (options.env) assertLabel('environment', options.env);
    await this.run(async () => {
      assertNoValueIn(name, this.get(name, options.level), [value]);
      await this.levelOf(name, options.level).rotate(name, value, options.env);
    });
  }

  async rename(from: string, to: string, level?: StoreLevel): Promise<StoredSecret> {
    this.assertName(to);
    return this.run(async () => {
      const l = this.levelOf(from, level);
      await l.rename(from, to);
      return this.get(to, l.level);
    });
  }

  async delete(name: string, level?: StoreLevel): Promise<void> {
    await this.run(() => this.levelOf(name, level).delete(name));
  }

  private levelOf(name: string, level?: StoreLevel): LevelStore {
    return this.levels[this.get(name, level).level];
  }

  private run<T>(op: () => Promise<T>, notify = true): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch(() => undefined);
    return next.then((r) => {
      if (notify) this.changed.fire();
      return r;
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function assertLabel(kind: 'environment' | 'app', value: string): void {
  const error = checkLabel(kind, value);
  if (error) throw new InvalidInputError(error);
}

/** A value pasted into the description or metadata would be kept and sent on in plain text. */
function assertNoValueIn(name: string, fields: SecretPatch, values: readonly string[]): void {
  const error = checkNoValueIn(name, fields, values);
  if (error) throw new InvalidInputError(error);
}

function checkFields(f: SecretPatch): void {
  for (const e of f.envs ?? []) assertLabel('environment', e);
  for (const a of f.scope ?? []) assertLabel('app', a);
  if (f.expiresAt) {
    const error = checkExpiry(f.expiresAt);
    if (error) throw new InvalidInputError(error);
  }
}
