// Credentials for hardcoded-secret tests, generated at run time from random bytes and built by
// concatenation, so the repository holds nothing a secret scanner would flag.
import { randomBytes } from 'node:crypto';

// No vowels and no x: random text never spells a placeholder word (your, fake, todo, xxx) the rule skips,
// so a test that expects a finding cannot fail by chance.
const ALNUM = 'BCDFGHJKLMNPQRSTVWYZbcdfghjklmnpqrstvwyz0123456789';
const UPPER_DIGITS = 'BCDFGHJKLMNPQRSTVWYZ234567';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

export function randomText(n: number, alphabet = ALNUM): string {
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * `n` different characters of `alphabet` in a random order: log2(n) bits of entropy every time.
 * For short shapes (an AWS key's 16 characters) where random text falls under the rule's entropy
 * floor of 3 bits about once in a hundred runs.
 */
export function distinctText(n: number, alphabet = UPPER_DIGITS): string {
  const pool = [...alphabet];
  const bytes = randomBytes(n);
  return Array.from({ length: n }, (_, i) => pool.splice(bytes[i] % pool.length, 1)[0]).join('');
}

/** A credential of each kind the hardcoded-secret rule knows, keyed by the kind its message names. */
export const FAKE_CREDENTIALS: Record<string, () => string> = {
  Stripe: () => 'sk' + '_live_' + randomText(24),
  GitHub: () => 'gh' + 'p_' + randomText(36),
  Slack: () => 'xo' + 'xb-' + randomText(12, DIGITS) + '-' + randomText(24),
  AWS: () => 'AK' + 'IA' + distinctText(16),
  Google: () => 'AI' + 'za' + randomText(35),
  OpenAI: () => 'sk' + '-proj-' + randomText(48),
  Anthropic: () => 'sk' + '-ant-api03-' + randomText(64),
  Twilio: () => 'S' + 'K' + randomText(32, HEX),
  SendGrid: () => 'S' + 'G.' + randomText(22) + '.' + randomText(43),
};

export function fakeCredential(kind: keyof typeof FAKE_CREDENTIALS): string {
  return FAKE_CREDENTIALS[kind]();
}
