import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS } from '../model/types';
import { editScopeFix } from './editScope';
import { scopeInManifestFix } from './scopeInManifest';

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

test("a secret only secretref.json declares gets its manifest scope edited, not the store's", () => {
  const manifestText = '{\n  "secrets": {\n    "STRIPE_KEY": { "description": "payments", "scope": ["payments"] }\n  }\n}\n';
  const store = new StoreSnapshot([{ name: 'STRIPE_KEY', level: 'manifest', scope: ['payments'] }]);
  const doc = new ParsedDocument({ uri: 'file:///shop.ts', text: "export const cfg = { app: 'shop', key: '$Token{STRIPE_KEY}' };\n" });
  const { diagnostics, references } = analyzeDocument(doc, store, DEFAULT_SETTINGS);
  const diagnostic = diagnostics.find((d) => d.code === 'out-of-scope');
  assert.ok(diagnostic, JSON.stringify(diagnostics));
  const ctx = {
    doc,
    diagnostic,
    references,
    store,
    settings: DEFAULT_SETTINGS,
    manifest: { uri: 'file:///secretref.json', text: manifestText },
  };
  assert.deepEqual(editScopeFix.provide(ctx), [], 'the Edit Scope command would find no stored secret');
  const [fix] = scopeInManifestFix.provide(ctx);
  assert.ok(fix?.otherFile, 'an edit of secretref.json');
  assert.equal(fix.title, "Let app 'shop' use 'STRIPE_KEY' (add it to the scope in secretref.json)");
  let text = fix.otherFile.text;
  for (const e of [...fix.otherFile.edits].sort((a, b) => b.range.start - a.range.start))
    text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
  assert.deepEqual((JSON.parse(text) as { secrets: Record<string, { scope: string[] }> }).secrets.STRIPE_KEY.scope, ['payments', 'shop']);
  // The edited manifest lets the reference through.
  const after = new StoreSnapshot([{ name: 'STRIPE_KEY', level: 'manifest', scope: ['payments', 'shop'] }]);
  assert.equal(analyzeDocument(doc, after, DEFAULT_SETTINGS).diagnostics.filter((d) => d.code === 'out-of-scope').length, 0);
});
