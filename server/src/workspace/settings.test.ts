import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { toAnalysisSettings, toServerSettings, DEFAULT_MAX_FILE_SIZE } from './settings';
import { DEFAULT_SETTINGS } from '../analysis/model/types';

test('an empty or malformed section gives the defaults', () => {
  for (const raw of [undefined, null, 42, 'x', [], {}]) {
    const s = toAnalysisSettings(raw);
    assert.equal(s.expiringSoonDays, DEFAULT_SETTINGS.expiringSoonDays);
    assert.deepEqual(s.redactionFunctions, DEFAULT_SETTINGS.redactionFunctions);
    assert.equal(s.app, undefined);
  }
});

test('reads app, environment, days, dialect switches and custom dialects; drops bad entries', () => {
  const s = toAnalysisSettings({
    app: 'billing',
    environment: ' prod ',
    expiringSoonDays: 3,
    dialects: { template: false, token: 'no' },
    customDialects: [{ id: 'vault', pattern: 'vault:(?<name>\\w+)', caseSensitive: true }, { id: 'broken' }],
    logSinks: ['audit.write', 7],
    expiringSoonDaysTypo: 1,
  });
  assert.equal(s.app, 'billing');
  assert.equal(s.environment, 'prod');
  assert.equal(s.expiringSoonDays, 3);
  assert.deepEqual(s.dialects, { template: false });
  assert.deepEqual(
    s.customDialects.map((d) => d.id),
    ['vault'],
  );
  assert.deepEqual(s.logSinks, ['audit.write']);
});

test('file globs come nested or flat, files.exclude contributes its enabled globs', () => {
  const nested = toServerSettings(
    { files: { include: ['**/*.yaml'], exclude: ['fixtures/**'] }, maxFileSize: 1000 },
    { '**/tmp': true, '**/keep': false },
  );
  assert.deepEqual(nested.files.include, ['**/*.yaml']);
  assert.deepEqual(nested.files.exclude, ['fixtures/**', '**/tmp']);
  assert.equal(nested.maxFileSize, 1000);
  assert.equal(nested.analysis.maxParseBytes, 1000);
  const flat = toServerSettings({ secretref: { 'files.include': ['a/**'] } });
  assert.deepEqual(flat.files.include, ['a/**']);
  assert.equal(flat.maxFileSize, DEFAULT_MAX_FILE_SIZE);
});
