import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from './document';
import { scopeAt } from './scopeContext';
import type { TextChange } from './text/textChange';
import { fixture } from '../../../test/util/fixture';

const SOURCE = [
  "import { actions } from './sdk';",
  'export const apps = [',
  "  { access_tag: 'billing', envs: [{ app_env_slug: 'prd', auth: { key: '$Token{STRIPE_KEY}' } }] },",
  "  { app: 'crm', headers: { 'X-Key': '{{Secrets.CRM_TOKEN}}', note: 'plain text here' } },",
  '  // a comment between entries',
  "  { 'ap': 'billing', token: '$Token{AP_KEY}' },",
  "  { env: 'dev', url: `https://example.test/$Token{URL_KEY}`, retries: 3 },",
  '];',
  "actions.run({ app: 'analytics', env: 'prd' }, { input: '$Token{ANALYTICS_KEY}', label: 'x' });",
  "const loose = { key: '$Token{LOOSE_KEY}' };",
  "const typing = '$Token{STRI",
  '',
].join('\n');

/** The scope of every offset, from a fresh parse of `text`. */
function freshScopes(text: string): string[] {
  const doc = new ParsedDocument({ uri: 'file:///a.ts', text });
  return [...Array(text.length).keys()].map((o) => JSON.stringify(scopeAt(doc, o)));
}

function apply(text: string, e: TextChange): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

/** A document of `after`, derived from a document of `before` whose scope was asked for. */
function derived(before: string, edits: TextChange[]): { doc: ParsedDocument; text: string } {
  const prev = new ParsedDocument({ uri: 'file:///a.ts', text: before });
  scopeAt(prev, 0); // the editor's previous version was analysed
  const text = edits.reduce(apply, before);
  return { doc: new ParsedDocument({ uri: 'file:///a.ts', text }, undefined, { doc: prev, edits }), text };
}

/** Whether the derived document answered without parsing (its scope came from the edits). */
function parsedAgain(doc: ParsedDocument): boolean {
  scopeAt(doc, 0);
  return (doc as unknown as { _ts?: unknown })._ts !== undefined;
}

// A small deterministic generator: the same edits on every run, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('scope index across edits', () => {
  it('typing a word inside a string keeps every scope without parsing again', () => {
    const at = SOURCE.indexOf('plain text') + 5;
    const { doc, text } = derived(SOURCE, [{ start: at, end: at, text: 'more' }]);
    assert.equal(parsedAgain(doc), false);
    assert.deepEqual(
      [...Array(text.length).keys()].map((o) => JSON.stringify(scopeAt(doc, o))),
      freshScopes(text),
    );
  });

  it('typing at the end of an unterminated string (a name being typed) is carried too', () => {
    const at = SOURCE.indexOf('$Token{STRI') + '$Token{STRI'.length;
    const { doc } = derived(SOURCE, [{ start: at, end: at, text: 'PE' }]);
    assert.equal(parsedAgain(doc), false);
  });

  it('parses again when an edit could change an object: a brace, a quote, a line break, a scope value or a new scope key', () => {
    const cases: Array<[string, TextChange]> = [
      ['a brace', { start: SOURCE.indexOf('retries'), end: SOURCE.indexOf('retries'), text: '{' }],
      ['a quote', { start: SOURCE.indexOf('plain'), end: SOURCE.indexOf('plain'), text: "'" }],
      ['a line break', { start: SOURCE.indexOf('// a comment'), end: SOURCE.indexOf('// a comment'), text: '\n' }],
      ['the app value', { start: SOURCE.indexOf("'crm'") + 2, end: SOURCE.indexOf("'crm'") + 2, text: 'x' }],
      ['a quoted key becoming app', { start: SOURCE.indexOf("'ap'") + 3, end: SOURCE.indexOf("'ap'") + 3, text: 'p' }],
      ['`$` joining `{`', { start: SOURCE.indexOf('$Token{URL') + 1, end: SOURCE.indexOf('$Token{URL') + 6, text: '' }],
      ['letters outside a string', { start: SOURCE.indexOf('retries'), end: SOURCE.indexOf('retries'), text: 'x' }],
    ];
    for (const [what, e] of cases) {
      const { doc, text } = derived(SOURCE, [e]);
      assert.equal(parsedAgain(doc), true, what);
      assert.deepEqual(
        [...Array(text.length).keys()].map((o) => JSON.stringify(scopeAt(doc, o))),
        freshScopes(text),
        what,
      );
    }
  });

  it('answers as a fresh parse after any sequence of random edits', () => {
    const next = random(7);
    const alphabet = ['a', 'Z', '_', '1', ' ', '\t', 'app', 'env', '{', '}', "'", '"', '`', '$', '\n', ',', ':', 'x y', ''];
    let text = SOURCE;
    let prev = new ParsedDocument({ uri: 'file:///a.ts', text });
    let carried = 0;
    for (let step = 0; step < 300; step++) {
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + (next() < 0.7 ? 0 : Math.floor(next() * 3)));
      const e = { start, end, text: alphabet[Math.floor(next() * alphabet.length)] };
      scopeAt(prev, 0);
      const after = apply(text, e);
      const doc = new ParsedDocument({ uri: 'file:///a.ts', text: after }, undefined, { doc: prev, edits: [e] });
      if (!parsedAgain(doc)) carried++;
      const fresh = new ParsedDocument({ uri: 'file:///a.ts', text: after });
      for (let o = 0; o <= after.length; o += 3) {
        assert.deepEqual(scopeAt(doc, o), scopeAt(fresh, o), `step ${step}: ${JSON.stringify(e)} at offset ${o}`);
      }
      for (const o of [0, Math.floor(after.length / 2), after.length])
        assert.deepEqual(doc.positionAt(o), fresh.positionAt(o), `step ${step}: position of ${o}`);
      text = after;
      prev = doc;
    }
    // The test means something only if both paths ran often.
    assert.ok(carried > 30 && carried < 270, `carried over ${carried} of 300 edits`);
  });

  it('gives the Ductape fixture the same scopes from a carried index as from a parse', () => {
    const src = fixture('ductape-apps.ts').text;
    const at = src.indexOf('$Token{') + 3;
    const { doc, text } = derived(src, [{ start: at, end: at, text: 'ok' }]);
    assert.deepEqual(
      [...Array(text.length).keys()].map((o) => JSON.stringify(scopeAt(doc, o))),
      freshScopes(text),
    );
  });

  it('reads no tree for a file without a scope key, and reads one as soon as an edit writes a key', () => {
    // An integration: `process.env` is no scope key, so no object here names an app.
    const keyless = [
      'module.exports = {',
      "  metadata: { name: 'sync', requiredSecrets: ['API_KEY'] },",
      "  async run(context, secrets) { return fetch(process.env.BASE_URL, { headers: { key: '$Token{API_KEY}' } }); },",
      '};',
      '',
    ].join('\n');
    const prev = new ParsedDocument({ uri: 'file:///int.js', text: keyless });
    assert.deepEqual(scopeAt(prev, keyless.indexOf('$Token')), {});
    assert.equal(prev.scopeIndex?.keyless, true);
    // Typing inside a string keeps the keyless answer, and with it what was carried.
    const inString = keyless.indexOf("'sync'") + 2;
    const typed = new ParsedDocument(
      { uri: 'file:///int.js', text: keyless.slice(0, inString) + 'x' + keyless.slice(inString) },
      undefined,
      { doc: prev, edits: [{ start: inString, end: inString, text: 'x' }] },
    );
    assert.equal(typed.scopesCarriedFrom(prev), true);
    // Writing `app: 'crm',` into the headers object gives the reference that app, as a fresh parse does.
    const at = keyless.indexOf('{ key:') + 2;
    const { doc, text } = derived(keyless, [{ start: at, end: at, text: "app: 'crm', " }]);
    assert.deepEqual(scopeAt(doc, text.indexOf('$Token')), { app: 'crm', appSource: 'code' });
    assert.equal(doc.scopesCarriedFrom(prev), false);
    assert.deepEqual(
      [...Array(text.length).keys()].map((o) => JSON.stringify(scopeAt(doc, o))),
      freshScopes(text),
    );
  });
});
