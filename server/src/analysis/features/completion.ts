// Completion of secret names inside every reference form, as soon as its opening is typed.
// Every enabled dialect is asked for a name slot, so forms added later complete too.
// Items carry names and metadata only, never a value.
import { enabledDialects } from '../analyze';
import type { NameSlot } from '../dialects/dialect';
import { ParsedDocument, type DocumentInput } from '../document';
import { envProblem, expiresInWords, expiryOf, effectiveScope, lacksValue, scopeProblem } from '../model/resolve';
import { fenceAt, markdownParts } from '../markdown';
import { scopeAt } from '../scopeContext';
import type { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS, type AnalysisSettings, type ScopeContext, type SecretCompletion, type SecretInfo } from '../model/types';

/** The name slot at `offset`, from the first enabled dialect that has one. */
export function nameSlotAt(doc: ParsedDocument, offset: number, settings: AnalysisSettings = DEFAULT_SETTINGS): NameSlot | undefined {
  for (const d of enabledDialects(settings)) {
    const slot = d.nameSlotAt?.(doc, offset);
    if (slot) return slot;
  }
  return undefined;
}

export function completeAt(
  input: DocumentInput | ParsedDocument,
  offset: number,
  store: StoreSnapshot,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  now: Date = new Date(),
  /** At most this many items, the usable ones first (a store of thousands answers with the best). */
  limit = Infinity,
  /** False when the editor asks for each item's documentation as it shows it. */
  documented = true,
): SecretCompletion[] {
  const doc = input instanceof ParsedDocument ? input : new ParsedDocument(input, settings.maxParseBytes);
  if (doc.kind === 'markdown') {
    // In a code fence, the forms of the fence's language; elsewhere the text forms.
    const parts = markdownParts(doc);
    const fence = fenceAt(parts, offset);
    if (!fence) return completeAt(parts.prose, offset, store, settings, now, limit, documented);
    return completeAt(fence.doc, offset - fence.base, store, settings, now, limit, documented).map((c) => ({
      ...c,
      replace: { start: c.replace.start + fence.base, end: c.replace.end + fence.base },
    }));
  }
  const slot = nameSlotAt(doc, offset, settings);
  if (!slot) return [];
  // The scope needs the syntax tree at the offset; asked only when some name matches the
  // prefix, so a keystroke that completes nothing never parses the document.
  let scope: ScopeContext | undefined;
  // Prefixes match ignoring case in every dialect: typing `stri` finds STRIPE_KEY, and the
  // inserted text is the exact stored name, so case-sensitive forms still come out right.
  const prefix = slot.prefix.toLowerCase();
  const matches: Array<{ secret: SecretInfo; reason: string | undefined; sortText: string }> = [];
  for (const secret of store.all()) {
    if (!secret.name.toLowerCase().startsWith(prefix)) continue;
    scope ??= effectiveScope(scopeAt(doc, offset), settings);
    const reason = unusableReason(secret, scope, now);
    matches.push({ secret, reason, sortText: (reason ? '1_' : '0_') + secret.name });
  }
  matches.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  // Details and documentation only for the items returned: with thousands of names they cost
  // more than everything else, and the answer's size is what the editor waits for.
  const items: SecretCompletion[] = [];
  for (const { secret, reason, sortText } of matches.slice(0, limit)) {
    items.push({
      label: secret.name,
      insertText: secret.name + (slot.closer ?? ''),
      replace: slot.replace,
      detail: detailOf(secret, settings, now),
      ...(documented ? { documentation: secretDocumentation(secret, scope?.env, reason, settings, now) } : {}),
      usable: reason === undefined,
      ...(scope?.env ? { env: scope.env } : {}),
      ...(reason ? { reasonUnusable: reason } : {}),
      sortText,
    });
  }
  return items;
}

/** Why a secret cannot be used at this place: out of scope, unavailable env, or expired. */
function unusableReason(secret: SecretInfo, scope: ScopeContext, now: Date): string | undefined {
  return (
    scopeProblem(secret, scope.app) ??
    envProblem(secret, scope.env) ??
    (expiryOf(secret, now, 0).state === 'expired' ? 'expired' : undefined)
  );
}

/** One line: level, apps, environments, expiry. */
function detailOf(secret: SecretInfo, settings: AnalysisSettings, now: Date): string {
  const parts: string[] = [`${secret.level ?? 'user'} secret`];
  parts.push(secret.scope?.length ? `apps: ${secret.scope.join(', ')}` : 'all apps');
  parts.push(secret.envs?.length ? `envs: ${secret.envs.join(', ')}` : 'all environments');
  const exp = expiryText(secret, settings, now);
  if (exp) parts.push(exp);
  return parts.join(' · ');
}

function expiryText(secret: SecretInfo, settings: AnalysisSettings, now: Date): string | undefined {
  const e = expiryOf(secret, now, settings.expiringSoonDays);
  if (e.state === 'expired') return `expired ${secret.expiresAt}`;
  if (e.state === 'expiring') return `expires ${expiresInWords(e.days)}`;
  if (e.state === 'valid') return `expires ${secret.expiresAt}`;
  return undefined;
}

/**
 * The Markdown shown beside a focused completion item. Editors ask for it item by item
 * (completionItem/resolve), so a list of a hundred names need not carry a hundred of these.
 */
export function secretDocumentation(
  secret: SecretInfo,
  /** The environment the reference runs in, for "no value here". */
  env: string | undefined,
  reason: string | undefined,
  settings: AnalysisSettings,
  now: Date,
): string {
  const lines: string[] = [`**${secret.name}**`];
  if (secret.description) lines.push('', secret.description);
  if (reason) lines.push('', `⚠ Not usable here: ${reason}.`);
  lines.push('');
  lines.push(`- Apps: ${secret.scope?.length ? secret.scope.map((a) => `\`${a}\``).join(', ') : 'all'}`);
  lines.push(`- Environments: ${secret.envs?.length ? secret.envs.map((e) => `\`${e}\``).join(', ') : 'all'}`);
  const exp = expiryText(secret, settings, now);
  if (exp) lines.push(`- ${exp[0].toUpperCase()}${exp.slice(1)}`);
  lines.push(`- Level: ${secret.level ?? 'user'}`);
  if (lacksValue(secret, env)) lines.push('- No value here yet');
  for (const [k, v] of Object.entries(secret.metadata ?? {})) lines.push(`- ${k}: ${v}`);
  return lines.join('\n');
}
