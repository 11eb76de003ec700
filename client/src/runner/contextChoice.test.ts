import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultContextFile } from './contextChoice';

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
