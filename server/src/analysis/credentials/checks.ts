// Checks shared by credential rules: how random a value is, whether it is a placeholder, and
// the checksums some providers build into their tokens.

/** Per ASCII code, how often it occurs in the text `entropy` is counting; zeroed again after each call. */
const ASCII_COUNTS = new Int32Array(128);
/** The ASCII codes of that text in the order they first occur (the order the sum is taken in). */
const ASCII_SEEN = new Uint8Array(128);

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  // Asked once per candidate value, 178,000 times in a large .env: an ASCII text is counted in a
  // table instead of a Map. The sum runs in first-occurrence order, as the Map's would, so the
  // result is the same to the last bit.
  let distinct = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) break;
    if (ASCII_COUNTS[c]++ === 0) ASCII_SEEN[distinct++] = c;
  }
  if (i < s.length) {
    for (let k = 0; k < distinct; k++) ASCII_COUNTS[ASCII_SEEN[k]] = 0;
    return entropyOfCodePoints(s);
  }
  let h = 0;
  const n = s.length;
  for (let k = 0; k < distinct; k++) {
    const c = ASCII_SEEN[k];
    const count = ASCII_COUNTS[c];
    ASCII_COUNTS[c] = 0;
    h -= n <= TERM_MAX_LENGTH ? term(count, n) : (count / n) * Math.log2(count / n);
  }
  return h;
}

/** Texts up to this long have their terms `p·log₂p` kept (a value is short; a key rarely over 64). */
const TERM_MAX_LENGTH = 128;
/** `p·log₂p` for p = count/length, by `length * 129 + count`; NaN until asked. */
let TERMS: Float64Array | undefined;

/** The same double `(count / n) * Math.log2(count / n)` gives, computed once per pair. */
function term(count: number, n: number): number {
  TERMS ??= new Float64Array((TERM_MAX_LENGTH + 1) * (TERM_MAX_LENGTH + 1)).fill(NaN);
  const at = n * (TERM_MAX_LENGTH + 1) + count;
  let t = TERMS[at];
  if (t !== t) TERMS[at] = t = (count / n) * Math.log2(count / n);
  return t;
}

function entropyOfCodePoints(s: string): number {
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
  // One pass, not four regexes: asked of every password-named value.
  let seen = 0;
  for (let i = 0; i < s.length && seen !== 15; i++) {
    const c = s.charCodeAt(i);
    seen |= c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 4 : 8;
  }
  return (seen & 1) + ((seen >> 1) & 1) + ((seen >> 2) & 1) + (seen >> 3);
}

/**
 * Values written in place of a credential in docs, examples and templates: `...`, `xxxx`,
 * `<your-key>`, `${VAR}`, `{{ secret }}`, `%API_KEY%`, "example", "changeme", "redacted"…
 */
export const PLACEHOLDER =
  /\.\.\.|…|x{4,}|X{4,}|\*{3,}|#{4,}|0{8,}|<[^>]*>|\$\{|\{\{|\$Token|^\$|%[A-Za-z_]+%|your|example|changeme|change_me|placeholder|dummy|redacted|sample|replace|insert|fake|lorem|canary|secrets?\.|process\.env|^env\(|TODO|abcdef|123456/i;

export function isPlaceholder(s: string): boolean {
  // A run of one character (case-sensitive: random text has `cCcCcc` now and then).
  return PLACEHOLDER.test(s) || hasRunOf8(s);
}

/** Whether `s` has 8 equal code units in a row, line breaks aside: `/(.)\1{7,}/`, without the regex's backtracking per character. */
function hasRunOf8(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== s.charCodeAt(i - 1) || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) run = 1;
    else if (++run >= 8) return true;
  }
  return false;
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
  const n = s.length;
  if (n < 8) return false;
  for (let period = 1; period <= 8 && 2 * period <= n; period++) {
    // The misses a fit may have: the most m with n - period - m >= 0.9 * (n - period), counted as
    // that test counts, so that a pass stops at the first miss too many (random text: the second).
    const pairs = n - period;
    const minFits = 0.9 * pairs;
    let maxMisses = 0;
    while (pairs - (maxMisses + 1) >= minFits) maxMisses++;
    // The three steps (a repeat, one up, one down) in one pass over the pairs, each with its own
    // count of misses; periods over 4 try a repeat only.
    let repeat = 0;
    let up = period <= 4 ? 0 : maxMisses + 1;
    let down = up;
    for (let i = period; i < n; i++) {
      const d = s.charCodeAt(i) - s.charCodeAt(i - period);
      if (d !== 0) repeat++;
      if (d !== 1) up++;
      if (d !== -1) down++;
      if (repeat > maxMisses && up > maxMisses && down > maxMisses) break;
    }
    if (repeat <= maxMisses || up <= maxMisses || down <= maxMisses) return true;
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
