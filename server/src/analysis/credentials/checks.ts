// Checks shared by credential rules: how random a value is, whether it is a placeholder, and
// the checksums some providers build into their tokens.

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** How many of lower-case letters, upper-case letters, digits and other characters `s` has. */
export function charClasses(s: string): number {
  return (/[a-z]/.test(s) ? 1 : 0) + (/[A-Z]/.test(s) ? 1 : 0) + (/[0-9]/.test(s) ? 1 : 0) + (/[^A-Za-z0-9]/.test(s) ? 1 : 0);
}

/**
 * Values written in place of a credential in docs, examples and templates: `...`, `xxxx`,
 * `<your-key>`, `${VAR}`, `{{ secret }}`, `%API_KEY%`, "example", "changeme", "redacted"…
 */
export const PLACEHOLDER =
  /\.\.\.|…|x{4,}|X{4,}|\*{3,}|#{4,}|0{8,}|<[^>]*>|\$\{|\{\{|\$Token|^\$|%[A-Za-z_]+%|your|example|changeme|change_me|placeholder|dummy|redacted|sample|replace|insert|fake|lorem|canary|secrets?\.|process\.env|^env\(|TODO|abcdef|123456/i;

export function isPlaceholder(s: string): boolean {
  // A run of one character (case-sensitive: random text has `cCcCcc` now and then).
  return PLACEHOLDER.test(s) || /(.)\1{7,}/.test(s);
}

/**
 * Whether `s` is a pattern typed to fill a field, not random text: a unit of up to 8 characters
 * repeated (`abc123abc123…`), or a run up or down the alphabet or the digits (`123456789`,
 * `abcdefgh`), also interleaved (`A1B2C3D4…`: each character one past the one up to 4 before it).
 * Nine in ten of its characters must follow the rule, so that a run wrapping round (`…789abc…`,
 * `…J0K1…`) still counts; random text follows one of them for about one character in twenty.
 * (A unit of up to 4 repeated has too little entropy to pass for a credential anyway.)
 */
export function isPeriodic(s: string): boolean {
  if (s.length < 8) return false;
  for (let period = 1; period <= 8 && 2 * period <= s.length; period++)
    for (const step of period <= 4 ? [0, 1, -1] : [0]) {
      let fits = 0;
      for (let i = period; i < s.length; i++) if (s.charCodeAt(i) - s.charCodeAt(i - period) === step) fits++;
      if (fits >= 0.9 * (s.length - period)) return true;
    }
  return false;
}

/**
 * Placeholders in a value that has a provider's exact format (prefix, length, charset): only
 * what says "put yours here" (`...`, `<key>`, `${VAR}`, `your_`, `REPLACE_WITH`), a run of x or 0,
 * or "fake" opening the random part or standing as a word in it, between separators or at its
 * end (`ghp_fake_…`, `sk_test_FAKE…`, `…-fake-…`). Made-up but plausible values (`aBcDeF…123456`)
 * are reported: a format this exact is rarely typed by chance, and scanners' labelled test sets
 * count them as credentials. So do they count a "fake" inside the random letters (trufflehog
 * writes `…jk0VZfake8f…` into its samples so that push protection lets them through): four letters
 * inside a random run prove nothing, nor does a `-` or `_` before them where the random alphabet
 * holds those characters (a Square secret's `…-FAKE…`).
 */
export const FORMAT_PLACEHOLDER =
  /\.\.\.|…|<[^>]*>|\$\{|\{\{|\*{3,}|your[-_]|_here\b|placeholder|redacted|changeme|replace_?(?:with|me)|^fake|[_.-]fake(?=[_.-]|$)|x{6,}|X{6,}|0{8,}/i;

/**
 * Whether a value with no prefix of its own reads as random letters and digits, not a name: it
 * mixes cases and has digits (two or more, as 24 random characters nearly always do), and is no
 * camelCase identifier with a number (`deploymentConfiguration12`).
 */
export function mixedRandom(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9][^0-9]*[0-9]/.test(s) && !/^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,6}$/.test(s);
}

/** Whether the part of `s` after a fixed prefix looks random: no placeholder, enough entropy. */
export function looksRandom(s: string, minEntropy: number): boolean {
  return s.length > 0 && !isPlaceholder(s) && entropy(s) >= minEntropy;
}

let CRC_TABLE: Int32Array | undefined;

/** CRC-32 (IEEE 802.3, as zlib), of the text's UTF-16 code units taken as bytes (ASCII tokens). */
export function crc32(s: string): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < s.length; i++) crc = CRC_TABLE[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base 62 (0-9A-Za-z), left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/**
 * GitHub's and npm's token checksum: the last 6 characters are the CRC-32 of the 30 random
 * characters before them, in base 62 (github.blog, "Behind GitHub's new authentication token
 * formats", 2021; "Announcing npm's new access token format", 2021).
 */
export function hasBase62Crc32(random36: string): boolean {
  if (random36.length !== 36) return false;
  return base62(crc32(random36.slice(0, 30)), 6) === random36.slice(30);
}

/** The JSON object a base64url segment decodes to, or undefined. */
export function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const json = Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const v: unknown = JSON.parse(json);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A pattern for a credential with no prefix of its own (a 32-character hex key): the provider's
 * name, then within `reach` characters the value, as a group `secret`. `names` is a regex
 * alternation, matched case-insensitively; `value` is case-sensitive in effect only through its
 * character classes (write both cases where both occur). With `acrossLines` the reach may cross
 * line breaks (a value on the line after its key, as trufflehog's `PrefixRegex` allows): the rule
 * must then be `multiline`, so that the scan runs it from each keyword on.
 */
export function near(names: string, value: string, reach = 40, acrossLines = false): RegExp {
  const gap = acrossLines ? '[^]' : '[^\\r\\n]';
  return new RegExp(String.raw`(?:${names})${gap}{0,${reach}}?(?<![A-Za-z0-9_+/-])(?<secret>${value})(?![A-Za-z0-9_+/=-])`, 'gi');
}
