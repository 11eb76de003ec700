// Hover on a secret reference: what the secret is, where it may be used, when it
// expires, how many files use it, and links to set or rotate it. Never a value.
import type { SecretInfo } from '../model/types';

export interface SecretHoverInput {
  /** The name as written at the cursor. */
  name: string;
  /** The secret the store resolves it to, if any. */
  secret?: SecretInfo;
  /** Files in the workspace that use the secret. */
  filesUsing: number;
  now: Date;
  /** App and environment the reference is resolved in. */
  app?: string;
  env?: string;
  /** Whether the client runs `secretref.*` commands: links to them only then (default: it does). */
  commands?: boolean;
  /** Whether the store knows which secrets have values (default: it does). */
  valuesKnown?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/** "in 3 days", "tomorrow", "today", "yesterday", "5 days ago". */
export function relativeDays(when: Date, now: Date): string {
  const days = Math.round((startOfDay(when) - startOfDay(now)) / DAY);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

function startOfDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function parseDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Markdown escaping for names and descriptions (they are user text). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c);
}

export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

const LEVEL_LABEL: Record<string, string> = {
  user: 'user secret (every workspace)',
  workspace: 'workspace secret',
  manifest: 'declared in secretref.json',
  env: 'INTEGRATION_ environment variable',
};

export function secretHoverMarkdown(input: SecretHoverInput): string {
  const { name, secret, filesUsing, now } = input;
  const lines: string[] = [];
  const usedIn = `Used in ${filesUsing} ${filesUsing === 1 ? 'file' : 'files'}`;
  if (!secret) {
    lines.push(
      `**${escapeMarkdown(name)}** — unknown secret`,
      '',
      `Secret '${escapeMarkdown(name)}' not found in the store or secretref.json.`,
      '',
      usedIn,
      '',
    );
    if (input.commands !== false) lines.push(commandLink('Create secret', 'secretref.createSecret', [name]));
    else lines.push('Declare it in `secretref.json`.');
    return lines.join('\n');
  }
  const level = secret.level ? (LEVEL_LABEL[secret.level] ?? secret.level) : 'secret';
  lines.push(`**${escapeMarkdown(secret.name)}** — ${level}`);
  if (secret.description) lines.push('', escapeMarkdown(secret.description));
  lines.push('');
  const rows: string[] = [];
  rows.push(`Apps: ${secret.scope && secret.scope.length > 0 ? secret.scope.map((a) => '`' + a + '`').join(', ') : 'all apps'}`);
  rows.push(
    `Environments: ${secret.envs && secret.envs.length > 0 ? secret.envs.map((e) => '`' + e + '`').join(', ') : 'all environments'}`,
  );
  const expires = parseDate(secret.expiresAt);
  if (expires) {
    const rel = relativeDays(expires, now);
    rows.push(
      expires.getTime() <= now.getTime()
        ? `Expired ${rel === 'today' ? 'today' : rel} (${secret.expiresAt})`
        : `Expires ${rel} (${secret.expiresAt})`,
    );
  }
  const rotated = parseDate(secret.lastRotatedAt);
  if (rotated) rows.push(`Last rotated ${relativeDays(rotated, now)}`);
  if (secret.hasValue === false && input.valuesKnown !== false) rows.push('No value in the store here');
  rows.push(usedIn);
  if (input.app && secret.scope && secret.scope.length > 0 && !secret.scope.includes(input.app))
    rows.push(`Not accessible by app \`${input.app}\``);
  if (input.env && secret.envs && secret.envs.length > 0 && !secret.envs.includes(input.env))
    rows.push(`Not available in environment \`${input.env}\``);
  lines.push(rows.map((r) => `- ${r}`).join('\n'), '');
  if (input.commands !== false)
    lines.push(
      [commandLink('Set value', 'secretref.setValue', [secret.name]), commandLink('Rotate', 'secretref.rotateSecret', [secret.name])].join(
        ' · ',
      ),
    );
  return lines.join('\n').trimEnd();
}
