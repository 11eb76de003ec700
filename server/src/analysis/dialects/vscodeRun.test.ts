import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt } from '../features/completion';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS } from '../model/types';
import { probeOf } from '../text/textSource';
import { cursor } from '../../../../test/util/cursor';
import { diagnose, NOW } from '../../../../test/util/diagnose';
import { vscodeRunDialect } from './vscodeRun';

const TASKS = `// tasks.json is JSON with comments
{
  "version": "2.0.0",
  "tasks": [
    { "label": "deploy", "type": "secretref", "command": "npm run deploy", "secrets": ["GITHUB_TOKEN", "SLACK_TOKEN"], "environment": "prd" },
    // a shell task's "secrets" is not ours
    { "label": "other", "type": "shell", "command": "make", "secrets": ["NOT_OURS"] },
  ]
}`;

const LAUNCH = `{
  "configurations": [
    {
      "type": "node", "request": "launch", "name": "debug", "program": "a.js",
      "secretref": { "secrets": ["GITHUB_TOKEN"] }, /* trailing comma next */
    }
  ]
}`;

const found = (uri: string, text: string) => {
  const doc = new ParsedDocument({ uri, text, languageId: 'jsonc' });
  return vscodeRunDialect
    .find(doc, DEFAULT_SETTINGS)
    .map((r) => `${r.name}@${text.slice(r.range.start, r.range.end)}${r.context.env ? ` in ${r.context.env}` : ''}`);
};

describe('dialect vscodeRun (secretref tasks and launch configurations)', () => {
  it('finds the names in the secrets of secretref tasks, with the task environment, and not in other tasks', () => {
    assert.equal(vscodeRunDialect.mayContain(probeOf(TASKS)), true);
    assert.deepEqual(found('file:///w/.vscode/tasks.json', TASKS), ['GITHUB_TOKEN@GITHUB_TOKEN in prd', 'SLACK_TOKEN@SLACK_TOKEN in prd']);
  });

  it('finds the names in the secretref attribute of a launch configuration', () => {
    assert.deepEqual(found('file:///w/.vscode/launch.json', LAUNCH), ['GITHUB_TOKEN@GITHUB_TOKEN']);
    assert.equal(vscodeRunDialect.mayContain(probeOf('{ "configurations": [{ "type": "node", "env": { "secrets": "x" } }] }')), false);
  });

  it('diagnoses an unknown name and one not available in the task environment', () => {
    const secrets = [{ name: 'GITHUB_TOKEN', envs: ['dev'] }, { name: 'SLACK_TOKEN' }];
    const seen = diagnose('file:///w/.vscode/tasks.json', TASKS.replace('SLACK_TOKEN', 'SLAK_TOKEN'), secrets);
    assert.deepEqual(
      seen.map((d) => [d.code, d.at]),
      [
        ['env-unavailable', 'GITHUB_TOKEN'],
        ['unknown-secret', 'SLAK_TOKEN'],
      ],
    );
    assert.match(seen[1].message, /did you mean 'SLACK_TOKEN'/);
  });

  it('completes names inside a secrets string', () => {
    const store = new StoreSnapshot([{ name: 'GITHUB_TOKEN' }, { name: 'SLACK_TOKEN' }]);
    const c = cursor('{ "tasks": [{ "type": "secretref", "command": "x", "secrets": ["GI|"] }] }');
    const items = completeAt(
      { uri: 'file:///w/.vscode/tasks.json', text: c.text, languageId: 'jsonc' },
      c.offset,
      store,
      DEFAULT_SETTINGS,
      NOW,
    );
    assert.deepEqual(
      items.map((i) => i.label),
      ['GITHUB_TOKEN'],
    );
    assert.deepEqual(items[0].replace, { start: c.offset - 2, end: c.offset });
    const outside = cursor('{ "tasks": [{ "type": "shell", "secrets": ["GI|"] }] }');
    assert.deepEqual(
      completeAt({ uri: 'file:///w/.vscode/tasks.json', text: outside.text }, outside.offset, store, DEFAULT_SETTINGS, NOW),
      [],
    );
  });
});
