// The words the runner shows at the end of a run and when it refuses to start one. Names only.
import type { RunOutcome } from './runProcess';

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function envLabel(env: string | undefined): string {
  return env ? `environment '${env}'` : 'the default environment (setting secretref.environment is empty)';
}

export function quoteList(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

/** `kind`/`notStarted` word it for a task ("Task 'deploy' did not start") or a debug session. */
export function missingSecretsMessage(
  name: string,
  missing: readonly string[],
  env: string | undefined,
  kind = 'integration',
  notStarted = 'did not run',
): string {
  const what = missing.length === 1 ? `required secret ${quoteList(missing)} has` : `required secrets ${quoteList(missing)} have`;
  const subject = kind.charAt(0).toUpperCase() + kind.slice(1);
  return `${subject} '${name}' ${notStarted}: ${what} no value in ${envLabel(env)}. Create or set ${missing.length === 1 ? 'it' : 'them'}, then run again.`;
}

const STATUS_WORDS: Record<RunOutcome['status'], string> = {
  succeeded: 'succeeded',
  failed: 'failed',
  'timed-out': 'was stopped: it ran past the timeout (setting secretref.run.timeoutSeconds)',
  cancelled: 'was cancelled',
};

/** One line: how it ended, how long it took, what was injected. */
export function outcomeLine(integration: string, o: RunOutcome): string {
  const exit = o.signal ? `killed by ${o.signal}` : `exit code ${o.exitCode ?? 'none'}`;
  const injected = o.injected.length ? `injected: ${o.injected.join(', ')}` : 'no secrets injected';
  return `Integration '${integration}' ${STATUS_WORDS[o.status]} after ${formatDuration(o.durationMs)} (${exit}; ${injected}).`;
}
