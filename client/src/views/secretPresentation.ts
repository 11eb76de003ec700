// How a secret shows in the Secrets view: one line of description, a tooltip, and the badge for
// the most urgent state (expired, expiring soon, no value, unused). Pure, and never a value.
import type { SecretInfo } from '../../../server/src/analysis/model/types';
import type { StoredSecret } from '../store/types';

export type SecretBadge = 'expired' | 'expiring' | 'no-value' | 'unused' | 'ok';

export interface SecretPresentation {
  badge: SecretBadge;
  /** Codicon id for the badge. */
  icon: string;
  /** Theme color id for the icon, if any. */
  color?: string;
  description: string;
  tooltip: string;
  /** Days until expiry (negative once expired); undefined without an expiry date. */
  daysLeft?: number;
}

const DAY = 86_400_000;

export function daysUntil(expiresAt: string, now: Date): number | undefined {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(expiresAt) ? `${expiresAt}T23:59:59Z` : expiresAt);
  if (Number.isNaN(t)) return undefined;
  return Math.floor((t - now.getTime()) / DAY);
}

/** `referenceCount` undefined: unknown (the server has not answered), so no "unused" badge. */
export function presentSecret(
  s: StoredSecret,
  options: { now: Date; expiringSoonDays: number; referenceCount?: number },
): SecretPresentation {
  const daysLeft = s.expiresAt ? daysUntil(s.expiresAt, options.now) : undefined;
  const expired = daysLeft !== undefined && daysLeft < 0;
  const expiring = daysLeft !== undefined && !expired && daysLeft <= options.expiringSoonDays;
  const unused = options.referenceCount === 0;
  const badge: SecretBadge = expired ? 'expired' : expiring ? 'expiring' : !s.hasValue ? 'no-value' : unused ? 'unused' : 'ok';
  const look: Record<SecretBadge, { icon: string; color?: string }> = {
    expired: { icon: 'error', color: 'list.errorForeground' },
    expiring: { icon: 'warning', color: 'list.warningForeground' },
    'no-value': { icon: 'circle-large-outline', color: 'list.warningForeground' },
    unused: { icon: 'key', color: 'disabledForeground' },
    ok: { icon: 'key' },
  };
  const parts: string[] = [];
  if (s.description) parts.push(s.description);
  if (s.scope?.length) parts.push(`apps: ${s.scope.join(', ')}`);
  if (s.envs?.length) parts.push(`envs: ${s.envs.join(', ')}`);
  if (expired) parts.push('expired');
  else if (expiring) parts.push(daysLeft === 0 ? 'expires today' : `expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`);
  if (!s.hasValue) parts.push('no value');
  if (unused) parts.push('unused');
  if (s.overridden) parts.push('overridden by workspace');

  const lines = [
    `${s.name} — ${s.level} secret${s.overridden ? ' (hidden by the workspace secret of the same name)' : ''}`,
    s.description ? s.description : 'No description.',
    `Apps: ${s.scope?.length ? s.scope.join(', ') : 'all apps'}`,
    `Environments: ${s.envs?.length ? s.envs.join(', ') : 'all environments'}`,
    `Values: ${valuesLine(s)}`,
  ];
  if (s.expiresAt)
    lines.push(
      expired
        ? `Expired on ${s.expiresAt}: rotate it.`
        : `Expires ${s.expiresAt}${daysLeft !== undefined ? ` (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})` : ''}`,
    );
  if (s.metadata && Object.keys(s.metadata).length)
    lines.push(
      `Metadata: ${Object.entries(s.metadata)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  if (options.referenceCount !== undefined)
    lines.push(
      options.referenceCount === 0
        ? 'Not referenced anywhere in the workspace.'
        : `Referenced ${options.referenceCount} time${options.referenceCount === 1 ? '' : 's'} in the workspace.`,
    );
  lines.push(
    `Created ${s.createdAt.slice(0, 10)}, updated ${s.updatedAt.slice(0, 10)}${s.lastRotatedAt ? `, rotated ${s.lastRotatedAt.slice(0, 10)}` : ''}`,
  );
  return { badge, ...look[badge], description: parts.join(' · '), tooltip: lines.join('\n'), daysLeft };
}

function valuesLine(s: StoredSecret): string {
  if (!s.hasValue) return 'none yet — set one with Set Value';
  const parts: string[] = [];
  if (s.hasDefaultValue) parts.push('default');
  parts.push(...s.valueEnvs);
  return `${parts.join(', ')} (hidden)`;
}

/**
 * A secret the project's secretref.json declares that the store has no entry for: a new team
 * member sees what they still have to set. Always the "no value" badge.
 */
export function presentDeclaredSecret(s: SecretInfo): SecretPresentation {
  const parts: string[] = [];
  if (s.description) parts.push(s.description);
  if (s.scope?.length) parts.push(`apps: ${s.scope.join(', ')}`);
  if (s.envs?.length) parts.push(`envs: ${s.envs.join(', ')}`);
  parts.push('no value');
  const lines = [
    `${s.name} — declared in secretref.json`,
    s.description ? s.description : 'No description.',
    `Apps: ${s.scope?.length ? s.scope.join(', ') : 'all apps'}`,
    `Environments: ${s.envs?.length ? s.envs.join(', ') : 'all environments'}`,
    'Values: none yet — set one with Set Value',
  ];
  return {
    badge: 'no-value',
    icon: 'circle-large-outline',
    color: 'list.warningForeground',
    description: parts.join(' · '),
    tooltip: lines.join('\n'),
  };
}
