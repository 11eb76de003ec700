import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics, NOW } from '../../../../test/util/diagnose';

// NOW is 2026-06-15T12:00:00Z.
const store = [
  { name: 'OLD_KEY', expiresAt: '2026-06-01' },
  { name: 'TODAY_KEY', expiresAt: '2026-06-15T23:00:00Z' },
  { name: 'TOMORROW_KEY', expiresAt: '2026-06-16' },
  { name: 'SOON_KEY', expiresAt: '2026-06-25T08:00:00Z' },
  { name: 'LATER_KEY', expiresAt: '2026-09-01' },
  { name: 'ODD_DATE', expiresAt: 'next spring' },
];
const ref = (name: string) => `$Token{${name}}`;

describe('rule expired / expiring-soon', () => {
  it('reports an expired secret as an error (Ductape)', () => {
    const [d] = diagnostics('file:///a.txt', ref('OLD_KEY'), store);
    assert.equal(d.code, 'expired');
    assert.equal(d.severity, 'error');
    assert.equal(d.message, "Secret 'OLD_KEY' has expired");
  });

  it('warns in calendar days: today, in 1 day, in N days', () => {
    const seen = diagnose('file:///a.txt', ['TODAY_KEY', 'TOMORROW_KEY', 'SOON_KEY'].map(ref).join(' '), store);
    assert.deepEqual(
      seen.map((d) => [d.code, d.message]),
      [
        ['expiring-soon', "Secret 'TODAY_KEY' expires today"],
        ['expiring-soon', "Secret 'TOMORROW_KEY' expires in 1 day"],
        ['expiring-soon', "Secret 'SOON_KEY' expires in 10 days"],
      ],
    );
    assert.equal(diagnostics('file:///a.txt', ref('SOON_KEY'), store)[0].severity, 'warning');
  });

  it('follows the expiringSoonDays setting (default 14)', () => {
    assert.deepEqual(diagnose('file:///a.txt', ref('SOON_KEY'), store, { expiringSoonDays: 7 }), []);
    assert.equal(
      diagnose('file:///a.txt', ref('LATER_KEY'), store, { expiringSoonDays: 90 })[0].message,
      "Secret 'LATER_KEY' expires in 78 days",
    );
    assert.deepEqual(diagnose('file:///a.txt', ref('LATER_KEY'), store), []);
  });

  it('treats a moment that has passed as expired, even earlier today', () => {
    const later = new Date(NOW.getTime() + 12 * 3600_000);
    assert.equal(diagnose('file:///a.txt', ref('TODAY_KEY'), store, {}, later)[0].code, 'expired');
  });

  it('ignores an expiry date it cannot read', () => {
    assert.deepEqual(diagnose('file:///a.txt', ref('ODD_DATE'), store), []);
  });
});
