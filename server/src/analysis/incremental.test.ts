import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeDocument, type AnalysisResult } from './analyze';
import { ParsedDocument } from './document';
import { analyzeAfterEdits } from './incremental';
import type { TextChange } from './text/textChange';
import { StoreSnapshot } from './model/store';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './model/types';
import { fakeCredential, randomText } from '../../../test/util/credentials';

const NOW = new Date('2026-06-01T12:00:00Z');
const STORE = new StoreSnapshot([
  { name: 'STRIPE_KEY', hasValue: true, scope: ['billing'] },
  { name: 'CRM_TOKEN', hasValue: true, envs: ['prd'] },
  { name: 'OLD_KEY', hasValue: true, expiresAt: '2026-05-01' },
  { name: 'SOON_KEY', hasValue: true, expiresAt: '2026-06-05' },
  { name: 'EMPTY_KEY', hasValue: false },
]);

const TS = [
  "import { actions } from './sdk';",
  'export const apps = [',
  "  { access_tag: 'billing', envs: [{ app_env_slug: 'prd', auth: { key: '$Token{STRIPE_KEY}' } }] },",
  "  { app: 'crm', headers: { 'X-Key': '{{Secrets.CRM_TOKEN}}', note: 'plain $Token{STRIPE_KEY} text' } },",
  '  // a comment with $Token{OLD_KEY} and {{ secrets.soon_key }}',
  "  { env: 'dev', url: `https://example.test/$Token{CRM_TOKEN}`, retries: 3, k: '$Token{EMPTY_KEY}' },",
  '];',
  "actions.run({ app: 'analytics', env: 'prd' }, { input: '$Token{STRIPE_KY}', label: '$Token<stripe_key>' });",
  "const loose = { key: '$Token{LOOSE_KEY}', bad: '$Token{has space}' };",
  "const typing = '$Token{STRI",
  // Credentials made at run time (the repository holds none): the hardcoded-secret rule, line by line.
  `const stripe = { apiKey: '${fakeCredential('Stripe')}', note: 'x' };`,
  `const db = { password: '${randomText(12)}A1!', gh: "${fakeCredential('GitHub')}" };`,
  '',
].join('\n');

const PRIVATE_KEY = ['-----BEGIN ' + 'RSA PRIVATE KEY-----', randomText(64), randomText(64), '-----END RSA PRIVATE KEY-----'].join('\n');

const MD = `Rotate $Token{STRIPE_KEY} monthly.\nAlso {{Secrets.CRM_TOKEN}} and $Token{NOPE}.\n\n<<Secrets.old_key>>\ntoken: ${randomText(24)}\n`;

/** Small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

// Mostly what typing a name is (letters, digits, blanks), and now and then what changes structure.
const WORDS = ['X', '_', '1', 'K', 'E', 'Y', ' ', '  ', '', 'STRIPE_KEY', 'env'];
const STRUCTURE = [
  '\n',
  '$Token{',
  '}',
  "'",
  '{{Secrets.',
  '}}',
  "app: 'billing', ",
  ',',
  '// secretref-disable-next-line\n',
  ' // secretref-disable-line no-value',
];

function apply(text: string, e: TextChange): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

/** Edits as an editor sends them while someone types: mostly near the last one, sometimes elsewhere. */
function session(uri: string, initial: string, seed: number, settings: AnalysisSettings, store: StoreSnapshot = STORE) {
  const rnd = random(seed);
  let text = initial;
  let parsed = new ParsedDocument({ uri, text });
  let analysed = { doc: parsed, result: analyzeDocument(parsed, store, settings, NOW), now: NOW };
  let since: TextChange[] = [];
  let cursor = Math.floor(text.length / 2);
  let carried = 0,
    compared = 0;
  for (let step = 0; step < 400; step++) {
    if (rnd() < 0.15) cursor = Math.floor(rnd() * (text.length + 1));
    const removing = rnd() < 0.3 ? Math.min(Math.floor(rnd() * 3), text.length - cursor) : 0;
    const pool = rnd() < 0.8 ? WORDS : STRUCTURE;
    const edit: TextChange = { start: cursor, end: cursor + removing, text: pool[Math.floor(rnd() * pool.length)] };
    text = apply(text, edit);
    cursor = edit.start + edit.text.length;
    since.push(edit);
    parsed = new ParsedDocument({ uri, text }, undefined, { doc: parsed, edits: [edit] });
    // Completion parses some versions without analysing them; the editor pulls diagnostics on others.
    if (rnd() < 0.4) void parsed.scopeIndex;
    if (rnd() < 0.5) continue;
    const fresh = analyzeDocument(new ParsedDocument({ uri, text }), store, settings, NOW);
    const result = analyzeAfterEdits(parsed, { ...analysed, edits: since }, store, settings, NOW);
    if (result) {
      carried++;
      assert.deepEqual(plain(result), plain(fresh), `seed ${seed}, step ${step}, after ${JSON.stringify(since)}`);
    }
    compared++;
    analysed = { doc: parsed, result: result ?? analyzeDocument(parsed, store, settings, NOW), now: NOW };
    since = [];
  }
  return { carried, compared };
}

function plain(r: AnalysisResult): AnalysisResult {
  return JSON.parse(JSON.stringify(r)) as AnalysisResult;
}

describe('analysis carried across edits', () => {
  it('equals a full analysis after random typing in TypeScript with scopes, every form and every store rule', () => {
    const codes = analyzeDocument(new ParsedDocument({ uri: 'file:///apps.ts', text: TS }), STORE, DEFAULT_SETTINGS, NOW).diagnostics.map(
      (d) => d.code,
    );
    for (const code of [
      'unknown-secret',
      'out-of-scope',
      'env-unavailable',
      'expired',
      'expiring-soon',
      'no-value',
      'invalid-name',
      'hardcoded-secret',
    ] as const) {
      assert.ok(codes.includes(code), `the starting text has no ${code} to carry over: ${codes.join(', ')}`);
    }
    let carried = 0,
      compared = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const r = session('file:///apps.ts', TS, seed, DEFAULT_SETTINGS);
      carried += r.carried;
      compared += r.compared;
    }
    // Keystrokes inside strings and blanks are carried; the rest (code, a quote, a bracket, a scope
    // key) re-analyse in full. Enough of both for the comparison to mean something:
    assert.ok(carried >= 200 && compared - carried >= 200, `${carried} of ${compared} analyses were carried over`);
  });

  it('equals a full analysis while suppression comments come and go, with values unknown (the CLI, other editors)', () => {
    const unknownValues = new StoreSnapshot(STORE.all(), { valuesKnown: false });
    const text = `// secretref-disable-next-line unknown-secret\n${TS}\nconst x = '$Token{EMPTY_KEY}'; // secretref-disable-line\n`;
    let carried = 0;
    for (const seed of [11, 12, 13]) carried += session('file:///apps.ts', text, seed, DEFAULT_SETTINGS, unknownValues).carried;
    assert.ok(carried > 0);
  });

  it('equals a full analysis in plain text, and with a custom form read in full each time', () => {
    const settings: AnalysisSettings = { ...DEFAULT_SETTINGS, customDialects: [{ id: 'vault', pattern: 'vault:(?<name>[A-Z_]+)' }] };
    for (let seed = 1; seed <= 8; seed++) {
      const r = session('file:///notes.txt', MD + 'see vault:STRIPE_KEY\n', seed, settings);
      assert.ok(r.carried > 0, `seed ${seed}: nothing was carried`);
    }
  });

  it('equals a full analysis when a private key (a credential over several lines) is in the file', () => {
    const text = TS.replace('];\n', `];\nconst pem = \`${PRIVATE_KEY}\`;\n`);
    for (let seed = 1; seed <= 4; seed++) session('file:///keys.ts', text, seed, DEFAULT_SETTINGS);
  });

  it("equals a full analysis when a credential's value is on the line after its name", () => {
    // Azure's storage key under `AccountKey` on the line before: typing on either line must not part them.
    const text = TS.replace('];\n', `];\nconst storage = {\n  AccountKey:\n    '${randomText(86)}==',\n};\n`);
    const codes = analyzeDocument(new ParsedDocument({ uri: 'file:///storage.ts', text }), STORE, DEFAULT_SETTINGS, NOW).diagnostics;
    assert.ok(codes.some((d) => d.code === 'hardcoded-secret' && d.message.includes('Azure')));
    for (let seed = 1; seed <= 4; seed++) session('file:///storage.ts', text, seed, DEFAULT_SETTINGS);
  });

  it('keeps no old version of a large file alive through the references it carries', () => {
    const note = 'a note long enough to make the file large without more references '.repeat(2);
    // Names of 13 characters or more: V8 copies shorter slices, longer ones stay views into the text.
    const text0 = Array.from(
      { length: 4_000 },
      (_, i) => `  { app: 'billing', key: '$Token{STRIPE_SECRET_KEY}', note: '${note}', n: ${i} },`,
    ).join('\n');
    let text = `const all = [\n${text0}\n];\n`;
    let doc = new ParsedDocument({ uri: 'file:///big.ts', text });
    let analysed = { doc, result: analyzeDocument(doc, STORE, DEFAULT_SETTINGS, NOW), now: NOW };
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const largeObjects = (): number => {
      gc();
      return getHeapSpaceStatistics().find((x) => x.space_name === 'large_object_space')?.space_used_size ?? 0;
    };
    // Before: the TypeScript compiler's own source is a large object too.
    const before = largeObjects();
    for (let i = 0; i < 120; i++) {
      // A letter typed into the name of a reference on a different line each time.
      const at = text.indexOf('STRIPE_SECRET_KEY', (i * 4999) % (text.length - 1000)) + 3;
      const edit: TextChange = { start: at, end: at, text: 'X' };
      text = apply(text, edit);
      doc = new ParsedDocument({ uri: 'file:///big.ts', text }, undefined, { doc, edits: [edit] });
      const result = analyzeAfterEdits(doc, { ...analysed, edits: [edit] }, STORE, DEFAULT_SETTINGS, NOW);
      assert.ok(result, `step ${i} was not carried`);
      analysed = { doc, result, now: NOW };
    }
    const grown = largeObjects() - before;
    // The current version and a few others at most; one per step would be about 100 MB.
    assert.ok(
      grown < 8 * text.length,
      `large objects grew by ${(grown / 1e6).toFixed(1)} MB for a ${(text.length / 1e6).toFixed(1)} MB file`,
    );
    assert.equal(analysed.result.references.filter((r) => r.name.includes('X')).length, 120);
  });

  it('does not carry across a change of date, nor when the scope of unchanged code may have moved', () => {
    const before = new ParsedDocument({ uri: 'file:///apps.ts', text: TS });
    const result = analyzeDocument(before, STORE, DEFAULT_SETTINGS, NOW);
    const at = TS.indexOf('plain') + 2;
    const typed: TextChange = { start: at, end: at, text: 'X' };
    const next = new ParsedDocument({ uri: 'file:///apps.ts', text: apply(TS, typed) }, undefined, { doc: before, edits: [typed] });
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    assert.equal(analyzeAfterEdits(next, { doc: before, result, now: NOW, edits: [typed] }, STORE, DEFAULT_SETTINGS, tomorrow), undefined);
    assert.ok(analyzeAfterEdits(next, { doc: before, result, now: NOW, edits: [typed] }, STORE, DEFAULT_SETTINGS, NOW));

    // Typing into a scope value changes the app of every reference in that object.
    const app = TS.indexOf("'crm'") + 2;
    const scoped: TextChange = { start: app, end: app, text: 'X' };
    const moved = new ParsedDocument({ uri: 'file:///apps.ts', text: apply(TS, scoped) }, undefined, { doc: before, edits: [scoped] });
    assert.equal(analyzeAfterEdits(moved, { doc: before, result, now: NOW, edits: [scoped] }, STORE, DEFAULT_SETTINGS, NOW), undefined);
  });
});
