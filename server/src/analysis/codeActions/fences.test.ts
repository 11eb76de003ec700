// Quick fixes of findings inside Markdown and MDX code fences: computed in the fence's language,
// applied to the Markdown document, and read back by the analysis of the edited document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS, type QuickFix, type TextEdit } from '../model/types';
import { CODE_ACTIONS } from './index';
import { fixesOf } from './fences';
import { MOVE_TO_STORE_COMMAND } from './moveHardcodedToStore';
import { fakeCredential } from '../../../../test/util/credentials';
import { applyEdits } from '../../../../test/util/edits';

const STORE = new StoreSnapshot(['CRM_TOKEN', 'github_token', 'API_KEY'].map((name) => ({ name, hasValue: true })));
const URI = 'file:///repo/docs/guide.md';

function fixes(text: string, code: string, uri = URI): QuickFix[] {
  const doc = new ParsedDocument({ uri, text });
  const r = analyzeDocument(doc, STORE);
  const d = r.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(r.diagnostics.map((x) => x.code))}`);
  return CODE_ACTIONS.filter((p) => p.codes.includes(d.code)).flatMap((p) =>
    fixesOf(p, { doc, diagnostic: d, references: r.references, store: STORE, settings: DEFAULT_SETTINGS }),
  );
}

/** The document after the fix titled `title` (its edits). */
function fixed(text: string, code: string, title: string, uri = URI): string {
  const fix = fixes(text, code, uri).find((f) => f.title === title);
  assert.ok(fix, `no '${title}' among ${JSON.stringify(fixes(text, code, uri).map((f) => f.title))}`);
  assert.ok(fix.edits, `'${title}' has no edits`);
  return applyEdits(text, fix.edits);
}

const codes = (text: string, uri = URI) => analyzeDocument({ uri, text }, STORE).diagnostics.map((d) => d.code);

const INTEGRATION = [
  '# CRM sync',
  '',
  '```js',
  'module.exports = {',
  "  metadata: { name: 'crm-sync', requiredSecrets: ['CRM_TOKEN'] },",
  '  run: async function (context, secrets = {}) {',
  '    const hook = secrets.CRM_WEBHOOK_URL;',
  '    return fetch(hook, { headers: { Authorization: `Bearer ${secrets.CRM_TOKEN}` } });',
  '  },',
  '};',
  '```',
  '',
].join('\n');

describe('quick fixes inside Markdown fences', () => {
  it("adds an undeclared secret to the requiredSecrets of the fence's integration", () => {
    const after = fixed(INTEGRATION, 'undeclared-secret', "Add 'CRM_WEBHOOK_URL' to requiredSecrets");
    assert.equal(after, INTEGRATION.replace("['CRM_TOKEN']", "['CRM_TOKEN', 'CRM_WEBHOOK_URL']"));
    assert.ok(!codes(after).includes('undeclared-secret'));
  });

  it('changes a misspelt reference in a YAML fence to the closest name', () => {
    const text = ['Steps:', '', '```yaml', 'main:', '  - tool: github', '    secret_name: github_tokn', '```', ''].join('\n');
    const after = fixed(text, 'unknown-secret', "Change to 'github_token'");
    assert.equal(after, text.replace('github_tokn', 'github_token'));
    assert.deepEqual(codes(after), []);
  });

  it("ignores a finding on its line with the fence language's comment, which the analysis then reads", () => {
    const js = ['Read it:', '', '```js', 'function f() {', "  return '$Token{NOPE}';", '}', '```', ''].join('\n');
    const afterJs = fixed(js, 'unknown-secret', "Ignore 'unknown-secret' on this line");
    assert.equal(afterJs, js.replace("  return '$Token", "  // secretref-disable-next-line unknown-secret\n  return '$Token"));
    assert.deepEqual(codes(afterJs), []);

    const yaml = ['```yaml', 'auth:', '  key: $Token{NOPE}', '```', ''].join('\n');
    const afterYaml = fixed(yaml, 'unknown-secret', "Ignore 'unknown-secret' on this line");
    assert.equal(afterYaml, yaml.replace('  key:', '  # secretref-disable-next-line unknown-secret\n  key:'));
    assert.deepEqual(codes(afterYaml), []);

    const sh = ['```sh', 'curl -H "X-Key: $Token{NOPE}" https://api.example.com', '```', ''].join('\n');
    const afterSh = fixed(sh, 'unknown-secret', "Ignore 'unknown-secret' on this line");
    assert.equal(afterSh, sh.replace('curl', '# secretref-disable-next-line unknown-secret\ncurl'));
    assert.deepEqual(codes(afterSh), []);

    const py = ['```python', 'task = {', '    "secret_name": "nope",', '}', '```', ''].join('\n');
    const afterPy = fixed(py, 'unknown-secret', "Ignore 'unknown-secret' on this line");
    assert.equal(afterPy, py.replace('    "secret_name"', '    # secretref-disable-next-line unknown-secret\n    "secret_name"'));
    assert.deepEqual(codes(afterPy), []);

    // Prose keeps the HTML comment at the end of the line.
    const prose = 'Use `$Token{NOPE}` here.\n';
    assert.equal(
      fixed(prose, 'unknown-secret', "Ignore 'unknown-secret' on this line"),
      'Use `$Token{NOPE}` here. <!-- secretref-disable-line unknown-secret -->\n',
    );
  });

  it("keeps a blockquote's `> ` on the line a fix inserts in its fence", () => {
    const text = ['> Note:', '>', '> ```js', "> const key = '$Token{NOPE}';", '> ```', ''].join('\n');
    const after = fixed(text, 'unknown-secret', "Ignore 'unknown-secret' on this line");
    assert.equal(after, text.replace('> const key', '> // secretref-disable-next-line unknown-secret\n> const key'));
    assert.deepEqual(codes(after), []);
  });

  it('offers no comment in a plain JSON fence, and a `//` one in a JSONC fence', () => {
    const json = ['```json', '{ "auth": "$Token{NOPE}" }', '```', ''].join('\n');
    assert.ok(!fixes(json, 'unknown-secret').some((f) => f.title.startsWith('Ignore ')));
    const jsonc = json.replace('```json', '```jsonc');
    assert.deepEqual(codes(fixed(jsonc, 'unknown-secret', "Ignore 'unknown-secret' on this line")), []);
  });

  it("moves a hardcoded credential in a JS fence into the store with the fence's reference form", () => {
    const key = fakeCredential('Stripe');
    const text = [
      '```js',
      'module.exports = {',
      "  metadata: { name: 'refunds', requiredSecrets: [] },",
      '  run: async (context, secrets) => {',
      `    const stripe = '${key}';`,
      '    return !!stripe;',
      '  },',
      '};',
      '```',
      '',
    ].join('\n');
    const fix = fixes(text, 'hardcoded-secret', 'file:///repo/docs/refunds.md').find((f) => f.command?.command === MOVE_TO_STORE_COMMAND);
    assert.ok(fix?.command?.arguments, 'no move fix');
    const [uri, range, name, replacement, extra] = fix.command.arguments as [
      string,
      { start: number; end: number },
      string,
      string,
      TextEdit[],
    ];
    assert.equal(uri, 'file:///repo/docs/refunds.md');
    assert.equal(text.slice(range.start, range.end), key);
    const after = applyEdits(text, [{ range, newText: replacement }, ...extra]);
    assert.match(after, new RegExp(`const stripe = secrets\\.${name};`));
    assert.match(after, new RegExp(`requiredSecrets: \\['${name}'\\]`));
  });
});
