// `secretref/referenceForms` over the protocol: the server's dialects, custom ones from the
// settings included, say how a reference is written (Copy Reference and Insert Reference ask it).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, tempWorkspace } from './lspClient';
import type { ReferenceFormsResult } from '../../server/src/lsp/protocol';

test('every dialect answers with the reference in each of its forms, custom dialects and the off switch included', async (t) => {
  const ws = tempWorkspace({ 'secretref.json': JSON.stringify({ secrets: { STRIPE_KEY: {} } }) });
  const client = await LspClient.start({
    root: ws.root,
    settings: {
      dialects: { event: false },
      customDialects: [
        { id: 'vault', pattern: 'vault\\("(?<name>[A-Z_]+)"\\)' },
        // Not literal text around the name: nothing can be written in it, so it is not offered.
        { id: 'either', pattern: '(?:a|b)\\[(?<name>\\w+)\\]' },
      ],
    },
  });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();

  const r = await client.request<ReferenceFormsResult>('secretref/referenceForms', { name: 'STRIPE_KEY', languageId: 'yaml' });
  const byId = Object.fromEntries(r.dialects.map((d) => [d.id, d]));
  assert.deepEqual(Object.keys(byId).sort(), ['env', 'event', 'required', 'taskSecret', 'template', 'token', 'vault', 'vscodeRun']);
  assert.deepEqual(
    byId.token.forms.map((f) => f.text),
    ['$Token{STRIPE_KEY}', '$Secret{STRIPE_KEY}'],
    "Ductape's two forms, $Token{} first",
  );
  assert.deepEqual(
    byId.taskSecret.forms.map((f) => f.text),
    ['$ secrets.STRIPE_KEY', "secret_name: 'STRIPE_KEY'"],
  );
  assert.deepEqual(
    byId.vault.forms.map((f) => f.text),
    ['vault("STRIPE_KEY")'],
  );
  assert.equal(byId.event.enabled, false, 'turned off in secretref.dialects');
  assert.equal(byId.token.enabled, true);
  // In YAML the configuration forms come first; in TypeScript the code forms do.
  assert.deepEqual(
    r.dialects.slice(0, 3).map((d) => d.id),
    ['token', 'template', 'taskSecret'],
  );
  const ts = await client.request<ReferenceFormsResult>('secretref/referenceForms', { name: 'STRIPE_KEY', languageId: 'typescript' });
  assert.equal(ts.dialects[0].id, 'required');
  assert.equal(ts.dialects[0].forms[0].text, 'secrets.STRIPE_KEY');
});
