import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../model/types';
import { toolSecretsDialect } from './toolSecrets';
import { probeOf } from '../text/textSource';
import { diagnose } from '../../../../test/util/diagnose';
import { cursor } from '../../../../test/util/cursor';
import { completeAt } from '../features/completion';
import { StoreSnapshot } from '../model/store';

const names = (uri: string, text: string) => {
  const doc = new ParsedDocument({ uri, text });
  if (!toolSecretsDialect.mayContain(probeOf(text))) return [];
  return toolSecretsDialect.find(doc, DEFAULT_SETTINGS).map((r) => `${r.name}@${text.slice(r.range.start, r.range.end)}`);
};

// Julep's "Multiple Secrets" step, as its guide writes it.
const EMAIL_STEP = `steps:
  - kind: tool_call
    tool: email
    operation: send
    arguments:
      to: "recipient@example.com"
    secrets:
      service_api_key: "email_service_api_key"
      sender_address: email_sender_address
`;

describe('dialect toolSecrets (Julep)', () => {
  it("reads the secret names a tool call's secrets: object maps its parameters to, quoted or not", () => {
    assert.deepEqual(names('file:///p/task.yaml', EMAIL_STEP), [
      'email_service_api_key@email_service_api_key',
      'email_sender_address@email_sender_address',
    ]);
  });

  it('reads the same step in JSON', () => {
    const json = JSON.stringify({ steps: [{ kind: 'tool_call', tool: 'database', secrets: { db_password: 'my_db_password' } }] }, null, 2);
    assert.deepEqual(names('file:///p/task.json', json), ['my_db_password@my_db_password']);
  });

  it('leaves secrets: maps outside a tool call alone: chart values, CI inputs, expressions', () => {
    assert.deepEqual(names('file:///p/values.yaml', 'image:\n  tool: busybox\nsecrets:\n  dbPassword: changeme\n'), []);
    assert.deepEqual(
      names('file:///p/ci.yaml', 'jobs:\n  call:\n    uses: ./.github/workflows/x.yml\n    secrets:\n      token: abc\n'),
      [],
    );
    assert.deepEqual(names('file:///p/task.yaml', 'steps:\n  - tool: http\n    secrets:\n      key: "$ secrets.api_key"\n'), []);
  });

  it('checks each name against the store, so a misspelt one is reported where it is written', () => {
    const seen = diagnose('file:///p/task.yaml', EMAIL_STEP.replace('email_sender_address', 'email_sender_adress'), [
      { name: 'email_service_api_key' },
      { name: 'email_sender_address' },
    ]);
    assert.deepEqual(
      seen.map((d) => `${d.code} ${d.at}`),
      ['unknown-secret email_sender_adress'],
    );
  });

  it("completes the secret names after a parameter of a tool call's secrets:, and nowhere else", () => {
    const store = new StoreSnapshot([{ name: 'email_service_api_key' }, { name: 'email_sender_address' }]);
    const step = (value: string) =>
      `steps:\n  - kind: tool_call\n    tool: email\n    secrets:\n      service_api_key: ${value}\n    operation: send\n`;
    const names = (source: string) => {
      const c = cursor(source);
      return completeAt({ uri: 'file:///p/task.yaml', text: c.text }, c.offset, store).map((x) => x.insertText);
    };
    assert.deepEqual(names(step('email_se|')), ['email_sender_address', 'email_service_api_key']);
    assert.deepEqual(names(step('"email_sen|"')), ['email_sender_address']);
    assert.deepEqual(names(step('|')), ['email_sender_address', 'email_service_api_key']);
    // Not the step's own keys, not a secrets: map outside a tool call.
    assert.deepEqual(names(step('x').replace('operation: send', 'operation: email_|')), []);
    assert.deepEqual(names('image:\n  tool: busybox\nsecrets:\n  dbPassword: email_|\n'), []);
  });

  // The same step as Julep's Node.js SDK users write it: an object literal passed to tasks.create.
  const JS_TASK = [
    "import { Julep } from '@julep/sdk';",
    'const julep = new Julep({ apiKey: process.env.JULEP_API_KEY });',
    'const taskDefinition = {',
    '  steps: [',
    '    {',
    "      kind: 'tool_call',",
    "      tool: 'email',",
    "      operation: 'send',",
    "      arguments: { to: 'recipient@example.com' },",
    '      secrets: {',
    "        service_api_key: 'email_service_api_key',",
    '        "sender_address": `email_sender_address`,',
    "        fallback: '$ secrets.other',",
    '        computed: prefix + "_key",',
    '      },',
    '    },',
    '  ],',
    '};',
    'await julep.tasks.create({ task: taskDefinition });',
    '',
  ].join('\n');

  it('reads the mapping in JS and TS object literals, only string names', () => {
    assert.deepEqual(names('file:///p/task.js', JS_TASK), [
      'email_service_api_key@email_service_api_key',
      'email_sender_address@email_sender_address',
    ]);
    const ts = "export const step = { tool: 'database' as const, secrets: { db_password: 'my_db_password' as const } } satisfies Step;\n";
    assert.deepEqual(names('file:///p/task.ts', ts), ['my_db_password@my_db_password']);
  });

  it('leaves JS secrets objects outside a tool call alone: a mock client, a config, a computed tool', () => {
    const mock = "jest.mock('@julep/sdk', () => ({ Julep: jest.fn(() => ({ secrets: { get: 'api_key' }, tool: undefined })) }));\n";
    assert.deepEqual(names('file:///p/mock.test.js', mock), []);
    assert.deepEqual(names('file:///p/config.ts', "export default { tools: ['x'], secrets: { dbPassword: 'db_password' } };\n"), []);
    assert.deepEqual(names('file:///p/step.js', "const step = { tool: pick(), secrets: { key: 'api_key' } };\n"), []);
  });

  it('in JS, a misspelt name is reported where it is written and completion offers the names in its quotes', () => {
    const seen = diagnose('file:///p/task.js', JS_TASK.replace("'email_service_api_key'", "'email_service_api_kye'"), [
      { name: 'email_service_api_key' },
      { name: 'email_sender_address' },
    ]);
    assert.deepEqual(
      seen.filter((d) => d.code === 'unknown-secret').map((d) => d.at),
      // `'$ secrets.other'` is an expression: the taskSecret form reads it.
      ['email_service_api_kye', 'other'],
    );
    const store = new StoreSnapshot([{ name: 'email_service_api_key' }, { name: 'email_sender_address' }]);
    const complete = (source: string) => {
      const c = cursor(source);
      return completeAt({ uri: 'file:///p/task.js', text: c.text }, c.offset, store).map((x) => x.insertText);
    };
    assert.deepEqual(complete(JS_TASK.replace("'email_service_api_key'", "'email_se|'")), [
      'email_sender_address',
      'email_service_api_key',
    ]);
    assert.deepEqual(complete(JS_TASK.replace("fallback: '$ secrets.other'", "fallback: '|'")), [
      'email_sender_address',
      'email_service_api_key',
    ]);
    // Not a step key, not outside the secrets object.
    assert.deepEqual(complete(JS_TASK.replace("operation: 'send'", "operation: 'email_|'")), []);
  });
});
