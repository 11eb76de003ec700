import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS } from '../model/types';
import { ignoreOnLineFix } from './ignoreOnLine';

const STORE = new StoreSnapshot([{ name: 'KNOWN', hasValue: true }]);

function titles(uri: string, text: string): string[] {
  const doc = new ParsedDocument({ uri, text });
  const r = analyzeDocument(doc, STORE);
  return r.diagnostics.flatMap((diagnostic) =>
    ignoreOnLineFix.provide({ doc, diagnostic, references: r.references, store: STORE, settings: DEFAULT_SETTINGS }).map((f) => f.title),
  );
}

describe("Ignore 'CODE' on this line", () => {
  it('is offered where the comment is read back as a suppression', () => {
    assert.deepEqual(titles('file:///p/a.ts', 'const a = "$Token{NOPE}";\n'), ["Ignore 'unknown-secret' on this line"]);
  });

  it('is not offered inside a multi-line template or a YAML block scalar, where the comment would be text', () => {
    assert.deepEqual(titles('file:///p/a.ts', 'const a = `first\n$Token{NOPE}`;\n'), []);
    assert.deepEqual(titles('file:///p/a.yaml', 'run: |\n  echo\n  $Token{NOPE}\n'), []);
  });

  it('is not offered in a JSON file that does not allow comments (package.json)', () => {
    assert.deepEqual(titles('file:///p/package.json', '{ "config": { "auth": "$Token{NOPE}" } }\n'), []);
    assert.deepEqual(titles('file:///p/.vscode/settings.json', '{ "auth": "$Token{NOPE}" }\n'), ["Ignore 'unknown-secret' on this line"]);
  });
});
