// Resolving a reference: which secret it names and in which app and environment it is used.
// Shared by the store rules and completion, so a name that completion marks unusable is exactly
// a name the rules report.
import type { RuleContext } from '../rules/rule';
import type { StoreSnapshot } from './store';
import { isValidSecretName } from './store';
import type { AnalysisDiagnostic, AnalysisSettings, Reference, ScopeContext, SecretInfo } from './types';
import { DocumentCache } from '../documentCache';

export interface Resolution {
  ref: Reference;
  /** The secret the reference names (respecting the dialect's case rule). */
  secret?: SecretInfo;
  /** Case-sensitive dialects: a secret whose name differs from the reference only in case. */
  caseMismatch?: SecretInfo;
  /** App and environment with the settings applied where the code says nothing. */
  scope: ScopeContext;
}

const DAY_MS = 86_400_000;

/** The code's app/env, else the settings' (`secretref.app`, `secretref.environment`). */
export function effectiveScope(context: ScopeContext, settings: AnalysisSettings): ScopeContext {
  const scope: ScopeContext = { ...context };
  if (scope.app === undefined && settings.app) {
    scope.app = settings.app;
    scope.appSource = 'settings';
  }
  if (scope.env === undefined && settings.environment) {
    scope.env = settings.environment;
    scope.envSource = 'settings';
  }
  return scope;
}

export function resolveReference(ref: Reference, store: StoreSnapshot, settings: AnalysisSettings): Resolution {
  const { secret, caseMismatch } = store.lookup(ref.name, ref.caseSensitive);
  return { ref, secret, caseMismatch, scope: effectiveScope(ref.context, settings) };
}

/** The last analysis's resolutions, on its document (see `DocumentCache`): valid for that analysis only. */
const resolved = new DocumentCache<{ ctx: RuleContext; list: Resolution[] }>();

/**
 * The references the store rules check: uses (not declarations) with a valid name, from every
 * dialect, resolved once per analysis and shared by the rules.
 */
export function resolvedUses(ctx: RuleContext): Resolution[] {
  const cached = resolved.get(ctx.doc);
  if (cached?.ctx === ctx) return cached.list;
  const list = ctx.references
    .filter((r) => r.kind === 'use' && isValidSecretName(r.name))
    .map((r) => resolveReference(r, ctx.store, ctx.settings));
  resolved.set(ctx.doc, { ctx, list });
  return list;
}

/** What a per-reference rule says about one use: the diagnostic but its range (the reference's) and secret. */
export type UseFinding = Omit<AnalysisDiagnostic, 'range' | 'secret'> & { secret?: string };

/**
 * The `check` of a rule that looks at each resolved use alone (`perReference`): `finding` says
 * what is wrong with one use, or nothing; the diagnostic is at the reference, about the store's
 * secret (or, when there is none, the name written).
 */
export function eachUse(
  finding: (use: Resolution, ctx: RuleContext) => UseFinding | undefined,
): (ctx: RuleContext) => AnalysisDiagnostic[] {
  return (ctx) => {
    const out: AnalysisDiagnostic[] = [];
    for (const use of resolvedUses(ctx)) {
      const f = finding(use, ctx);
      if (f) out.push({ range: use.ref.range, secret: use.secret?.name ?? use.ref.name, ...f });
    }
    return out;
  };
}

/** Why `secret` cannot be used by `app`, or undefined when it can (or the app is unknown). */
export function scopeProblem(secret: SecretInfo, app: string | undefined): string | undefined {
  if (app === undefined || !secret.scope || secret.scope.length === 0) return undefined;
  return secret.scope.includes(app) ? undefined : `not accessible by app '${app}'`;
}

/** Why `secret` cannot be used in `env`, or undefined when it can (or the environment is unknown). */
export function envProblem(secret: SecretInfo, env: string | undefined): string | undefined {
  if (env === undefined || !secret.envs || secret.envs.length === 0) return undefined;
  return secret.envs.includes(env) ? undefined : `not available in environment '${env}'`;
}

export type Expiry = { state: 'expired' } | { state: 'expiring'; days: number } | { state: 'valid' } | { state: 'none' };

/**
 * Expiry in whole calendar days (UTC) from `now`: a secret expiring later today is "today", not
 * "in 0 days". An unparseable date is treated as no expiry rather than guessed at.
 */
export function expiryOf(secret: SecretInfo, now: Date, soonDays: number): Expiry {
  if (!secret.expiresAt) return { state: 'none' };
  const at = Date.parse(secret.expiresAt);
  if (Number.isNaN(at)) return { state: 'none' };
  if (at <= now.getTime()) return { state: 'expired' };
  const days = Math.round((startOfUtcDay(at) - startOfUtcDay(now.getTime())) / DAY_MS);
  return days <= soonDays ? { state: 'expiring', days } : { state: 'valid' };
}

function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** "today", "in 1 day", "in N days". */
export function expiresInWords(days: number): string {
  return days <= 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`;
}

/**
 * Whether there is known to be no value for `secret` in `env`: the store says it has none, or the
 * secret is only declared by the manifest (no client store or environment variable supplies it).
 */
export function lacksValue(secret: SecretInfo, env: string | undefined): boolean {
  if (env !== undefined && secret.valueEnvs?.includes(env)) return false;
  if (secret.hasValue === false) return true;
  return secret.hasValue === undefined && secret.level === 'manifest';
}
