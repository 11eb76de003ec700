import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../model/types';
import { taskSecretDialect } from './taskSecret';
import { probeOf } from '../text/textSource';

const names = (uri: string, text: string) => {
  const doc = new ParsedDocument({ uri, text });
  return taskSecretDialect.find(doc, DEFAULT_SETTINGS).map((r) => `${r.name}@${text.slice(r.range.start, r.range.end)}`);
};

describe('dialect taskSecret (Julep)', () => {
  it('passes its prefilter wherever it can find something, and keeps out secrets. in plain prose', () => {
    const yes = ['steps:\n  - secret_name: db\n', '{ "q": "$ secrets.db_host" }', "args:\n  url: f'https://{secrets.host}/v1'\n"];
    for (const text of yes) {
      assert.equal(taskSecretDialect.mayContain(probeOf(text)), true, text);
      assert.ok(names(text.startsWith('{') ? 'file:///t.json' : 'file:///t.yaml', text).length > 0, text);
    }
    assert.equal(taskSecretDialect.mayContain(probeOf('{ "description": "Reads secrets.json from the config folder" }')), false);
  });

  it("finds secret_name in Julep's JS task definition", () => {
    const text = `const taskDefinition = {
  steps: [
    {
      kind: 'tool_call' ,
      tool: 'openai' ,
      operation: 'chat' ,
      arguments: { model: 'gpt-4', messages: [ { role: 'user', content: 'What \\' s the weather like?' } ] },
      secret_name: 'openai_api_key'
    }
  ]
};`;
    assert.deepEqual(names('file:///t.js', text), ['openai_api_key@openai_api_key']);
  });

  it("finds secrets.name in Julep's `$ ` expressions and f-strings", () => {
    const text = `const taskDefinition = {
  steps: [
    { kind: 'transform', expression: "$ f'https://api.example.com/v1?api_key={secrets.api_key}&query={input}'", input: 'search query' },
    { kind: 'tool_call', arguments: { connection: {
      host: '$ secrets.db_host' ,
      user: '$ secrets.db_username' ,
      password: '$ secrets.db_password' ,
      database: '$ secrets.db_name'
    } } }
  ]
};`;
    assert.deepEqual(names('file:///t.ts', text), [
      'api_key@api_key',
      'db_host@db_host',
      'db_username@db_username',
      'db_password@db_password',
      'db_name@db_name',
    ]);
  });

  it('finds the same forms in YAML and JSON task files', () => {
    const yaml =
      "steps:\n  - kind: tool_call\n    secret_name: openai_api_key\n  - expression: \"$ f'u?k={secrets.WeatherApiKey}'\"\n    host: '$ secrets.db_host'\n";
    assert.deepEqual(names('file:///t.yaml', yaml), ['openai_api_key@openai_api_key', 'WeatherApiKey@WeatherApiKey', 'db_host@db_host']);
    const json = '{ "steps": [ { "secret_name": "database_password" }, { "host": "$ secrets.db_host" } ] }';
    assert.deepEqual(names('file:///t.json', json), ['database_password@database_password', 'db_host@db_host']);
  });

  it('ignores secrets.x outside an expression string and in plain code', () => {
    assert.deepEqual(names('file:///t.yaml', 'note: read secrets.db_host from the vault\n'), []);
    assert.deepEqual(names('file:///t.js', 'const x = secrets.items.length; const y = "secrets.db_host";'), []);
  });

  it('offers a name slot after secret_name: and after secrets. inside an expression', () => {
    const text = "steps:\n  - secret_name: open\n    host: '$ secrets.db_";
    const doc = new ParsedDocument({ uri: 'file:///t.yaml', text });
    assert.equal(taskSecretDialect.nameSlotAt!(doc, text.indexOf('open') + 4)?.prefix, 'open');
    assert.equal(taskSecretDialect.nameSlotAt!(doc, text.length)?.prefix, 'db_');
    assert.equal(taskSecretDialect.nameSlotAt!(new ParsedDocument({ uri: 'file:///a.js', text: 'secrets.db_' }), 11), undefined);
  });
});
