// Julep's Python SDK in Markdown: its task dicts are read for Julep's forms, with Python's own
// comments for suppressions, and never for credentials.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findReferences } from './analyze';
import { completeAt } from './features/completion';
import { StoreSnapshot } from './model/store';
import { cursor } from '../../../test/util/cursor';
import { ParsedDocument } from './document';
import { DEFAULT_SETTINGS } from './model/types';
import { diagnose } from '../../../test/util/diagnose';
import { fakeCredential } from '../../../test/util/credentials';

const URI = 'file:///repo/docs/sdks/python/secrets.mdx';
const refs = (text: string) =>
  findReferences(new ParsedDocument({ uri: URI, text }), DEFAULT_SETTINGS).map(
    (r) => `${r.dialect} ${text.slice(r.range.start, r.range.end)}`,
  );

// As Julep's Python SDK guide writes a task (its "Using Secrets in Tasks" and "Multiple Secrets").
const TASK = [
  '```python',
  'task_definition = {',
  '    "steps": [',
  '        {',
  '            "kind": "tool_call",',
  '            "tool": "database",',
  '            "arguments": {',
  '                "connection": {"host": "$ secrets.db_host", "password": "$ secrets.db_password"},',
  '                "url": "$ f\'https://api.example.com/v1?api_key={secrets.api_key}\'",',
  '            },',
  "            'secret_name': 'openai_api_key',",
  '            "secrets": {"service_api_key": "email_service_api_key"},',
  '        }',
  '    ]',
  '}',
  '# secrets.not_a_reference in a comment, "secret_name": "nor_this"',
  'note = "text that mentions secrets.nothing"',
  'value = f"{secrets.python_own}"',
  '```',
  '',
].join('\n');

describe('Python code blocks in Markdown', () => {
  it("reads Julep's task forms from its Python dicts and strings, nothing from comments, plain strings or f-strings", () => {
    assert.deepEqual(refs(TASK), [
      'taskSecret db_host',
      'taskSecret db_password',
      'taskSecret api_key',
      'taskSecret openai_api_key',
      'toolSecrets email_service_api_key',
    ]);
    assert.deepEqual(refs(TASK.replace('```python', '```py')).length, 5);
  });

  it('checks them against the store and reads no credential assignment in Python', () => {
    const key = fakeCredential('Stripe');
    const text =
      TASK.replace("'openai_api_key'", "'openai_api_kye'") +
      ['```python', `client = Julep(api_key="${key}")`, 'self.api_key = self._get_api_key(env)', '```', ''].join('\n');
    const seen = diagnose(
      URI,
      text,
      ['db_host', 'db_password', 'api_key', 'openai_api_key', 'email_service_api_key'].map((name) => ({ name })),
    );
    assert.deepEqual(
      seen.map((d) => `${d.code} ${d.at}`),
      ['unknown-secret openai_api_kye'],
    );
  });

  it("silences a finding with Python's # comment, and not with a # inside a string", () => {
    const code = (line: string) => ['```python', line, 'task = {"secret_name": "nope"}', '```', ''].join('\n');
    assert.deepEqual(diagnose(URI, code('# secretref-disable-next-line unknown-secret'), []), []);
    assert.deepEqual(
      diagnose(URI, code('s = " # secretref-disable-next-line unknown-secret"'), []).map((d) => d.code),
      ['unknown-secret'],
    );
  });

  it("completes secret names after Julep's keys and expressions in a Python dict", () => {
    const store = new StoreSnapshot([{ name: 'openai_api_key' }, { name: 'db_host' }]);
    for (const source of ['```python\ntask = {"secret_name": "open|"}\n```\n', '```python\nx = {"host": "$ secrets.db_|"}\n```\n']) {
      const c = cursor(source);
      assert.deepEqual(
        completeAt({ uri: URI, text: c.text }, c.offset, store).map((x) => x.insertText),
        [source.includes('open|') ? 'openai_api_key' : 'db_host'],
        source,
      );
    }
  });
});
