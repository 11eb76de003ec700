// Remembers which secrets the user allowed each integration to receive. The answer holds for one
// integration and one exact set of secret names: a changed requiredSecrets asks again.
// Pure (a Memento-shaped store is passed in), so it is tested without VS Code.
import { createHash } from 'node:crypto';

export interface KeyValueMemory {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void> | Promise<void>;
}

const KEY = 'secretref.runConsent.v1';

/** Order- and duplicate-insensitive: the set of names is what the user agreed to. */
export function secretSetHash(names: readonly string[]): string {
  const set = [...new Set(names)].sort();
  return createHash('sha256').update(JSON.stringify(set)).digest('hex');
}

/** One integration: its module (workspace-relative) and metadata.name. */
export function integrationKey(file: string, name: string): string {
  return `${file}#${name}`;
}

export class ConsentMemory {
  constructor(private readonly memory: KeyValueMemory) {}

  private all(): Record<string, string> {
    return { ...(this.memory.get<Record<string, string>>(KEY) ?? {}) };
  }

  isAllowed(integration: string, secrets: readonly string[]): boolean {
    return this.all()[integration] === secretSetHash(secrets);
  }

  async allow(integration: string, secrets: readonly string[]): Promise<void> {
    const all = this.all();
    all[integration] = secretSetHash(secrets);
    await this.memory.update(KEY, all);
  }
}

/** "Allow integration 'github-stats' to receive GITHUB_TOKEN and SLACK_TOKEN?" (or task, debug session) */
export function consentQuestion(name: string, secrets: readonly string[], kind = 'integration'): string {
  const list = secrets.length <= 1 ? secrets.join('') : `${secrets.slice(0, -1).join(', ')} and ${secrets[secrets.length - 1]}`;
  return `Allow ${kind} '${name}' to receive ${list}?`;
}
