// The value checks every generic guess runs (entropy, a typed pattern, a run of one character),
// written for speed, against their plain definitions: a guess kept or dropped must not change with
// how the check is computed. Random values of the shapes that reach them, periodic ones among them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { charClasses, entropy, isPeriodic, isPlaceholder, PLACEHOLDER } from './checks';

function shannon(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

function periodic(s: string): boolean {
  for (let period = 1; period <= 8 && 2 * period <= s.length && s.length >= 8; period++)
    for (const step of period <= 4 ? [0, 1, -1] : [0]) {
      let fits = 0;
      for (let i = period; i < s.length; i++) if (s.charCodeAt(i) - s.charCodeAt(i - period) === step) fits++;
      if (fits >= 0.9 * (s.length - period)) return true;
    }
  return false;
}

const classes = (s: string) =>
  (/[a-z]/.test(s) ? 1 : 0) + (/[A-Z]/.test(s) ? 1 : 0) + (/[0-9]/.test(s) ? 1 : 0) + (/[^A-Za-z0-9]/.test(s) ? 1 : 0);

/** Values of up to 160 characters: random, or each character a repeat or one past the one `period` back, now and then not. */
function* values(count: number): Generator<string> {
  let seed = 11;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const alphabets = [
    'ab',
    '0123456789abcdef',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    '!a\n\r\u2028é😀Z9',
    'aaaaaaab',
  ];
  for (let t = 0; t < count; t++) {
    const alphabet = [...alphabets[Math.floor(r() * alphabets.length)]];
    const n = Math.floor(r() * (r() < 0.9 ? 40 : 160));
    const typed = r() < 0.4;
    const period = 1 + Math.floor(r() * 8);
    let s = '';
    for (let i = 0; i < n; i++)
      if (typed && s.length >= period && r() < 0.93)
        s += r() < 0.5 ? s[s.length - period] : String.fromCharCode(s.charCodeAt(s.length - period) + (r() < 0.5 ? 1 : -1));
      else s += alphabet[Math.floor(r() * alphabet.length)];
    yield s;
  }
}

describe('credential value checks', () => {
  it('give what their definitions give, to the last bit, on 100,000 values', () => {
    let periodicSeen = 0;
    let runsSeen = 0;
    for (const s of values(100_000)) {
      assert.equal(entropy(s), shannon(s), `entropy of ${JSON.stringify(s)}`);
      const p = periodic(s);
      periodicSeen += p ? 1 : 0;
      assert.equal(isPeriodic(s), p, `isPeriodic(${JSON.stringify(s)})`);
      const run = /(.)\1{7,}/.test(s);
      runsSeen += run ? 1 : 0;
      assert.equal(isPlaceholder(s), PLACEHOLDER.test(s) || run, `isPlaceholder(${JSON.stringify(s)})`);
      assert.equal(charClasses(s), classes(s), `charClasses(${JSON.stringify(s)})`);
    }
    // The set holds both answers of each check, or it proves nothing.
    assert.ok(periodicSeen > 1000 && runsSeen > 1000, `${periodicSeen} periodic, ${runsSeen} with a run`);
  });
});
