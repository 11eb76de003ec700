// Generic credential assignments: a string literal assigned to a credential-named key
// (`password = "…"`, `apiKey: '…'`, `DB_PASSWORD=…` in a .env file) whose value looks like a
// credential. A guess, so it is strict: only literals (never a property read, a call, an
// identifier or a template with `${}`), never a known non-secret shape (dotted names such as
// Monaco's `delimiter.square`, colours, UUIDs, labelled hashes, paths, URLs, numbers, words,
// placeholders, a unit repeated or a run such as `A1B2C3D4…`), never on a docs-table line.
// Unquoted values count only where a file's format has them (YAML, .env), and only as
// `key: value` at the start of a line.
import { charClasses, entropy, isPeriodic, isPlaceholder } from './checks';
import { CREDENTIAL_RULES } from './registry';

/** Lower-case substrings every credential-named key contains (the prefilter's keywords). */
export const GENERIC_KEYWORDS = [
  'passw',
  'pwd',
  'passphrase',
  'pass_phrase',
  'secret',
  'token',
  'api_key',
  'api-key',
  'apikey',
  'access_key',
  'access-key',
  'accesskey',
  'auth_key',
  'auth-key',
  'authkey',
  'private_key',
  'private-key',
  'privatekey',
  'credential',
];

/** A credential word that ends a key: `db_password`, `clientSecret`, `GITHUB_TOKEN`, `"api-key"`. Every match begins with one of `GENERIC_KEYWORDS`. */
export const CREDENTIAL_WORD =
  /(?:passw(?:or)?d|pwd|pass_?phrase|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|credential)s?(?![A-Za-z0-9_$])/gi;
/** Keys that hold something about a credential, not the credential: secret_name, tokenUrl, passwordField… */
const NOT_A_CREDENTIAL_KEY =
  /(?:name|names|url|uri|endpoint|type|types|field|path|file|header|param|prefix|suffix|label|length|len|id|ids|ref|env|var|key_id|count|policy|hint|regex|pattern|placeholder|required|expires?(?:_?at)?|ttl|format|mode|kind|version|provider|store|source|scope|icon|class|selector|input|button|hash|digest)$/i;
/** Per ASCII code: 1 for a key's characters (`[\w$.-]`), 2 more for those that may open one (`[A-Za-z_$]`); a table, asked per character of a key. */
const KEY_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  KEY_CLASS[c] = (/[\w$.-]/.test(ch) ? 1 : 0) | (/[A-Za-z_$]/.test(ch) ? 2 : 0);
}
const keyClass = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? KEY_CLASS[c] : 0;
};

/** The start of the key ending at `end` (exclusive): the first letter, `_` or `$` of the run of key characters before it. */
export function keyStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (keyClass(text, i - 1) & 1) !== 0) i--;
  while (i < end && (keyClass(text, i) & 2) === 0) i++;
  return i;
}

/** The key a value starting at `start` is assigned to, read backwards: `stripeKey: 'sk_live_…'` → stripeKey. */
export function keyOf(text: string, start: number): string | undefined {
  let i = start;
  if (i > 0 && /["'`]/.test(text[i - 1])) i--;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const op2 = text.slice(Math.max(0, i - 2), i);
  if (op2 === ':=' || op2 === '=>') i -= 2;
  else if (text[i - 1] === ':' || text[i - 1] === '=') i--;
  else return undefined;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && (text[i - 1] === '"' || text[i - 1] === "'")) i--;
  const ks = keyStart(text, i);
  return ks < i ? text.slice(ks, i) : undefined;
}

/**
 * The names `secretNameFromKey` gave, by key: a file's findings share a handful of keys (`password`
 * 178,000 times in a large .env), and four regex replaces per finding were a tenth of its scan.
 * Emptied when it holds 1,024 keys, so that it stays small in a long-lived server.
 */
const NAME_OF_KEY = new Map<string, string>();

/** `stripeKey` → STRIPE_KEY, `api-key` → API_KEY, `db.password` → DB_PASSWORD. */
export function secretNameFromKey(key: string): string {
  let name = NAME_OF_KEY.get(key);
  if (name === undefined) {
    if (NAME_OF_KEY.size >= 1024) NAME_OF_KEY.clear();
    NAME_OF_KEY.set(key, (name = nameFromKey(key)));
  }
  return name;
}

function nameFromKey(key: string): string {
  const last = key.replace(/^\$/, '').split('.').slice(-2).join('_');
  const snake = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(snake) && snake !== '' ? snake : 'SECRET';
}

/** Values that have a known shape that is not a credential. */
const NON_SECRET: RegExp[] = [
  /^[A-Za-z_$@][\w$-]*(?:\.[\w$-]+)+$/, // dotted names: delimiter.square, keyword.control.ts, @scope.name
  /^#[0-9a-f]{3,8}$/i,
  /^(?:rgba?|hsla?|var)\(/i, // colours
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|sri)[-:=]/i, // labelled hashes (integrity="sha512-…")
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:[a-z]{1,5})$/, // paths and file names
  /^[a-z][a-z0-9+.-]*:\/\//i, // URLs (a password in one is the URL rule's)
  /^[\d\s.,:_+-]+$/, // numbers, dates, versions
  /^[A-Za-z]+(?:[\s_./-][A-Za-z]+)*$/, // words and identifiers: letters only
  /^[a-z]+(?:[A-Z][a-z]+)+\d{0,4}$/,
  /^(?:[A-Z][a-z]+)+\d{0,4}$/, // camelCase, PascalCase words
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // an environment variable's name
  /^(?:[a-z]+|\d+)(?:[-_](?:[a-z]+|\d+))+$/, // kebab/snake words and numbers: my-secret-2
  /[\s\\()[\]{}<>|'"`^]/, // prose, regexes, markup, code
  /[^\x20-\x7e]/, // non-ASCII text
  /%[sdj]|\{\d\}/, // format strings
];

/** Passwords of docs, tests and templates. */
const DOC_PASSWORD =
  /^(?:pass(?:word|wd)?|secret|test(?:ing)?|admin|root|user|qwerty|letmein|foo|bar|baz|demo|guest|default|hunter|welcome|s3cr3t|p@ss(?:w[o0]rd)?|my[-_]?(?:pass(?:word)?|secret)|super[-_]?secret)[-_!.@#]?\d{0,4}[!.]?$/i;

export interface GenericOptions {
  /** Whether unquoted values (`password: hunter2x` in YAML, `TOKEN=…` in .env) count. */
  unquoted: boolean;
}

export interface GenericCandidate {
  start: number;
  end: number;
  key: string;
  kind: 'password' | 'token' | 'API key' | 'secret';
}

/**
 * The provider prefixes among the rules' keywords (`ghp_`, `cfut_`, `glpat-`, `hvs.`): a value
 * that opens with one has that provider's format, and its rule alone judges it. When the rule
 * did not take it (too short, too long: a truncated or mangled token), a guess would only
 * repeat the miss as a generic finding.
 */
const PROVIDER_PREFIX = new RegExp(
  `^(?:${[
    ...new Set(
      CREDENTIAL_RULES.flatMap((r) => r.keywords).filter(
        // Words (`secret_`, `key-`) open values of every kind: only a provider's own spelling counts.
        (k) => k.length >= 4 && /^[a-z][a-z0-9]*[_.-]$/.test(k) && !/^(?:secret|key|token)[_.-]$/.test(k),
      ),
    ),
  ]
    .map((k) => k.replace(/[.]/g, '\\.'))
    .join('|')})`,
  'i',
);

function valueLooksLikeCredential(v: string, isPassword: boolean): boolean {
  if (isPlaceholder(v) || isPeriodic(v) || NON_SECRET.some((re) => re.test(v)) || PROVIDER_PREFIX.test(v)) return false;
  if (isPassword) return v.length >= 8 && v.length <= 128 && charClasses(v) >= 2 && !DOC_PASSWORD.test(v) && entropy(v) >= 2.5;
  // Keys and tokens are base64, hex or URL-safe text: a `?`, `!` or `,` says it is something else.
  if (v.length < 16 || v.length > 512 || !/[0-9]/.test(v) || !/[A-Za-z]/.test(v) || /[^A-Za-z0-9+/=_.~:-]/.test(v)) return false;
  return entropy(v) >= Math.min(3.5, Math.log2(v.length) - 0.7);
}

/** `CREDENTIAL_WORD`, tried at one place. */
const CREDENTIAL_WORD_AT = new RegExp(CREDENTIAL_WORD.source, CREDENTIAL_WORD.flags.replace(/[gy]/g, '') + 'y');

/**
 * The generic credential assignments on one line (`line` holds no line break; offsets are `base + index`).
 * `places`, when given, are the ranges [from, to] (pairs, ascending) where a credential word may
 * begin (where the keyword pass found one): the word is looked for there only, not along the whole line.
 */
export function genericAssignments(line: string, base: number, options: GenericOptions, places?: readonly number[]): GenericCandidate[] {
  const out: GenericCandidate[] = [];
  /** Where the search for the next credential word starts, and the first pair of `places` not behind it. */
  let from = 0,
    w = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    if (!places) {
      CREDENTIAL_WORD.lastIndex = from;
      m = CREDENTIAL_WORD.exec(line);
    } else
      search: for (; w < places.length; w += 2)
        for (let p = Math.max(places[w], from); p <= places[w + 1]; p++) {
          CREDENTIAL_WORD_AT.lastIndex = p;
          m = CREDENTIAL_WORD_AT.exec(line);
          if (m) break search;
        }
    if (!m) break;
    const wordEnd = m.index + m[0].length;
    from = wordEnd;
    const ks = keyStart(line, wordEnd);
    const key = line.slice(ks, wordEnd);
    if (key === '' || NOT_A_CREDENTIAL_KEY.test(key)) continue;
    let i = wordEnd;
    // A quoted key: `"password": …`.
    if (line[i] === '"' || line[i] === "'") {
      if (line[ks - 1] !== line[i]) continue;
      i++;
    }
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line.startsWith(':=', i) || line.startsWith('=>', i)) i += 2;
    else if ((line[i] === ':' || line[i] === '=') && line[i + 1] !== '=') i++;
    else continue;
    while (line[i] === ' ' || line[i] === '\t') i++;
    const q = line[i];
    let start: number, end: number;
    if (q === '"' || q === "'" || q === '`') {
      const close = line.indexOf(q, i + 1);
      if (close < 0) continue;
      start = i + 1;
      end = close;
      // The literal must be the whole value: not `'x' + y`, `'x'.trim()`, `'a' ? b : c`.
      const after = line.slice(close + 1).trimStart();
      if (after !== '' && !/^(?:[,;)}\]]|#|\/\/|\/\*|<\/)/.test(after)) continue;
    } else {
      // Unquoted: YAML and .env only, and only `key: value` at the start of a line.
      if (!options.unquoted || !/^\s*(?:export\s+|-\s+)?["']?$/.test(line.slice(0, ks))) continue;
      start = i;
      const rest = line
        .slice(i)
        .replace(/\s+#.*$/, '')
        .replace(/\s+$/, '');
      end = i + rest.length;
      if (rest === '' || /^[|>&*!%@]/.test(rest)) continue; // YAML block scalars, anchors, aliases, tags
    }
    const value = line.slice(start, end);
    const word = m[0].toLowerCase();
    const isPassword = /passw|pwd|phrase/.test(word);
    if (!valueLooksLikeCredential(value, isPassword)) continue;
    const kind = isPassword ? 'password' : word.startsWith('token') ? 'token' : /api/.test(word) ? 'API key' : 'secret';
    out.push({ start: base + start, end: base + end, key, kind });
    from = Math.max(from, end);
  }
  // A row of a docs table (Markdown `| key | value |`, HTML <td>) is prose about a setting. Asked
  // only of a line with a candidate: on a long line, the search for `<td` is a scan of all of it.
  if (out.length > 0 && (/^\s*\|/.test(line) || (line.includes('<') && /<td\b/i.test(line)))) return [];
  return out;
}
