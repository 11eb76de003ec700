// expired / expiring-soon: the secret's expiresAt has passed, or falls within
// `expiringSoonDays` (setting, default 14) calendar days.
import type { Rule } from '../rule';
import { expiresInWords, expiryOf, resolvedUses } from '../resolve';
import type { AnalysisDiagnostic } from '../types';

export const expiryRule: Rule = {
  id: 'expiry',
  codes: ['expired', 'expiring-soon'],
  perReference: true,
  check(ctx) {
    const out: AnalysisDiagnostic[] = [];
    for (const { ref, secret } of resolvedUses(ctx)) {
      if (!secret) continue;
      const e = expiryOf(secret, ctx.now, ctx.settings.expiringSoonDays);
      if (e.state === 'expired') {
        out.push({
          code: 'expired',
          severity: 'error',
          message: `Secret '${ref.name}' has expired`,
          range: ref.range,
          secret: secret.name,
          data: { expiresAt: secret.expiresAt },
        });
      } else if (e.state === 'expiring') {
        out.push({
          code: 'expiring-soon',
          severity: 'warning',
          message: `Secret '${ref.name}' expires ${expiresInWords(e.days)}`,
          range: ref.range,
          secret: secret.name,
          data: { expiresAt: secret.expiresAt, days: e.days },
        });
      }
    }
    return out;
  },
};
