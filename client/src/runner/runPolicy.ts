// The One Rule, as one per-run object: "resolve the declared secrets for an environment and hand
// them to a process". Run Integration, `secretref` tasks and debug sessions all go through it:
// Restricted Mode refuses, every declared name must have a value (learned without reading it),
// the user consents to this exact set, and only then are the values read, handed to the caller's
// start function and dropped when it settles. No vscode import: the prompts live behind RunnerUi,
// so the rule is unit-tested with a plain object for the UI (runPolicy.test.ts).
import { consentQuestion, type ConsentMemory } from './consent';
import { envLabel, missingSecretsMessage } from './summary';

/** 'unknown': the store has no such secret; 'empty': it has one without a value for the environment. */
export type ValueState = 'set' | 'empty' | 'unknown';

/** How a pick list describes a secret's state (Run Integration, Run Command with Secrets). */
export const VALUE_STATE_WORDS: Record<ValueState, string> = { set: '✓ set', empty: '✗ no value', unknown: '✗ not in the store' };

/** Where values come from: the client secret store (level and environment resolved there). */
export interface SecretValueSource {
  /** Whether a run in `env` would get a value, answered from the store's index: no value is read. */
  valueState(name: string, env: string | undefined): ValueState;
  getValue(name: string, env?: string): Promise<string | undefined>;
}

/** What is about to receive the secrets, in the words the prompts use. */
export interface RunSubject {
  /** "integration", "task", "debug session". */
  kind: string;
  /** metadata.name, the task's label, the launch configuration's name. */
  name: string;
  /** What consent is remembered for (with the set of names): a changed key asks again. */
  consentKey: string;
  /** One sentence on where the values go, for the consent dialog. */
  destination: string;
  /** How the subject failed to start: "did not run", "did not start". */
  notStarted: string;
}

export interface MissingSecret {
  name: string;
  state: Exclude<ValueState, 'set'>;
}

/** The prompts and notifications a run needs; VS Code's are in runnerUi.ts. */
export interface RunnerUi {
  /** Restricted Mode: say that nothing runs and how to trust the workspace. */
  restricted(message: string): void;
  /** Declared secrets without a value: say so, offering to create or set each. */
  missing(message: string, missing: readonly MissingSecret[], env: string | undefined): void;
  /** Ask whether `subject` may receive `names` from `env`; true only when the user allowed it. */
  consent(question: string, detail: string): Promise<boolean>;
}

export interface PolicyDeps {
  values: SecretValueSource;
  consent: ConsentMemory;
  ui: RunnerUi;
  isTrusted(): boolean;
}

export type Refusal =
  | { status: 'restricted'; message: string }
  | { status: 'blocked'; missing: string[]; message: string }
  | { status: 'declined'; message: string };

export const RESTRICTED_MESSAGE =
  'Running with secrets is disabled in Restricted Mode: the integration, task or launch configuration is code from this workspace and would receive your secrets. Trust the workspace to run it.';

/** Restricted Mode: nothing runs, and the user is told why. Callers may ask before any prompt. */
export function refuseIfRestricted(deps: PolicyDeps): Refusal | undefined {
  if (deps.isTrusted()) return undefined;
  deps.ui.restricted(RESTRICTED_MESSAGE);
  return { status: 'restricted', message: RESTRICTED_MESSAGE };
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'status' in x && ['restricted', 'blocked', 'declined'].includes((x as Refusal).status);
}

/** One run: check, consent, then the values, exactly once, for the names it was authorized for. */
export class SecretRun {
  private authorized?: readonly string[];
  private used = false;

  constructor(
    private readonly deps: PolicyDeps,
    readonly subject: RunSubject,
    readonly env: string | undefined,
    /** Only the extension-host tests (ExtensionMode.Test) may pass true: answers the consent question. */
    private readonly autoConsent = false,
  ) {}

  private missingMessage(missing: readonly MissingSecret[]): string {
    return missingSecretsMessage(
      this.subject.name,
      missing.map((m) => m.name),
      this.env,
      this.subject.kind,
      this.subject.notStarted,
    );
  }

  /** Restricted Mode, then a value for every declared name; nothing is read. */
  check(declared: readonly string[]): Refusal | undefined {
    const restricted = refuseIfRestricted(this.deps);
    if (restricted) return restricted;
    const names = unique(declared);
    const missing: MissingSecret[] = [];
    for (const name of names) {
      const state = this.deps.values.valueState(name, this.env);
      if (state !== 'set') missing.push({ name, state });
    }
    if (!missing.length) return undefined;
    const message = this.missingMessage(missing);
    this.deps.ui.missing(message, missing, this.env);
    return { status: 'blocked', missing: missing.map((m) => m.name), message };
  }

  /** check(), then consent for this exact set (remembered per subject; a changed set asks again). */
  async authorize(declared: readonly string[]): Promise<Refusal | undefined> {
    const names = unique(declared);
    const refused = this.check(names);
    if (refused) return refused;
    const { subject } = this;
    if (names.length && !this.deps.consent.isAllowed(subject.consentKey, names) && !this.autoConsent) {
      const detail = `${subject.destination} It receives only these secrets, from ${envLabel(this.env)}. You are asked again if the set changes.`;
      if (!(await this.deps.ui.consent(consentQuestion(subject.name, names, subject.kind), detail))) {
        return {
          status: 'declined',
          message: `Not run: you did not allow ${subject.kind} '${subject.name}' to receive ${names.join(', ')}.`,
        };
      }
      await this.deps.consent.allow(subject.consentKey, names);
    }
    this.authorized = names;
    return undefined;
  }

  /**
   * Reads the authorized values (nothing else, and only now), hands them to `start`, and empties
   * the record when `start` settles: make `start` last as long as the values are needed (the run).
   */
  async withValues<T>(start: (secrets: Readonly<Record<string, string>>) => Promise<T>): Promise<T | Refusal> {
    if (!this.authorized)
      throw new Error(`withValues() before authorize(): ${this.subject.kind} '${this.subject.name}' is not allowed any secret yet.`);
    if (this.used) throw new Error(`The values of one run are read once (${this.subject.kind} '${this.subject.name}').`);
    this.used = true;
    const secrets: Record<string, string> = {};
    try {
      for (const name of this.authorized) {
        const value = await this.deps.values.getValue(name, this.env).catch(() => undefined);
        if (!value) {
          // Deleted or emptied between the check and now.
          const missing: MissingSecret[] = [{ name, state: 'empty' }];
          const message = this.missingMessage(missing);
          this.deps.ui.missing(message, missing, this.env);
          return { status: 'blocked', missing: [name], message };
        }
        secrets[name] = value;
      }
      return await start(secrets);
    } finally {
      for (const k of Object.keys(secrets)) delete secrets[k];
    }
  }
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
