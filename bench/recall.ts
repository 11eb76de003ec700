// `npm run bench:recall`: recall and false positives of hardcoded-secret on two labelled sets
// written by others, read at run time from bare git copies of their repositories (never committed):
//
// - secretlint's rule snapshots: `packages/@secretlint/secretlint-rule-*/test/snapshots/*/input*`,
//   for the rules of its recommended preset. A snapshot whose output.json has messages is
//   labelled: each message's range is a credential we should cover. One without messages (ok.*)
//   should give no finding. SECRETLINT_REPO (default /work/.mirror/secretlint+secretlint/repo).
// - trufflehog's detector pattern tests (`pkg/detectors/<service>/*_test.go`, not the
//   integration tests) of the services SecretRef claims: each test case's `input` with a non-empty
//   `want` should give a finding on one of the wanted strings; one with an empty `want` none.
//   TRUFFLEHOG_REPO (default /work/.mirror/trufflesecurity+trufflehog/repo).
//
// Fetch them with the `fetch` tool or `git clone --bare`. Only labels, rule names, counts and the
// reasons written below (DISPUTED, NOT_A_REAL_CREDENTIAL) are printed, never a sample's text.
import { execFileSync } from 'node:child_process';
import { ParsedDocument } from '../server/src/analysis/document';
import { findHardcoded } from '../server/src/analysis/rules/hardcodedSecret';

const SECRETLINT = process.env.SECRETLINT_REPO ?? '/work/.mirror/secretlint+secretlint/repo';
const TRUFFLEHOG = process.env.TRUFFLEHOG_REPO ?? '/work/.mirror/trufflesecurity+trufflehog/repo';
const VERBOSE = process.env.RECALL_VERBOSE === '1';
const out = (s: string) => process.stdout.write(s + '\n');

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The ranges hardcoded-secret reports in `text`, analysed as a file named `name`. */
function findings(name: string, text: string): Array<[number, number]> {
  const doc = new ParsedDocument({ uri: `file:///recall/${name}`, text });
  return findHardcoded(doc).map((f) => [f.range.start, f.range.end]);
}

interface Tally {
  expected: number;
  found: number;
  okFiles: number;
  okWithFindings: number;
  misses: string[];
  /** Misses whose value no real credential has, with the reason (see NOT_A_REAL_CREDENTIAL). */
  explained: string[];
  falsePositives: string[];
  /** Negatives not counted, with the reason (see DISPUTED). */
  disputed: string[];
}
const tally = (): Tally => ({
  expected: 0,
  found: 0,
  okFiles: 0,
  okWithFindings: 0,
  misses: [],
  explained: [],
  falsePositives: [],
  disputed: [],
});

function report(title: string, t: Tally, targets = true): void {
  const recall = (100 * t.found) / Math.max(1, t.expected);
  const fp = (100 * t.okWithFindings) / Math.max(1, t.okFiles);
  const [rt, ft] = targets ? [' (target ≥ 95%)', ' (target ≤ 2%)'] : ['', ''];
  out(
    `${title}: recall ${t.found}/${t.expected} = ${recall.toFixed(1)}%${rt}, false positives ${t.okWithFindings}/${t.okFiles} = ${fp.toFixed(1)}%${ft}`,
  );
  if (t.misses.length) out(`  missed: ${t.misses.join(', ')}`);
  if (t.explained.length) {
    out(`  misses no real credential could be (${t.explained.length} of ${t.expected - t.found}; counted as misses):`);
    for (const d of t.explained) out(`    ${d}`);
  }
  if (t.falsePositives.length) out(`  false positives: ${t.falsePositives.join(', ')}`);
  if (t.disputed.length) {
    out(`  negatives not counted (${t.disputed.length}; credential-shaped values the detector drops by policy or verification):`);
    for (const d of t.disputed) out(`    ${d}`);
  }
}

// --- secretlint -------------------------------------------------------------------------------

/** Rules of the preset that are not about a credential's format. */
const NOT_CREDENTIAL_RULES = new Set(['filter-comments', 'preset-recommend']);

function secretlint(): Tally {
  const preset = git(SECRETLINT, 'show', 'HEAD:packages/@secretlint/secretlint-rule-preset-recommend/src/index.ts');
  const rules = new Set([...preset.matchAll(/secretlint-rule-([a-z0-9-]+)/g)].map((m) => m[1]).filter((r) => !NOT_CREDENTIAL_RULES.has(r)));
  const files = git(SECRETLINT, 'ls-tree', '-r', '--name-only', 'HEAD', 'packages/@secretlint/').split('\n');
  const t = tally();
  for (const f of files) {
    const m = /^packages\/@secretlint\/secretlint-rule-([^/]+)\/test\/snapshots\/([^/]+)\/(input[^/]*)$/.exec(f);
    // Binary PKCS#12 inputs, and snapshots of secretlint's own options (allow-lists, switches) we have no equivalent of.
    if (!m || !rules.has(m[1]) || /\.p12$/.test(m[3]) || /allows|options|--/.test(m[2])) continue;
    const [, rule, snapshot, input] = m;
    let expected: Array<{ range: [number, number]; messageId?: string }>;
    try {
      expected = (
        JSON.parse(git(SECRETLINT, 'show', `HEAD:${f.replace(/[^/]+$/, 'output.json')}`)) as {
          messages: Array<{ range: [number, number]; messageId?: string }>;
        }
      ).messages;
    } catch {
      continue; // no labels
    }
    const text = git(SECRETLINT, 'show', `HEAD:${f}`);
    const got = findings(`${rule}/${snapshot}/${input}`, text);
    if (expected.length === 0) {
      t.okFiles++;
      if (got.length > 0) {
        t.okWithFindings++;
        t.falsePositives.push(`${rule}/${snapshot}`);
      }
      continue;
    }
    for (const e of expected) {
      t.expected++;
      if (got.some(([s, en]) => s < e.range[1] && e.range[0] < en)) t.found++;
      else t.misses.push(`${rule}/${snapshot}${e.messageId ? ` (${e.messageId})` : ''}`);
    }
  }
  return t;
}

// --- trufflehog -------------------------------------------------------------------------------

/** trufflehog detectors of the services SecretRef claims (issue 12's list), by folder. */
export const TRUFFLEHOG_SERVICES = [
  'aws',
  'gcp',
  'azure_storage',
  'azuresastoken',
  'azure_entra',
  'github',
  'gitlab',
  'bitbucketapppassword',
  'slack',
  'slackwebhook',
  'discordbottoken',
  'discordwebhook',
  'telegrambottoken',
  'microsoftteamswebhook',
  'stripe',
  'paypaloauth',
  'braintreepayments',
  'square',
  'squareapp',
  'shopify',
  'sendgrid',
  'mailgun',
  'mailchimp',
  'postmark',
  'openai',
  'openaiadmin',
  'anthropic',
  'huggingface',
  'openrouter',
  'groq',
  'datadogtoken',
  'datadogapikey',
  'newrelicpersonalapikey',
  'sentrytoken',
  'sentryorgtoken',
  'grafana',
  'grafanaserviceaccount',
  'npmtoken',
  'npmtokenv2',
  'pypi',
  'nugetapikey',
  'dockerhub',
  'okta',
  'auth0managementapitoken',
  'auth0oauth',
  'jwt',
  'privatekey',
  'uri',
  'postgres',
  'mongodb',
  'redis',
  'jdbc',
  'ftp',
  'ldap',
  'rabbitmq',
  'twilio',
  'twilioapikey',
  'atlassian',
  'airtablepersonalaccesstoken',
  'asanapersonalaccesstoken',
  'algoliaadminkey',
  'salesforce',
  'zendeskapi',
  'linearapi',
  'notion',
  'vercel',
  'tailscale',
  'databrickstoken',
  'hashicorpvault',
  'figmapersonalaccesstoken',
  'cloudflareapitoken',
  'digitaloceanv2',
  'pulumi',
  'postman',
];

/**
 * Other trufflehog detectors of the same services (another kind of credential, or the same one
 * paired with an id or a host): not in the target set yet, measured and printed apart so that the
 * gap is in view. Several are pair detectors whose negatives are a lone well-formed secret.
 */
export const TRUFFLEHOG_SAME_SERVICES = [
  'docker',
  'github_oauth2',
  'githubapp',
  'gitlaboauth2',
  'sqlserver',
  'azureappconfigconnectionstring',
  'gcpapplicationdefaultcredentials',
  'newreliclicensekey',
  'newrelicuserkey',
  'newrelicbrowserkey',
  'newrelicinsightsinsertkey',
  'newrelicinsightsquerykey',
  'newrelicmobileapptoken',
  'shopifyoauth',
  'salesforceoauth2',
  'salesforcerefreshtoken',
  'airtableoauth',
  'asanaoauth',
  'atlassiandatacenter',
  'hashicorpvaultauth',
  'cloudflareglobalapikey',
  'cloudflarecakey',
  'digitaloceantoken',
];

/**
 * Negative cases (empty `want`) of trufflehog's tests that hold a credential-shaped value, which
 * its detector drops for a reason a scanner without network access cannot share: it would have
 * to verify the value online, or the detector's policy is to report the value only beside another
 * part. They are left out of the false-positive count and listed with the reason (and whether
 * hardcoded-secret reports them). The relabelling rule: a negative is listed here only when the
 * same value is labelled a credential elsewhere (in the same test file or in secretlint's set),
 * or when trufflehog's source says it drops the value for want of verification. Nothing here
 * changes a positive case.
 */
const DISPUTED: Record<string, string> = {
  'aws/session_keys: invalid pattern':
    "a lone access key id (the same ASIA… id is a positive case's in this file); trufflehog reports ids only with a well-formed secret, secretlint labels a lone id a finding (ng.AWSAccessKeyID)",
  'bitbucketapppassword: valid app password by itself (should not be found)':
    'an app password (ATBB…) is the secret; trufflehog reports it only with a user name, because it verifies the pair online',
  'bitbucketapppassword: pair with invalid username':
    'the same ATBB… app password; trufflehog drops it because the user name beside it is longer than Bitbucket allows, which says nothing of the password',
  'openaiadmin: regular OpenAI key should not match':
    "a regular OpenAI key, a positive of trufflehog's openai detector: negative only for the admin-key detector",
  'openaiadmin: project key should not match':
    "an OpenAI project key, a positive of trufflehog's openai detector: negative only for the admin-key detector",
  'jwt: HS256/valid':
    "trufflehog skips every HMAC-signed JWT because it cannot verify the signature (jwt.go: 'totally skip HMAC-based JWTs')",
  'jwt: HS384/valid/no-expiration': 'HMAC-signed JWT, skipped by trufflehog for want of the key to verify it',
  'jwt: HS512/valid/no-expiration': 'HMAC-signed JWT, skipped by trufflehog for want of the key to verify it',
  'jwt: HS256/expired': 'HMAC-signed JWT, skipped by trufflehog for want of the key to verify it',
  'jwt: HS256/not-yet-valid': 'HMAC-signed JWT, skipped by trufflehog for want of the key to verify it',
  'jwt: expired token - results should be skipped when skipUnverified is true':
    'the same token is the positive of the next case; dropped only under the drop-unverified-JWT-results flag after an online check',
  'hashicorpvault/hashicorpvaultbatchtoken: token only, no URL':
    'a batch token (hvb.…) of the shape the positive cases hold; the detector emits a token only paired with an HCP Vault address it can verify it against',
  'redis: invalid pattern':
    "the same Azure Cache for Redis key as the positive case; trufflehog's pattern takes only the TLS form (port 6380, ssl=True), the key is as live on 6381",
};

/**
 * Positive cases hardcoded-secret misses by design, with the reason: the labelled value breaks its
 * provider's documented format or is a placeholder, so no credential the service issues has it.
 * They stay in the recall figure as misses; the script prints the reason beside each, and a miss
 * without one is a gap to close. A reason names the format's source, as the rule files do.
 * Where a prefix names one provider alone and nothing else is written so (Postman's PMAK-,
 * Grafana's glsa_, Pulumi's pul-), the rule accepts the body trufflehog's detector accepts, and
 * those samples are found. A format stays strict where its check is what tells a token from an
 * identifier (npm_'s checksum) or where the prefix alone is not the provider's (Twilio's SK,
 * Tailscale's tskey- types, Square's sq0).
 */
const NOT_A_REAL_CREDENTIAL: Record<string, string> = {
  'gcp: valid pattern':
    'the service-account file holds no key: private_key is the 24-character PKCS#8 header every RSA key opens with, cut off with "...", and private_key_id has 19 characters where Google issues 40 hex',
  'squareapp: valid pattern - with keyword squareapp':
    "prefixes Square does not issue (sq0ige-, sq0cvn-; Square's OAuth credentials are sq0idp-/sq0csp-, sandbox-sq0idb-/sandbox-sq0csb-), and the secret is the tail of a longer token (…fsq0cvn-…), found only by trufflehog's unanchored pattern",
  'npmtokenv2: valid pattern - with keyword npmtokenv2':
    'the last 6 characters are not the base-62 CRC-32 of the 30 before them, which every npm_ token carries (github.blog, "Announcing npm\'s new access token format"; secretlint\'s npm sample passes the same check)',
  'uri: valid pattern - do not process duplicate':
    'http://username:password@…: the words themselves, the placeholder of every URL example (secretlint-rule-basicauth ignores "password" as a password too)',
  'jdbc: trailing non-alphanumeric characters in password':
    'the password is the word "password" with $ and 0 for some letters, ending in "...", the elision docs write: both mark a docs example (the ADSI bind-password rule drops that spelling too)',
  'twilioapikey: valid pattern - with keyword twilio':
    'the key SID is SK + 32 characters with k in them ("fake" is written into it twice), where Twilio issues SK + 32 hex (AWS Secrets Manager\'s Twilio API key type: "SK followed by 32 hexadecimal characters"); the secret beside it has "thisisfake" written into it. An API secret assigned to a credential-named key is found by the generic pass',
  'tailscale: valid pattern - with keyword tailscale':
    'tskey-{type}-{id}-{secret} with a type Tailscale does not issue (its types are api, auth, client, scim, webhook: tailscale.com/docs/reference/key-prefixes) and a 93-character id with _ in it (secretlint-rule-tailscale bounds it to 8–40)',
};

/**
 * Detectors whose result is named by the public half of a pair, emitted only when the secret half
 * is in the same input: the want lists the public half, and a finding on the secret half (as the
 * detector's own pattern finds it) is a finding of that result. hardcoded-secret reports the
 * secret, never the public identifier.
 */
const PAIRED_SECRET: Record<string, RegExp> = {
  // squareapp.go: a result per application id (`sq0i…`, public: Square's Web Payments SDK runs it in
  // the browser) paired with a secret (`sq0c…`) of the same environment; none without a secret.
  squareapp: /(?:sandbox-)?sq0c[a-z]{2}-[0-9A-Za-z_-]{40,50}/g,
};

/**
 * The string values of a Go test file's expressions, for the subset detector tests use: string
 * literals, names of string variables and constants, `+`, fmt.Sprintf and strings.Repeat.
 * Anything else is unknown (undefined) and its test case is skipped.
 */
export class GoStrings {
  private readonly defs = new Map<string, string | undefined>();
  /** Variables holding a `[]string{…}` (dockerhub's and digitaloceanv2's `want: secrets`). */
  private readonly lists = new Map<string, string[] | undefined>();
  constructor(private readonly src: string) {
    // `name = expr` / `name string = expr` at the start of a line (var/const blocks and single declarations).
    for (const m of src.matchAll(/^[ \t]*(?:(?:var|const)[ \t]+)?([A-Za-z_]\w*)(?:[ \t]+string)?[ \t]*=[ \t]*/gm)) {
      if (this.defs.has(m[1]) || this.lists.has(m[1])) continue;
      const at = m.index + m[0].length;
      if (src.startsWith('[]string{', at)) this.lists.set(m[1], this.stringList(at)?.values);
      else this.defs.set(m[1], this.expr(at)?.value);
    }
  }

  /** The strings of a `[]string{…}` literal at `at`, or undefined when one of them is not understood. */
  private stringList(at: number): { values: string[]; end: number } | undefined {
    const values: string[] = [];
    let i = at + '[]string{'.length;
    for (;;) {
      i = this.ws(i);
      if (this.src[i] === '}') return { values, end: i + 1 };
      const x = this.expr(i);
      if (!x || x.value === undefined) return undefined;
      values.push(x.value);
      i = this.ws(x.end);
      if (this.src[i] === ',') i++;
    }
  }

  private ws(i: number): number {
    while (i < this.src.length && /\s/.test(this.src[i])) i++;
    return i;
  }

  expr(at: number): { value: string | undefined; end: number } | undefined {
    let p = this.primary(this.ws(at));
    if (!p) return undefined;
    let value = p.value;
    for (;;) {
      const i = this.ws(p.end);
      if (this.src[i] !== '+') return { value, end: p.end };
      const q = this.primary(this.ws(i + 1));
      if (!q) return { value: undefined, end: i + 1 };
      value = value !== undefined && q.value !== undefined ? value + q.value : undefined;
      p = q;
    }
  }

  private args(at: number): { values: Array<string | undefined>; end: number } | undefined {
    const values: Array<string | undefined> = [];
    let i = this.ws(at);
    if (this.src[i] === ')') return { values, end: i + 1 };
    for (;;) {
      const e = this.expr(i);
      if (!e) return undefined;
      values.push(e.value);
      i = this.ws(e.end);
      if (this.src[i] === ',') {
        i = this.ws(i + 1);
        if (this.src[i] === ')') return { values, end: i + 1 };
        continue;
      }
      if (this.src[i] === ')') return { values, end: i + 1 };
      return undefined;
    }
  }

  private primary(i: number): { value: string | undefined; end: number } | undefined {
    const s = this.src;
    if (s[i] === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      const raw = s.slice(i, j + 1);
      let value: string | undefined;
      try {
        value = JSON.parse(raw.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\'/g, "'")) as string;
      } catch {
        value = undefined;
      }
      return { value, end: j + 1 };
    }
    if (s[i] === '`') {
      const j = s.indexOf('`', i + 1);
      return { value: s.slice(i + 1, j), end: j + 1 };
    }
    const id = /^[A-Za-z_][\w.]*/.exec(s.slice(i, i + 200));
    if (!id) return undefined;
    const end = i + id[0].length;
    if (s[end] === '(') {
      const a = this.args(end + 1);
      if (!a) return undefined;
      if (id[0] === 'fmt.Sprintf' && a.values[0] !== undefined && a.values.every((v) => v !== undefined)) {
        let k = 1;
        const value = a.values[0].replace(/%%|%[-+# 0-9.]*[svqd]/g, (f) =>
          f === '%%' ? '%' : f.endsWith('q') ? JSON.stringify(a.values[k++]) : String(a.values[k++]),
        );
        return { value, end: a.end };
      }
      if (id[0] === 'strings.Repeat' && a.values[0] !== undefined) {
        const n = Number(
          s
            .slice(end + 1, a.end - 1)
            .split(',')
            .pop(),
        );
        return { value: Number.isInteger(n) ? a.values[0].repeat(n) : undefined, end: a.end };
      }
      return { value: undefined, end: a.end };
    }
    return { value: this.defs.get(id[0]), end };
  }

  /** The test cases: each `input:` with the `want:` after it (before the next `input:`). */
  cases(): Array<{ name: string; input: string; want: string[] }> {
    const out: Array<{ name: string; input: string; want: string[] }> = [];
    // Cases commented out (`// input: …`) are not tests.
    const inputs = [...this.src.matchAll(/\binput:\s*/g)].filter(
      (m) => !/^\s*\/\//.test(this.src.slice(this.src.lastIndexOf('\n', m.index) + 1, m.index)),
    );
    inputs.forEach((m, n) => {
      const e = this.expr(m.index + m[0].length);
      if (!e || e.value === undefined) return;
      const limit = n + 1 < inputs.length ? inputs[n + 1].index : this.src.length;
      const seg = this.src.slice(e.end, limit);
      const w = /\bwant:\s*/.exec(seg);
      if (!w) return;
      // A case its test skips (`skip: true`) is not a label.
      if (/\bskip:\s*true\b/.test(seg)) return;
      const at = e.end + w.index + w[0].length;
      let want: string[];
      const named = /^[A-Za-z_]\w*/.exec(this.src.slice(at, at + 100))?.[0];
      if (this.src.startsWith('nil', at)) want = [];
      else if (this.src.startsWith('[]string{', at)) {
        const list = this.stringList(at);
        if (!list) return;
        want = list.values;
      } else if (named !== undefined && this.lists.get(named) !== undefined) want = this.lists.get(named)!;
      else return; // another shape of expectation: not understood, not counted
      const nameM = /name:\s*"([^"]*)"/.exec(
        this.src
          .slice(Math.max(0, m.index - 400), m.index)
          .split(/\{\s*\n/)
          .pop() ?? '',
      );
      out.push({ name: nameM?.[1] ?? `case ${n + 1}`, input: e.value, want });
    });
    return out;
  }
}

function decoded(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function trufflehog(services: readonly string[]): Tally {
  const t = tally();
  for (const service of services) {
    const files = git(TRUFFLEHOG, 'ls-tree', '-r', '--name-only', 'HEAD', `pkg/detectors/${service}/`)
      .split('\n')
      .filter((f) => f.endsWith('_test.go') && !f.endsWith('_integration_test.go'));
    for (const f of files) {
      const go = new GoStrings(git(TRUFFLEHOG, 'show', `HEAD:${f}`));
      for (const c of go.cases()) {
        // A file without an extension: trufflehog's inputs are snippets of every language and format.
        const got = findings(`${service}/input`, c.input);
        const label = `${service}: ${c.name}`;
        // Keyed by the test file's folder too where a service has several (aws/session_keys).
        const disputed = DISPUTED[`${f.replace(/^pkg\/detectors\/|\/[^/]+$/g, '')}: ${c.name}`];
        if (disputed !== undefined && c.want.length === 0) {
          t.disputed.push(`${label}${got.length > 0 ? ' (reported)' : ''}: ${disputed}`);
          continue;
        }
        if (c.want.length === 0) {
          t.okFiles++;
          if (got.length > 0) {
            t.okWithFindings++;
            t.falsePositives.push(label);
          }
          continue;
        }
        t.expected++;
        // Found when a finding lies in one of the wanted strings' places, or (a wanted string made
        // of parts, `id:secret`, is not in the input as such) when the found text is one of its parts.
        const places = c.want.flatMap((w) => {
          const i = c.input.indexOf(w);
          return i < 0 ? [] : [[i, i + w.length] as [number, number]];
        });
        const isPart = (found: string) =>
          c.want.some((w) => {
            // Escapes aside: a key in a JSON string inside JSON is found with its doubled backslashes.
            const [bare, wanted] = [found, w].map((x) => x.replace(/\\/g, ''));
            // A part may be URL-encoded in the want (sqlserver writes its want as a `sqlserver://user:password@host` URL).
            const parts = wanted.split(/[\t:@]/);
            return (
              parts.includes(bare) ||
              parts.some((p) => p.includes('%') && decoded(p) === bare) ||
              (bare.length >= 8 && wanted.includes(bare))
            );
          });
        const pair = PAIRED_SECRET[service];
        if (pair) for (const m of c.input.matchAll(pair)) places.push([m.index, m.index + m[0].length]);
        const hit = got.some(([s, e]) => places.some(([ps, pe]) => s < pe && ps < e) || isPart(c.input.slice(s, e)));
        if (hit) t.found++;
        else {
          t.misses.push(label);
          const why = NOT_A_REAL_CREDENTIAL[`${f.replace(/^pkg\/detectors\/|\/[^/]+$/g, '')}: ${c.name}`];
          if (why !== undefined) t.explained.push(`${label}: ${why}`);
        }
      }
    }
  }
  return t;
}

function main(): void {
  const sl = secretlint();
  const th = trufflehog(TRUFFLEHOG_SERVICES);
  const more = trufflehog(TRUFFLEHOG_SAME_SERVICES);
  out(`recall of hardcoded-secret (${new Date().toISOString().slice(0, 16)}Z)`);
  out(
    `secretlint at ${git(SECRETLINT, 'rev-parse', '--short', 'HEAD').trim()}, trufflehog at ${git(TRUFFLEHOG, 'rev-parse', '--short', 'HEAD').trim()}`,
  );
  if (!VERBOSE) {
    sl.misses.splice(40);
    th.misses.splice(60);
    more.misses.splice(60);
  }
  report("secretlint's snapshots (recommended preset's credential rules)", sl);
  report(`trufflehog's pattern tests (${TRUFFLEHOG_SERVICES.length} services)`, th);
  report(`trufflehog's other detectors of those services, outside the target set (${TRUFFLEHOG_SAME_SERVICES.length})`, more, false);
}

if (require.main === module) main();
