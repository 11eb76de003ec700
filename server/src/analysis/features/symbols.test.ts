import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchesSymbolQuery, workspaceSymbols } from './symbols';

test('a query matches when its characters appear in order, ignoring case', () => {
  assert.ok(matchesSymbolQuery('', 'ANY'));
  assert.ok(matchesSymbolQuery('strk', 'STRIPE_KEY'));
  assert.ok(matchesSymbolQuery('S_K', 'stripe_key'));
  assert.ok(!matchesSymbolQuery('kst', 'STRIPE_KEY'));
});

test('symbols are distinct, prefix matches first, then alphabetical', () => {
  const c = (name: string) => ({ name, location: name });
  const hits = workspaceSymbols('key', [c('STRIPE_KEY'), c('KEY_VAULT'), c('API_KEY'), c('KEY_VAULT'), c('TOKEN')]);
  assert.deepEqual(
    hits.map((h) => h.name),
    ['KEY_VAULT', 'API_KEY', 'STRIPE_KEY'],
  );
});
