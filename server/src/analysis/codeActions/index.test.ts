import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS } from '../model/types';
import { fixesReadManifest, quickFixesFor } from './index';

const MANIFEST = { uri: 'file:///w/secretref.json', text: '{\n  "secrets": {\n    "STRIPE_KEY": {}\n  }\n}\n' };

function unknownSecret() {
  const store = new StoreSnapshot([{ name: 'STRIPE_KEY', level: 'manifest' }]);
  const doc = new ParsedDocument({ uri: 'file:///w/config.yaml', text: 'key: $Token{GITHUB_TOKEN}\n' });
  const { diagnostics, references } = analyzeDocument(doc, store, DEFAULT_SETTINGS);
  const diagnostic = diagnostics.find((d) => d.code === 'unknown-secret');
  assert.ok(diagnostic, JSON.stringify(diagnostics));
  return { doc, diagnostic, references, store, settings: DEFAULT_SETTINGS, manifest: MANIFEST };
}

test('VS Code gets the fixes that run commands; an editor that cannot run them gets the manifest edit instead', () => {
  const inVsCode = quickFixesFor({ ...unknownSecret(), clientRunsCommands: true });
  assert.ok(
    inVsCode.some((f) => f.command?.command === 'secretref.createSecret'),
    inVsCode.map((f) => f.title).join(', '),
  );
  assert.ok(!inVsCode.some((f) => f.otherFile?.uri === MANIFEST.uri), 'no manifest edit where Create Secret can run');

  const elsewhere = quickFixesFor({ ...unknownSecret(), clientRunsCommands: false });
  assert.ok(
    !elsewhere.some((f) => f.command),
    `no command for a client that would answer "unhandled method": ${JSON.stringify(elsewhere)}`,
  );
  assert.ok(
    elsewhere.some((f) => f.otherFile?.uri === MANIFEST.uri && f.title.includes('GITHUB_TOKEN')),
    elsewhere.map((f) => f.title).join(', '),
  );
  // The finding's own fix comes before silencing it, in every editor.
  const titles = elsewhere.map((f) => f.title);
  assert.ok(titles.findIndex((t) => t.startsWith('Ignore ')) > titles.findIndex((t) => t.includes('secretref.json')));
});

test('the manifest is read only when a fix for these findings can use it', () => {
  // out-of-scope: a secret only the manifest declares has its scope edited there, in every editor.
  assert.equal(fixesReadManifest(['out-of-scope'], true), true);
  // unknown-secret: VS Code creates the secret with a command; other editors get the manifest edit.
  assert.equal(fixesReadManifest(['unknown-secret'], true), false);
  assert.equal(fixesReadManifest(['unknown-secret'], false), true);
  // A logged secret's fixes edit the file itself.
  assert.equal(fixesReadManifest(['logged-secret'], false), false);
  assert.equal(fixesReadManifest([], false), false);
});

test('a fix that throws is reported and the other fixes are still offered', () => {
  const ctx = unknownSecret();
  const errors: unknown[] = [];
  // A manifest that cannot be read breaks the fix that edits it, not the rest.
  const manifest = {
    uri: MANIFEST.uri,
    get text(): string {
      throw new Error('manifest unreadable');
    },
  };
  const fixes = quickFixesFor({ ...ctx, manifest, clientRunsCommands: false }, (e) => errors.push(e));
  assert.ok(errors.length > 0, 'the failure was reported');
  assert.ok(
    fixes.some((f) => f.title.startsWith('Ignore ')),
    `the fixes that do not consult the store remain: ${fixes.map((f) => f.title).join(', ')}`,
  );
});
