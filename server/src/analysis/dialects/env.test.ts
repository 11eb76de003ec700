import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../types';
import { envDialect } from './env';

describe('dialect env (ToolJump, env adapter)', () => {
  it('finds process.env.INTEGRATION_NAME in its three forms; the secret is the name after the prefix', () => {
    const text = "const a = process.env.INTEGRATION_GITHUB_TOKEN;\nconst b = process.env['INTEGRATION_API_KEY'];\nconst { INTEGRATION_DB_URL, NODE_ENV } = process.env;";
    const refs = envDialect.find(new ParsedDocument({ uri: 'file:///e.js', text }), DEFAULT_SETTINGS);
    assert.deepEqual(refs.map((r) => `${r.name}@${text.slice(r.range.start, r.range.end)}`), ['GITHUB_TOKEN@GITHUB_TOKEN', 'API_KEY@API_KEY', 'DB_URL@DB_URL']);
  });

  it('ignores other environment variables and the bare prefix', () => {
    const text = 'process.env.NODE_ENV; process.env.INTEGRATION_; other.env.INTEGRATION_X;';
    assert.deepEqual(envDialect.find(new ParsedDocument({ uri: 'file:///e.ts', text }), DEFAULT_SETTINGS), []);
  });

  it('offers a name slot after the prefix', () => {
    const text = 'const k = process.env.INTEGRATION_GIT';
    assert.deepEqual(envDialect.nameSlotAt!(new ParsedDocument({ uri: 'file:///e.js', text }), text.length), { replace: { start: text.length - 3, end: text.length }, prefix: 'GIT' });
  });
});
