// hardcoded-secret: a credential written into a source or config file. Known token shapes
// (Stripe, GitHub, Slack, AWS, Google, OpenAI, Anthropic, Twilio, SendGrid, private keys) are
// found anywhere; other credentials only as high-entropy values assigned to names like token,
// secret, password or api_key. Placeholders (`sk_test_...`, `xxx`, `<your-key>`, `${VAR}`),
// lockfiles and test-fixture folders are not reported. The message names the kind only: the
// credential itself is never repeated in a message, a log or the diagnostic's data.
import type { ParsedDocument } from '../document';
import type { Rule } from '../rule';
import type { AnalysisDiagnostic, OffsetRange } from '../types';

export interface HardcodedFinding {
  kind: string;
  /** The credential's characters in the document. */
  range: OffsetRange;
  /** A secret name for it, from the name it was assigned to or its kind. */
  suggestedName: string;
}

interface KnownShape {
  kind: string;
  name: string;
  re: RegExp;
  /** The part that should look random (for the placeholder check); default the whole match. */
  randomFrom?: number;
}

const KNOWN: KnownShape[] = [
  { kind: 'Stripe', name: 'STRIPE_SECRET_KEY', re: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,}/g, randomFrom: 8 },
  { kind: 'GitHub', name: 'GITHUB_TOKEN', re: /\b(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36,}|\bgithub_pat_[0-9A-Za-z_]{50,}/g, randomFrom: 4 },
  { kind: 'Slack', name: 'SLACK_TOKEN', re: /\bxox[abposr]-[0-9A-Za-z]{6,}(?:-[0-9A-Za-z]{4,})+/g, randomFrom: 5 },
  { kind: 'Slack', name: 'SLACK_WEBHOOK_URL', re: /https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]{6,}\/B[0-9A-Z]{6,}\/[0-9A-Za-z]{20,}/g, randomFrom: 33 },
  { kind: 'AWS', name: 'AWS_ACCESS_KEY_ID', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, randomFrom: 4 },
  { kind: 'Google', name: 'GOOGLE_API_KEY', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, randomFrom: 4 },
  { kind: 'Google', name: 'GOOGLE_CLIENT_SECRET', re: /\bGOCSPX-[0-9A-Za-z_-]{28}(?![0-9A-Za-z_-])/g, randomFrom: 7 },
  { kind: 'Anthropic', name: 'ANTHROPIC_API_KEY', re: /\bsk-ant-[a-z]+\d*-[0-9A-Za-z_-]{32,}/g, randomFrom: 14 },
  { kind: 'OpenAI', name: 'OPENAI_API_KEY', re: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{32,}/g, randomFrom: 3 },
  { kind: 'Twilio', name: 'TWILIO_API_KEY', re: /\bSK[0-9a-f]{32}\b/g, randomFrom: 2 },
  { kind: 'SendGrid', name: 'SENDGRID_API_KEY', re: /\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}(?![0-9A-Za-z_-])/g, randomFrom: 3 },
  { kind: 'private key', name: 'PRIVATE_KEY', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,8000}?(?:-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----|$)/g },
];

/** Matches wherever any of KNOWN can match (each shape's fixed opening, no more). */
const KNOWN_HINT = /\b(?:[sr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[abposr]-|A(?:KIA|SIA|BIA|CCA)[0-9A-Z]{16}|AIza|GOCSPX-|sk-|SK[0-9a-f]{32}|SG\.)|hooks\.slack\.com|-----BEGIN /;

// `name = 'value'`, `name: "value"`, `"name": "value"`, and unquoted `name: value` in YAML / .env
// files. Scanned in linear time: a regex that starts a key at every identifier character, with a
// backreference to the opening quote, costs seconds on one minified line of a bundle. Instead the
// scan starts at a credential word (the only keys reported), reads the key backwards by hand, and
// the value with one alternative per quote.
const VALUE = String.raw`(?:"([^"'\`\s,;]{8,})"|'([^"'\`\s,;]{8,})'|\`([^"'\`\s,;]{8,})\`|([^"'\`\s,;]{8,}))`;
const OPERATOR = String.raw`["']?[ \t]*(?::=|=>|[:=])[ \t]*`;
const CREDENTIAL_ASSIGNMENT = new RegExp(String.raw`(?:token|secret|passw(?:or)?d|pwd|pass_?phrase|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|credential)s?(?![\w$.-])` + OPERATOR + VALUE, 'gi');
const KEY_CHAR = /[\w$.-]/;
const KEY_FIRST = /[A-Za-z_$]/;

/** The start of the key ending at `end` (exclusive): the first letter, `_` or `$` of the run of key characters before it. */
function keyStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && KEY_CHAR.test(text[i - 1])) i--;
  while (i < end && !KEY_FIRST.test(text[i])) i++;
  return i;
}

/** The key a value starting at `start` is assigned to, read backwards: `stripeKey: 'sk_live_…'` → stripeKey. */
function keyOf(text: string, start: number): string | undefined {
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

const CREDENTIAL_KEY = /(?:token|secret|passw(?:or)?d|\bpwd|pass_?phrase|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|client[_-]?secret|private[_-]?key|credential)s?$/i;
/** Keys that hold something about a credential, not the credential: secret_name, tokenUrl, passwordField… */
const NOT_A_CREDENTIAL_KEY = /(?:name|names|url|uri|endpoint|type|field|path|file|header|param|prefix|label|length|len|id|ref|env|var|key_id|count|policy|hint|regex|pattern|placeholder|required|expires?(?:_?at)?|ttl)$/i;

const PLACEHOLDER = /\.\.\.|…|x{3,}|X{3,}|\*{3,}|<[^>]*>|\$\{|\{\{|\$Token|^\$|%[A-Z_]+%|your|example|changeme|change_me|placeholder|dummy|redacted|sample|replace|insert|fake|lorem|canary|secrets?\.|process\.env|^env\(|TODO/i;

const LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Gemfile\.lock|composer\.lock|Pipfile\.lock|go\.sum|[^/]+\.lock)$/i;
const FIXTURE_PATH = /\/(?:__fixtures__|fixtures|testdata|test-data|test_data|__snapshots__|__mocks__)\/|\.snap$|\.min\.js$|\.map$/i;

const MAY_CONTAIN = /sk_|rk_|gh[pousr]_|github_pat_|xox|hooks\.slack|AKIA|ASIA|ABIA|ACCA|AIza|GOCSPX|sk-|SK[0-9a-f]{8}|SG\.|PRIVATE KEY|token|secret|passw|pwd|phrase|api[_-]?key|access[_-]?key|auth[_-]?key|credential/i;

/** Whether a file is one where credentials are expected test data or generated (never reported). */
export function isExemptPath(uri: string): boolean {
  const path = uri.replace(/[?#].*$/, '');
  return LOCKFILE.test(path) || FIXTURE_PATH.test(path);
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) { const p = n / s.length; h -= p * Math.log2(p); }
  return h;
}

function charClasses(s: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(s)).length;
}

function looksRandom(s: string, minEntropy: number): boolean {
  return s.length > 0 && !PLACEHOLDER.test(s) && entropy(s) >= minEntropy;
}

/** `stripeKey` → STRIPE_KEY, `api-key` → API_KEY, `db.password` → DB_PASSWORD. */
export function secretNameFromKey(key: string): string {
  const last = key.replace(/^\$/, '').split('.').slice(-2).join('_');
  const snake = last.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return /^[A-Z_]/.test(snake) && snake !== '' ? snake : 'SECRET';
}

/** Where a private key may begin: the only shape that spans lines. */
const MULTI_LINE = '-----BEGIN ';

/**
 * The credentials in the document, or in [lines.start, lines.end) only (a run of whole lines,
 * in a document without a private key: every other shape and assignment lies on one line).
 */
export function findHardcoded(doc: ParsedDocument, lines?: OffsetRange): HardcodedFinding[] {
  if (isExemptPath(doc.uri)) return [];
  const base = lines?.start ?? 0;
  const found = findIn(lines ? doc.lines(lines.start, lines.end) : doc.text, doc.kind === 'yaml' || doc.kind === 'text');
  if (base !== 0) for (const f of found) f.range = { start: f.range.start + base, end: f.range.end + base };
  return found;
}

function findIn(text: string, unquotedOk: boolean): HardcodedFinding[] {
  if (!MAY_CONTAIN.test(text)) return [];
  const found: HardcodedFinding[] = [];
  const overlaps = (r: OffsetRange): boolean => found.some((f) => f.range.start < r.end && r.start < f.range.end);

  // Known shapes are found first, so an assignment of one is reported with its kind.
  const assignments: Array<{ key: string; start: number; value: string; quoted: boolean }> = [];
  CREDENTIAL_ASSIGNMENT.lastIndex = 0;
  for (let m = CREDENTIAL_ASSIGNMENT.exec(text); m; m = CREDENTIAL_ASSIGNMENT.exec(text)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4];
    const quoted = m[4] === undefined;
    const start = m.index + m[0].length - value.length - (quoted ? 1 : 0);
    let wordEnd = m.index;
    while (KEY_CHAR.test(text[wordEnd])) wordEnd++;
    const ks = keyStart(text, wordEnd);
    assignments.push({ key: text.slice(ks, wordEnd), start, value, quoted });
    // Let the next search start inside this value: `a: "x", password: "y"` on one line.
    CREDENTIAL_ASSIGNMENT.lastIndex = start;
  }

  // One pass tells whether any known shape can be in the text at all: twelve passes over every
  // file were most of a CLI run's time, and only a handful of files in a thousand pass this.
  for (const shape of KNOWN_HINT.test(text) ? KNOWN : []) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(text); m; m = shape.re.exec(text)) {
      const value = m[0];
      const random = value.slice(shape.randomFrom ?? 0);
      if (shape.kind === 'private key') {
        // A key with a body: the armour alone (docs, a regex) is not a credential.
        const body = value.replace(/-----[A-Z ]+-----/g, '').replace(/\\n|\s/g, '');
        if (body.length < 64 || PLACEHOLDER.test(body)) continue;
      } else if (!looksRandom(random, 3) || /EXAMPLE$/.test(value)) continue;
      const range = { start: m.index, end: m.index + value.length };
      if (overlaps(range)) continue;
      const key = keyOf(text, m.index);
      // `stripeKey: 'sk_live_…'` names itself; a bare `key:` or `value:` says less than the shape does.
      const suggestedName = key && !/^(?:key|value|val|v|secret|token|data|default|password|apiKey|api_key)$/i.test(key) ? secretNameFromKey(key) : shape.name;
      found.push({ kind: shape.kind, range, suggestedName });
    }
  }

  for (const a of assignments) {
    const key = a.key.replace(/^["']/, '');
    if (!CREDENTIAL_KEY.test(key) || NOT_A_CREDENTIAL_KEY.test(key)) continue;
    if (!a.quoted && !unquotedOk) continue;
    const v = a.value;
    if (/^[A-Za-z]+(?:[_-][A-Za-z]+)*$/.test(v)) continue; // a word or an identifier: a name, not a credential
    if (/:\/\/|^\.{0,2}\//.test(v)) continue; // a URL or a path
    const isPassword = /passw|pwd|phrase/i.test(key);
    const ok = isPassword
      ? v.length >= 8 && charClasses(v) >= 2 && looksRandom(v, 2.5)
      : v.length >= 16 && charClasses(v) >= 2 && looksRandom(v, 3.2);
    if (!ok) continue;
    const range = { start: a.start, end: a.start + v.length };
    if (overlaps(range)) continue;
    const kind = isPassword ? 'password' : /token/i.test(key) ? 'token' : /api[_-]?key|apikey/i.test(key) ? 'API key' : 'secret';
    found.push({ kind, range, suggestedName: secretNameFromKey(key) });
  }
  return found.sort((a, b) => a.range.start - b.range.start);
}

export function hardcodedMessage(kind: string): string {
  return `Hardcoded ${kind} credential: store it as a secret`;
}

function diagnostic(f: HardcodedFinding): AnalysisDiagnostic {
  return {
    code: 'hardcoded-secret',
    severity: 'warning',
    message: hardcodedMessage(f.kind),
    range: f.range,
    data: { kind: f.kind, suggestedName: f.suggestedName },
  };
}

export const hardcodedSecretRule: Rule = {
  id: 'hardcodedSecret',
  codes: ['hardcoded-secret'],
  check: (ctx) => findHardcoded(ctx.doc).map(diagnostic),
  lineLocal: (doc) => !doc.has(MULTI_LINE),
  checkLines: (ctx, start, end) => findHardcoded(ctx.doc, { start, end }).map(diagnostic),
};
