import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { declarationLenses, usedInTitle } from './codeLens';
import type { SecretInfo } from '../model/types';

test('usage titles count files', () => {
  assert.equal(usedInTitle(0), 'not used in any file');
  assert.equal(usedInTitle(1), 'used in 1 file');
  assert.equal(usedInTitle(12), 'used in 12 files');
});

test('declarations get a usage lens, and a Set value lens when nothing is stored here', () => {
  const secrets: Record<string, SecretInfo> = {
    STORED: { name: 'STORED', level: 'workspace', hasValue: true },
    EMPTY: { name: 'EMPTY', level: 'user', hasValue: false },
    MANIFEST_ONLY: { name: 'MANIFEST_ONLY', level: 'manifest' },
    FROM_ENV: { name: 'FROM_ENV', level: 'env', hasValue: true },
  };
  const decls = ['STORED', 'EMPTY', 'MANIFEST_ONLY', 'FROM_ENV', 'UNKNOWN'].map((name, i) => ({ name, range: i }));
  const lenses = declarationLenses(
    decls,
    (n) => secrets[n],
    (n) => (n === 'STORED' ? 3 : 0),
  );
  assert.equal(lenses.filter((l) => !l.command).length, 5, 'one usage lens per declaration');
  assert.equal(lenses.find((l) => l.range === 0)?.title, 'used in 3 files');
  assert.deepEqual(
    lenses.filter((l) => l.command).map((l) => [l.title, l.command?.command, l.command?.arguments]),
    ['EMPTY', 'MANIFEST_ONLY', 'UNKNOWN'].map((n) => ['no value here — Set value', 'secretref.setValue', [n]]),
  );
});
