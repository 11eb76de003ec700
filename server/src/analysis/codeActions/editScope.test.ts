import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../store';
import { DEFAULT_SETTINGS } from '../types';
import { editScopeFix } from './editScope';

test('out-of-scope offers to edit the scope, with the app the reference runs in', () => {
  const store = new StoreSnapshot([{ name: 'STRIPE_KEY', hasValue: true, scope: ['payments'] }]);
  const doc = new ParsedDocument({ uri: 'file:///shop.ts', text: "export const cfg = { app: 'shop', key: '$Token{STRIPE_KEY}' };\n" });
  const { diagnostics, references } = analyzeDocument(doc, store, DEFAULT_SETTINGS);
  const diagnostic = diagnostics.find((d) => d.code === 'out-of-scope');
  assert.ok(diagnostic, JSON.stringify(diagnostics));
  const fixes = editScopeFix.provide({ doc, diagnostic, references, store, settings: DEFAULT_SETTINGS });
  assert.deepEqual(
    fixes.map((f) => [f.title, f.command]),
    [
      [
        "Let app 'shop' use 'STRIPE_KEY' (edit its scope)",
        { command: 'secretref.editScope', title: 'Edit scope', arguments: ['STRIPE_KEY', 'shop'] },
      ],
    ],
  );
});
