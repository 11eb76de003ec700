import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../model/types';
import { envDialect } from './env';
import { attachSiblingMetadata } from '../integrations';

describe('dialect env (ToolJump, env adapter)', () => {
  const INTEGRATION = "exports.metadata = { name: 'sync' };\nexports.run = async (context) => {};\n";

  it('finds process.env.INTEGRATION_NAME in its three forms in an integration module; the secret is the name after the prefix', () => {
    const text =
      INTEGRATION +
      "const a = process.env.INTEGRATION_GITHUB_TOKEN;\nconst b = process.env['INTEGRATION_API_KEY'];\nconst { INTEGRATION_DB_URL, NODE_ENV } = process.env;";
    const refs = envDialect.find(new ParsedDocument({ uri: 'file:///e.js', text }), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => `${r.name}@${text.slice(r.range.start, r.range.end)}`),
      ['GITHUB_TOKEN@GITHUB_TOKEN', 'API_KEY@API_KEY', 'DB_URL@DB_URL'],
    );
  });

  it('is no reference outside integration modules, unless the manifest says the project uses the env adapter', () => {
    // A test switch, as real repositories use it: not a secret.
    const text = "const live = process.env.INTEGRATION_TESTING === 'true';\nconst { INTEGRATION_DB_URL } = process.env;";
    const other = new ParsedDocument({ uri: 'file:///test/setup.ts', text });
    assert.deepEqual(envDialect.find(other, DEFAULT_SETTINGS), []);
    const adapter = envDialect.find(new ParsedDocument({ uri: 'file:///test/setup.ts', text }), { ...DEFAULT_SETTINGS, envAdapter: true });
    assert.deepEqual(
      adapter.map((r) => r.name),
      ['TESTING', 'DB_URL'],
    );
  });

  it('is a reference in a module beside the metadata file of its integration', () => {
    const text = 'module.exports.client = () => new Client(process.env.INTEGRATION_API_KEY);';
    const helper = new ParsedDocument({ uri: 'file:///i/sync/client.js', text });
    attachSiblingMetadata(helper, { uri: 'file:///i/sync/metadata.json', text: '{ "name": "sync", "requiredSecrets": ["API_KEY"] }' });
    assert.deepEqual(
      envDialect.find(helper, DEFAULT_SETTINGS).map((r) => r.name),
      ['API_KEY'],
    );
    // A JSON file beside it that declares no secrets is some other file, not the integration's metadata.
    const other = new ParsedDocument({ uri: 'file:///lib/client.js', text });
    attachSiblingMetadata(other, { uri: 'file:///lib/client.json', text: '{ "retries": 3 }' });
    assert.deepEqual(envDialect.find(other, DEFAULT_SETTINGS), []);
  });

  it('ignores other environment variables and the bare prefix', () => {
    const text = INTEGRATION + 'process.env.NODE_ENV; process.env.INTEGRATION_; other.env.INTEGRATION_X;';
    assert.deepEqual(envDialect.find(new ParsedDocument({ uri: 'file:///e.ts', text }), DEFAULT_SETTINGS), []);
  });

  it('offers a name slot after the prefix', () => {
    const text = 'const k = process.env.INTEGRATION_GIT';
    assert.deepEqual(envDialect.nameSlotAt!(new ParsedDocument({ uri: 'file:///e.js', text }), text.length), {
      replace: { start: text.length - 3, end: text.length },
      prefix: 'GIT',
    });
  });
});
