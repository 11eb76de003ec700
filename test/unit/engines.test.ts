// engines.vscode is the lowest VS Code whose API the client uses (SecretStorage.keys(),
// finalized in 1.105); @types/vscode must be that version, so the type checker rejects any API
// newer than the floor, and vscode-languageclient must accept it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = require('../../package.json') as { engines: { vscode: string }; devDependencies: Record<string, string> };
const client = JSON.parse(readFileSync(join(__dirname, '../../node_modules/vscode-languageclient/package.json'), 'utf8')) as {
  engines: { vscode: string };
};

const parts = (v: string): number[] =>
  v
    .replace(/^[\^~]/, '')
    .split('.')
    .map(Number);
const atLeast = (a: number[], b: number[]): boolean => a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2])));

test('@types/vscode is pinned to the engines.vscode floor, which vscode-languageclient accepts', () => {
  assert.match(pkg.engines.vscode, /^\^\d+\.\d+\.\d+$/);
  assert.equal(pkg.devDependencies['@types/vscode'], pkg.engines.vscode.slice(1));
  assert.ok(
    atLeast(parts(pkg.engines.vscode), parts(client.engines.vscode)),
    `${pkg.engines.vscode} is below vscode-languageclient's ${client.engines.vscode}`,
  );
});
