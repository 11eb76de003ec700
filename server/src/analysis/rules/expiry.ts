// expired / expiring-soon: the secret's expiresAt has passed, or falls within
// `expiringSoonDays` (setting, default 14) calendar days.
import type { Rule } from './rule';
import { eachUse, expiresInWords, expiryOf } from '../model/resolve';

export const expiryRule: Rule = {
  id: 'expiry',
  codes: ['expired', 'expiring-soon'],
  perReference: true,
  check: eachUse(({ ref, secret }, ctx) => {
    if (!secret) return undefined;
    const e = expiryOf(secret, ctx.now, ctx.settings.expiringSoonDays);
    if (e.state === 'expired')
      return { code: 'expired', severity: 'error', message: `Secret '${ref.name}' has expired`, data: { expiresAt: secret.expiresAt } };
    if (e.state === 'expiring') {
      return {
        code: 'expiring-soon',
        severity: 'warning',
        message: `Secret '${ref.name}' expires ${expiresInWords(e.days)}`,
        data: { expiresAt: secret.expiresAt, days: e.days },
      };
    }
    return undefined;
  }),
};
