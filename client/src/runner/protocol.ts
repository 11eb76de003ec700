// The messages between the extension host and the integration child (dist/runner-child.js),
// over the child's IPC channel. Secret values cross only in `RunMessage.secrets`, only
// parent → child, and only the secrets the loaded module declared.

/** Parent → child, first: load the module (no secret is in the child yet). */
export interface LoadMessage {
  type: 'load';
  /** Absolute path of the integration module (.js, .cjs, .mjs, .ts, .mts, .cts). */
  modulePath: string;
  /** `metadata.name` of the integration to run, when the module exports several. */
  name?: string;
  /**
   * The metadata read from the file beside the module (its JSON/YAML metadata), for a module
   * that exports only `run`: its requiredSecrets are then the ones injected.
   */
  metadata?: { name?: string; requiredSecrets: string[] };
}

/** Child → parent: what the loaded module declares. */
export interface LoadedMessage {
  type: 'loaded';
  name: string;
  requiredSecrets: string[];
}

/** Parent → child, second: run it. */
export interface RunMessage {
  type: 'run';
  /** Exactly the declared secrets, for the selected environment. */
  secrets: Record<string, string>;
  context: unknown;
  /** Absolute paths; the child reads them and passes `DataFile`s to `run`. */
  dataFiles: string[];
}

/** What `run(context, secrets, dataFiles)` receives as its third argument. */
export interface DataFile {
  name: string;
  path: string;
  content: string;
}

/** Child → parent: `run` resolved; `json` is the returned value as JSON (not yet redacted). */
export interface ResultMessage {
  type: 'result';
  json: string;
}

/** Child → parent: loading or running failed (message and stack, not yet redacted). */
export interface ErrorMessage {
  type: 'error';
  phase: 'load' | 'run';
  message: string;
  stack?: string;
}

export type ParentMessage = LoadMessage | RunMessage;
export type ChildMessage = LoadedMessage | ResultMessage | ErrorMessage;
