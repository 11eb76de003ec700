// In-memory storage for unit tests of the store logic: VS Code's SecretStorage cannot run outside
// the editor (the extension-host tests use the real one). `crashAfter` makes the N+1-th write
// throw, which is how the tests interrupt a rename or rotation halfway, as a dying editor would.
import type { IndexStorage, SecretKeyValue } from './storage';
import { parseIndex } from './storage';
import type { IndexFile } from './types';

export class Crash extends Error {
  constructor() {
    super('simulated crash');
  }
}

export class WriteBudget {
  /** Writes still allowed; undefined = unlimited. */
  remaining: number | undefined;
  spend(): void {
    if (this.remaining === undefined) return;
    if (this.remaining <= 0) throw new Crash();
    this.remaining--;
  }
}

export class MemorySecrets implements SecretKeyValue {
  readonly data = new Map<string, string>();
  constructor(readonly budget = new WriteBudget()) {}
  async keys(): Promise<string[]> {
    return [...this.data.keys()];
  }
  async get(key: string): Promise<string | undefined> {
    return this.data.get(key);
  }
  async store(key: string, value: string): Promise<void> {
    this.budget.spend();
    this.data.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.budget.spend();
    this.data.delete(key);
  }
}

export class MemoryIndex implements IndexStorage {
  text: string | undefined;
  constructor(readonly budget = new WriteBudget()) {}
  async read(): Promise<IndexFile | undefined> {
    return this.text === undefined ? undefined : parseIndex(this.text);
  }
  async write(index: IndexFile): Promise<void> {
    this.budget.spend();
    this.text = JSON.stringify(index);
  }
}
