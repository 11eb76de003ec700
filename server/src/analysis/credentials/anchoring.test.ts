// Patterns tried only where their keywords allow a match to begin find exactly what they find run
// over whole lines: on every rule's samples embedded in long lines, on generated minified-like
// lines dense with every rule's keywords, and on the long lines of the benchmark corpus when it is
// there (`.bench/corpus`, or BENCH_CORPUS; the test does not need it). And the offsets read from a
// pattern hold for what it matches.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keywordOffsets, keywordsCoverEveryMatch } from './anchoring';
import { ANCHORING } from './anchoringTable';
import { anchoringEntries } from '../../../../scripts/build-anchoring';
import { CREDENTIAL_RULES } from './registry';
import { GENERIC_KEYWORDS } from './generic';
import { scanCredentials, type ScanOptions } from './scan';
import type { CredentialSamples } from './types';

const RULES_DIR = join(__dirname, 'rules');
const SAMPLES: Record<string, CredentialSamples> = Object.assign(
  {},
  ...readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.samples.ts'))
    .map((f) => (require(join(RULES_DIR, f)) as { samples: Record<string, CredentialSamples> }).samples),
) as Record<string, CredentialSamples>;

/** A small deterministic generator: the same lines every run, so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWYZabcdefghjkmnpqrstuvwyz0123456789';
const HEX = '0123456789abcdef';
const SEPARATORS = ['', '', ' ', '.', '_', '-', ':', '=', '"', "'", ',', ';', '(', ')', '{', '}', '/', '\t', ': "', " = '", '":"'];
const KEYWORDS = [...new Set([...CREDENTIAL_RULES.flatMap((r) => r.keywords), ...GENERIC_KEYWORDS])];

/**
 * A minified-like line of about `length` characters: every rule's keywords in random case, each
 * followed by random letters, digits or hex of random length (near misses and, now and then,
 * matches), credential-named assignments, and separators between.
 */
function denseLine(length: number, next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const run = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const r = next();
    let p: string;
    if (r < 0.45) {
      const k = pick(KEYWORDS);
      p = [...k].map((c) => (next() < 0.3 ? c.toUpperCase() : c)).join('') + run(next() < 0.5 ? ALNUM : HEX, Math.floor(next() * 90));
    } else if (r < 0.6)
      p = `${pick(['password', 'apiKey', 'token', 'client_secret', 'authToken'])}${pick([':', '=', ': ', ' = '])}"${run(ALNUM, 8 + Math.floor(next() * 40))}"`;
    else if (r < 0.7) p = run(HEX, Math.floor(next() * 70));
    else p = run(ALNUM, Math.floor(next() * 30));
    p += pick(SEPARATORS);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

const OPTIONS: ScanOptions[] = [
  { generic: true, unquoted: false },
  { generic: true, unquoted: true },
  { generic: false, unquoted: false, docs: true },
];

/** The findings of the three strategies, asserted equal; the whole-line ones returned. */
function sameEverywhere(text: string, options: ScanOptions, what: string) {
  const lines = scanCredentials(text, { ...options, strategy: 'lines' });
  assert.deepEqual(scanCredentials(text, { ...options, strategy: 'windows' }), lines, `${what}: windows differ from whole lines`);
  assert.deepEqual(scanCredentials(text, { ...options, strategy: 'auto' }), lines, `${what}: the default differs from whole lines`);
  return lines;
}

describe('keyword offsets read from a pattern', () => {
  it('place a prefix keyword at the start and a later one as far in as the pattern says', () => {
    assert.deepEqual(keywordOffsets(/(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}/g, ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']), {
      min: 0,
      max: 0,
    });
    assert.deepEqual(keywordOffsets(/\d{8,10}:AA[\w-]{33}|telegram[^\r\n]{0,40}?\d{8,10}/gi, [':aa', 'telegram']), { min: 0, max: 10 });
    assert.deepEqual(keywordOffsets(/sk-(?:proj-[\w-]{20,200}T3BlbkFJ|[a-z]{20}T3BlbkFJ)/g, ['t3blbkfj']), { min: 23, max: 208 });
    assert.deepEqual(keywordOffsets(/ops_(?<secret>ey[A-Za-z0-9+/=]{100,1280})/g, ['ops_ey']), { min: 0, max: 0 });
  });

  it('say nothing when a match may lack every keyword or its distance is unbounded', () => {
    // `pat-eu2-` matches, and holds none of the keywords.
    assert.equal(keywordOffsets(/pat-(?:na|eu)\d-[a-f0-9]{8}/g, ['pat-na1-', 'pat-eu1-']), undefined);
    // `secret_access-key` mixes the separators.
    assert.equal(keywordOffsets(/secret[_-]?access[_-]?key/gi, ['secret_access_key', 'secret-access-key']), undefined);
    assert.equal(keywordOffsets(/[01]\.A[\w-]{50,}\.Ag[\w-]{250,}/g, ['.ag']), undefined);
    assert.equal(keywordOffsets(/(?:a|b)+key_/g, ['key_']), undefined);
    // Unicode case folding matches `ſ` to `s`, which the keyword pass does not see.
    assert.equal(keywordOffsets(/sk_[a-z]{8}/giu, ['sk_']), undefined);
  });

  it('prove a keyword is in every match even past unbounded text, and only then', () => {
    // Unbounded text before the keyword: no offsets, but every match holds it.
    assert.equal(keywordsCoverEveryMatch(/[01]\.A[\w-]{50,}\.Ag[\w-]{250,}/g, ['.ag']), true);
    // Backslashes, none or any number: unescaped `"auth"` holds one keyword, every escaped form the other.
    assert.equal(keywordsCoverEveryMatch(/\\*"auth\\*"\s*:/g, ['"auth"', 'auth\\']), true);
    assert.equal(keywordOffsets(/\\*"auth\\*"\s*:/g, ['"auth"', 'auth\\']), undefined);
    assert.equal(keywordsCoverEveryMatch(/\\*"auth\\*"\s*:/g, ['"auth"']), false);
    // Matches that hold none: `vcc_`, `secret_access-key`, `Password = x`, a keyword only in a lookahead.
    assert.equal(keywordsCoverEveryMatch(/vc[picrka]_[A-Za-z0-9]{20}/g, ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_']), false);
    assert.equal(keywordsCoverEveryMatch(/vc[piark]_[A-Za-z0-9]{20}/g, ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_']), true);
    assert.equal(
      keywordsCoverEveryMatch(/secret[_-]?access[_-]?key/gi, ['secret_access_key', 'secret-access-key', 'secretaccesskey']),
      false,
    );
    assert.equal(keywordsCoverEveryMatch(/secret[_-]?access[_-]?key/gi, ['secret_access', 'secret-access', 'secretaccess']), true);
    assert.equal(keywordsCoverEveryMatch(/(?:Password|Pwd)\s*=\s*\S+/gi, ['password=', 'pwd=']), false);
    assert.equal(keywordsCoverEveryMatch(/key_(?=token)/g, ['token']), false);
    assert.equal(keywordsCoverEveryMatch(/sk_[a-z]{8}/giu, ['sk_']), false);
  });

  it("hold for every rule's positive samples: each match has a keyword where the offsets say", () => {
    for (const rule of CREDENTIAL_RULES) {
      const o = keywordOffsets(rule.pattern, rule.keywords);
      if (!o) continue;
      const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
      for (const sample of SAMPLES[rule.id]?.positive ?? []) {
        for (const m of sample.matchAll(re)) {
          const folded = m[0].toLowerCase();
          const at = rule.keywords.flatMap((k) =>
            [...folded.matchAll(new RegExp(k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((x) => x.index),
          );
          assert.ok(
            at.some((i) => i >= o.min && i <= o.max),
            `${rule.id}: a match of a sample has no keyword ${o.min}–${o.max} characters in`,
          );
        }
      }
    }
  });
});

describe('the table of offsets read at build time', () => {
  it('is up to date with every rule (else: npm run build:anchoring)', () => {
    assert.deepEqual(ANCHORING, anchoringEntries(), 'anchoringTable.data.ts is stale: run npm run build:anchoring');
  });

  it('is not used for a rule whose pattern is not the one it was read from: a stale entry costs no finding', () => {
    // Under a known rule's id, a pattern whose keyword sits 20 characters into every match: the
    // table's offsets (0) would try it at the wrong places and find nothing.
    const real = CREDENTIAL_RULES.find((r) => ANCHORING[r.id]?.offsets?.max === 0 && !r.multiline)!;
    const rule = { ...real, pattern: /[a-z]{20}zqxkeyword[0-9]{8}/g, keywords: ['zqxkeyword'], validate: undefined, minEntropy: undefined };
    const line = `${'a, '.repeat(2000)}"abcdefghijklmnopqrstzqxkeyword12345678"${' ,b'.repeat(2000)}`;
    for (const strategy of ['windows', 'auto', 'lines'] as const)
      assert.equal(scanCredentials(line, { generic: false, unquoted: false, rules: [rule], strategy }).length, 1, strategy);
  });
});

describe('the credential scan on long lines', () => {
  it("finds the same in every rule's samples embedded in a long minified line, with windows and over whole lines", () => {
    const next = rng(12);
    for (const rule of CREDENTIAL_RULES) {
      const samples = SAMPLES[rule.id] ?? { positive: [], negative: [] };
      for (const [kind, list] of [
        ['positive', samples.positive],
        ['negative', samples.negative],
      ] as const)
        for (const [i, sample] of list.entries()) {
          const text = `${denseLine(1500, next)} ; ${sample} ; ${denseLine(1500, next)}`;
          const what = `${rule.id} ${kind} sample ${i}`;
          for (const options of OPTIONS) sameEverywhere(text, options, what);
          const alone = sameEverywhere(text, { generic: false, unquoted: true, rules: [rule] }, `${what}, the rule alone`);
          // The credential is still found inside the long line (the filler holds no match of it that could cover the sample).
          if (kind === 'positive') assert.ok(alone.length >= 1, `${what}: not found inside a long line`);
        }
    }
  });

  it('finds the same on generated lines dense with every keyword', () => {
    const next = rng(7);
    const text = Array.from({ length: 4 }, () => denseLine(60_000, next)).join('\n');
    let found = 0;
    for (const options of OPTIONS) found += sameEverywhere(text, options, 'dense lines').length;
    // Generated lines hold credential-named assignments of random values: guesses to agree on.
    assert.ok(found > 0);
  });

  const corpus = process.env.BENCH_CORPUS ?? join(__dirname, '..', '..', '..', '..', '.bench', 'corpus');
  it(
    'finds the same on the long lines of the benchmark corpus, when it is there',
    { skip: !existsSync(corpus) && 'no .bench/corpus' },
    () => {
      const files: string[] = [];
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.isFile() && statSync(p).size > 20_000) files.push(p);
        }
      };
      walk(corpus);
      let budget = 40_000_000;
      for (const f of files) {
        const text = readFileSync(f, 'utf8');
        const long = text.split('\n').filter((l) => l.length >= 10_000);
        if (long.length === 0) continue;
        const lines = long.join('\n');
        for (const options of OPTIONS) sameEverywhere(lines, options, f);
        budget -= lines.length;
        if (budget < 0) break;
      }
    },
  );
});
