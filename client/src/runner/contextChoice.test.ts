import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { defaultContextFile, parseContextFile } from './contextChoice';

test('the setting wins; else the context.json nearest the integration; else none', () => {
  const integration = '/w/examples/integrations/github-stats.js';
  assert.equal(defaultContextFile('ctx/prod.json', ['/w/examples/context.json'], integration), 'ctx/prod.json');
  assert.equal(
    defaultContextFile(undefined, ['/w/other/context.json', '/w/examples/context.json', '/w/examples/my-context.json'], integration),
    '/w/examples/context.json',
  );
  assert.equal(
    defaultContextFile(undefined, ['/w/examples/integrations/context.json', '/w/examples/context.json'], integration),
    '/w/examples/integrations/context.json',
  );
  assert.equal(defaultContextFile(undefined, ['/w/examples/test-context.json'], integration), undefined);
  assert.equal(defaultContextFile(undefined, [], integration), undefined);
});

test('a context file that is not JSON is told by line and column, never by the text around the error', () => {
  // Obviously fake, generated per run.
  const key = `SRCANARY${randomBytes(12).toString('hex')}`;
  // Unquoted, as a hand edit leaves it: JSON.parse's message would quote the start of it.
  const text = `{\n  "dryRun": true,\n  "apiKey": ${key}\n}\n`;
  assert.throws(
    () => parseContextFile(text, 'ctx/prod.json'),
    (e: unknown) => {
      assert.ok(e instanceof Error);
      assert.match(e.message, /^The context file ctx\/prod\.json is not valid JSON: \S.* at line 3, column 13\. Fix it/);
      assert.ok(!e.message.includes(key.slice(0, 4)), `the message quotes the file: ${e.message.replace(key, '<key>')}`);
      return true;
    },
  );
  assert.deepEqual(parseContextFile('{ "dryRun": true, "n": [1, 2] }', 'c.json'), { dryRun: true, n: [1, 2] });
  // JSON.parse's reading, not a lenient one: comments and trailing commas are errors.
  assert.throws(() => parseContextFile('{ "a": 1, }', 'c.json'), /not valid JSON: .* at line 1, column/);
});
