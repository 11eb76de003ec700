import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findReferences } from './analyze';
import { completeAt } from './features/completion';
import { ParsedDocument } from './document';
import { fenceExtension, markdownParts } from './markdown';
import { renameEdits } from './features/rename';
import { StoreSnapshot } from './model/store';
import { DEFAULT_SETTINGS } from './model/types';
import { cursor } from '../../../test/util/cursor';
import { fakeCredential } from '../../../test/util/credentials';
import { diagnose } from '../../../test/util/diagnose';

const SECRETS = [{ name: 'STRIPE_KEY' }, { name: 'API_KEY' }, { name: 'github_token' }];
const seen = (text: string, uri = 'file:///repo/docs/guide.md') => diagnose(uri, text, SECRETS).map((d) => `${d.code} ${d.at}`);

describe('Markdown and MDX', () => {
  it('analyses a fenced YAML task as YAML and a JS listener as JS, with ranges in the Markdown document', () => {
    const text = [
      '# Tasks',
      '',
      'The task reads its key by name:',
      '',
      '```yaml',
      'main:',
      '  - tool: github',
      '    secret_name: github_tokn',
      '```',
      '',
      '```js',
      "export default (l) => l.on('job:ready', async (event) => {",
      "  const key = await event.secrets('API_KY');",
      '});',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(seen(text), ['unknown-secret github_tokn', 'unknown-secret API_KY']);
    const refs = findReferences(new ParsedDocument({ uri: 'file:///repo/docs/guide.md', text }), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => [r.dialect, text.slice(r.range.start, r.range.end)]),
      [
        ['taskSecret', 'github_tokn'],
        ['event', 'API_KY'],
      ],
    );
  });

  it('reads fences inside list items and blockquotes, tildes, longer and unclosed fences, and info strings with a title', () => {
    const text = [
      '1. Install:',
      '',
      '   ```ts title="listener.ts"',
      "   const a = '$Secret{STRIPE_KY}';",
      '   ```',
      '',
      '> ~~~yaml',
      '> key: $Token{API_KY}',
      '> ~~~',
      '',
      '````jsx',
      '```',
      "const b = '{{Secrets.NOPE}}';",
      '````',
      '',
      '```json',
      '{ "x": "$Token{LAST}" }',
    ].join('\n');
    assert.deepEqual(seen(text), ['unknown-secret STRIPE_KY', 'unknown-secret API_KY', 'unknown-secret NOPE', 'unknown-secret LAST']);
    const doc = new ParsedDocument({ uri: 'file:///repo/README.md', text });
    assert.deepEqual(
      markdownParts(doc).fences.map((f) => f.doc.kind),
      ['typescript', 'yaml', 'javascript', 'json'],
    );
  });

  it('gives prose and untagged fences the text forms and never the credential-assignment heuristic', () => {
    // What 20 real doc pages were flagged for, in prose, untagged and tagged fences.
    const text = [
      'Store the refreshToken: response.refreshToken and the nextToken: page.nextTokenValue.',
      "The tokenHash: crypto.createHash('sha256') and max_tokens: 4096000 are not credentials; $Token{STRIPE_KY} is a reference.",
      '',
      '```',
      'password: hunter2hunter2hunter2',
      'token = response.data.accessToken',
      '```',
      '',
      '```js',
      'const refreshToken = response.refreshToken;',
      "const digest = crypto.createHash('sha256').update(token).digest('hex');",
      '```',
      '',
      '```text',
      'apiKey: sampleValueThatLooksLong',
      '```',
    ].join('\n');
    assert.deepEqual(seen(text), ['unknown-secret STRIPE_KY']);
  });

  it('still reports a credential written into a fence with a language', () => {
    const key = fakeCredential('GitHub');
    const text = `Configure the client:\n\n\`\`\`js\nconst octokit = new Octokit({ auth: '${key}' });\n\`\`\`\n\nNot in prose: ${key}\n`;
    const found = diagnose('file:///repo/docs/setup.md', text, []);
    assert.deepEqual(
      found.map((d) => d.code),
      ['hardcoded-secret'],
    );
    assert.equal(text.indexOf(found[0].at), text.indexOf(key), 'at the key in the fence');
  });

  it('reads MDX: JSX and imports around the fences are prose', () => {
    const text = [
      "import { Tabs, Tab } from '@site/components';",
      '',
      '<Tabs>',
      '<Tab label="Listener">',
      '',
      '```typescript',
      "const key = await event.secrets('API_KY');",
      '```',
      '',
      '</Tab>',
      '</Tabs>',
      '',
      'Or write $Secret{STRIPE_KY} in a Ductape config.',
    ].join('\n');
    assert.deepEqual(seen(text, 'file:///repo/docs/guide.mdx'), ['unknown-secret API_KY', 'unknown-secret STRIPE_KY']);
  });

  it('keeps offsets with CRLF line ends', () => {
    const text = 'Intro\r\n\r\n```yaml\r\nkey: $Token{API_KY}\r\n```\r\n';
    const [d] = diagnose('file:///repo/a.markdown', text, SECRETS);
    assert.equal(d.at, 'API_KY');
  });

  it('completes in a fence with the forms of its language, and in prose with the text forms', () => {
    const store = new StoreSnapshot(SECRETS);
    const fence = cursor("Text\n\n```js\nexport default (l) => l.on('x', async (event) => { await event.secrets('AP|') });\n```\n");
    const items = completeAt({ uri: 'file:///d.md', text: fence.text }, fence.offset, store);
    assert.deepEqual(
      items.map((i) => i.label),
      ['API_KEY'],
    );
    assert.equal(fence.text.slice(items[0].replace.start, items[0].replace.end), 'AP');
    const prose = cursor('Use $Secret{ST| in the config.');
    assert.deepEqual(
      completeAt({ uri: 'file:///d.md', text: prose.text }, prose.offset, store).map((i) => i.insertText),
      ['STRIPE_KEY}'],
    );
    const notInProse = cursor("event.secrets('AP|')");
    assert.deepEqual(completeAt({ uri: 'file:///d.md', text: notInProse.text }, notInProse.offset, store), []);
  });

  it('renames a reference in a fence where it is written', () => {
    const text = 'See:\n\n```yaml\nkey: $Secret{API_KEY}\n```\n';
    const refs = findReferences(new ParsedDocument({ uri: 'file:///d.md', text }), DEFAULT_SETTINGS);
    const [edit] = renameEdits(
      refs.map((r) => r.range),
      'PAYMENTS_KEY',
    );
    assert.equal(
      text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end),
      'See:\n\n```yaml\nkey: $Secret{PAYMENTS_KEY}\n```\n',
    );
  });

  it('maps language tags to the language they are analysed as', () => {
    assert.deepEqual(
      [
        'js',
        'JSX',
        'typescript',
        'tsx',
        'jsonc',
        'yml',
        'dotenv',
        'bash',
        '{.yaml}',
        'ts:line-numbers',
        'text',
        'mermaid',
        'python',
        'py',
        'ruby',
        '',
      ].map(fenceExtension),
      ['js', 'jsx', 'ts', 'tsx', 'jsonc', 'yaml', 'env', 'sh', 'yaml', 'ts', undefined, undefined, 'py', 'py', undefined, undefined],
    );
  });
});
