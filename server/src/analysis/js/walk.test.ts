// The shared JS/TS walk skips subtrees where no visitor's word occurs: what it finds must be what
// a walk of every node finds, including forms spelled with escapes, and on a tree without parent
// pointers the run function still points at its property's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { findIntegrations, jsFacts } from '../integrations';

const js = (text: string) => new ParsedDocument({ uri: 'file:///p/src/integration.js', text });

test('`run: async function` starts at the property name, not at the function', () => {
  const text = [
    'module.exports = {',
    "  metadata: { name: 'sync', requiredSecrets: ['API_KEY'] },",
    '  run: async function (context, secrets) {',
    '    return secrets.API_KEY;',
    '  },',
    '};',
  ].join('\n');
  const [integ] = findIntegrations(js(text));
  assert.equal(integ?.name, 'sync');
  assert.equal(integ.run?.start, text.indexOf('run:'));
});

test('forms spelled with escapes are found although the plain word is absent there', () => {
  const text = [
    "const metadata = { name: 'esc', requiredSecrets: ['A'] };",
    'function helper() {',
    "  return process.env['\\x49NTEGRATION_TOKEN'];",
    '}',
    "const task = { secret_n\\u0061me: 'db_password' };",
    'exports.metadata = metadata; exports.run = (ctx, secrets) => secrets.A;',
  ].join('\n');
  const facts = jsFacts(js(text));
  assert.deepEqual(
    facts?.envRefs.map((r) => r.name),
    ['TOKEN'],
  );
  assert.deepEqual(
    facts?.taskRefs.map((r) => r.name),
    ['db_password'],
  );
  assert.equal(facts?.integrations[0]?.name, 'esc');
});

test('references inside code far from any other hint are found (nested functions, classes, callbacks)', () => {
  const filler = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return [x, ${i}].map((y) => y * 2); }`).join('\n');
  const text = [
    filler,
    'class Listener {',
    '  async handle(event) {',
    '    return [1].map(async () => {',
    "      const key = await event.secrets('DEEP_KEY');",
    '      return process.env.INTEGRATION_DEEP_ENV + key;',
    '    });',
    '  }',
    '}',
    filler,
  ].join('\n');
  const facts = jsFacts(js(text));
  assert.deepEqual(
    facts?.eventRefs.map((r) => [r.name, text.slice(r.range.start, r.range.end)]),
    [['DEEP_KEY', 'DEEP_KEY']],
  );
  assert.deepEqual(
    facts?.envRefs.map((r) => [r.name, text.slice(r.range.start, r.range.end)]),
    [['DEEP_ENV', 'DEEP_ENV']],
  );
});
