// The two kinds of storage the store needs, as small interfaces so the store logic runs both over
// VS Code (vscodeStorage.ts) and, in unit tests, over memory (memoryStorage.ts).
import type { IndexFile } from './types';

/** SecretStorage's surface: encrypted key/value strings. Values and the journal live here. */
export interface SecretKeyValue {
  keys(): Promise<string[]>;
  get(key: string): Promise<string | undefined>;
  store(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Where one level keeps its value-free index. */
export interface IndexStorage {
  read(): Promise<IndexFile | undefined>;
  write(index: IndexFile): Promise<void>;
}

export function emptyIndex(): IndexFile {
  return { version: 1, secrets: {} };
}

/** Accepts only a well-formed index; a damaged one reads as empty rather than breaking activation. */
export function parseIndex(raw: unknown): IndexFile | undefined {
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as { version?: unknown; secrets?: unknown };
  if (o.version !== 1 || typeof o.secrets !== 'object' || o.secrets === null || Array.isArray(o.secrets)) return undefined;
  return { version: 1, secrets: { ...(o.secrets as IndexFile['secrets']) } };
}
