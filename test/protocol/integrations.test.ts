// Integration code over the protocol: go to definition from a use to its requiredSecrets
// declaration, `secretref/integrations` for the runner, and metadata in a file beside a module.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic, Location } from 'vscode-languageserver-protocol';
import { LspClient, tempWorkspace } from './lspClient';
import type { ListIntegrationsResult } from '../../server/src/lsp/protocol';

const INLINE = [
  'module.exports = {',
  "  metadata: { name: 'stats', requiredSecrets: ['GH_TOKEN'] },",
  '  run: async function (context, secrets) {',
  '    return secrets.GH_TOKEN ? 1 : 0;',
  '  },',
  '};',
  '',
].join('\n');

const SIBLING_MODULE = 'exports.run = async (context, secrets) => secrets.SLACK_HOOK;\n';

test('definition of a secrets.X use is its requiredSecrets entry; the runner lists integrations with their declarations', async (t) => {
  const ws = tempWorkspace({
    'secretref.json': JSON.stringify({ secrets: { GH_TOKEN: {}, SLACK_HOOK: {} } }),
    'integrations/stats.js': INLINE,
    'integrations/notify.js': SIBLING_MODULE,
    'integrations/notify.json': JSON.stringify({ name: 'notify', requiredSecrets: ['SLACK_HOOK'] }),
  });
  const client = await LspClient.start({
    root: ws.root,
    initializationOptions: {
      secrets: [
        { name: 'GH_TOKEN', hasValue: true },
        { name: 'SLACK_HOOK', hasValue: true },
      ],
    },
  });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();

  const uri = ws.uri('integrations/stats.js');
  await client.open(uri, INLINE);
  const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 3, character: 20 } });
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, uri);
  assert.deepEqual(defs[0].range.start, { line: 1, character: 48 }, 'the name inside requiredSecrets');

  const list = await client.request<ListIntegrationsResult>('secretref/integrations', {});
  const byName = Object.fromEntries(list.integrations.map((i) => [i.name, i]));
  assert.deepEqual(Object.keys(byName).sort(), ['notify', 'stats']);
  assert.deepEqual(byName.stats.requiredSecrets, ['GH_TOKEN']);
  assert.equal(byName.stats.runLine, 2);
  assert.deepEqual(byName.notify.requiredSecrets, ['SLACK_HOOK'], 'read from the metadata file beside the module');

  // The sibling's declaration counts for the open module too: SLACK_HOOK is declared, so no undeclared-secret.
  const mod = ws.uri('integrations/notify.js');
  await client.open(mod, SIBLING_MODULE);
  const d = await client.waitForDiagnostics(mod);
  assert.ok(!d.some((x: Diagnostic) => x.code === 'undeclared-secret'), JSON.stringify(d));
});

test("editing or saving an integration's metadata file checks the open module beside it again", async (t) => {
  const ws = tempWorkspace({
    'integrations/notify.js': 'exports.run = async (context, secrets) => [secrets.SLACK_HOOK, secrets.GH_TOKEN];\n',
    'integrations/notify.json': JSON.stringify({ name: 'notify', requiredSecrets: ['SLACK_HOOK'] }),
  });
  const secrets = [
    { name: 'GH_TOKEN', hasValue: true },
    { name: 'SLACK_HOOK', hasValue: true },
  ];
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const mod = ws.uri('integrations/notify.js');
  await client.open(mod, 'exports.run = async (context, secrets) => [secrets.SLACK_HOOK, secrets.GH_TOKEN];\n');
  const undeclared = (d: Diagnostic[]) => d.filter((x) => x.code === 'undeclared-secret').length;
  await client.waitForDiagnostics(mod, (d) => undeclared(d) === 1);

  // Saved on disk by another tool: the watched-files event re-checks the module.
  ws.write('integrations/notify.json', JSON.stringify({ name: 'notify', requiredSecrets: ['SLACK_HOOK', 'GH_TOKEN'] }));
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('integrations/notify.json'), type: 2 }] });
  await client.waitForDiagnostics(mod, (d) => undeclared(d) === 0);

  // Typed in the editor, unsaved: the editor's text is what counts.
  const meta = ws.uri('integrations/notify.json');
  await client.open(meta, JSON.stringify({ name: 'notify', requiredSecrets: ['SLACK_HOOK', 'GH_TOKEN'] }));
  await client.change(meta, JSON.stringify({ name: 'notify', requiredSecrets: ['GH_TOKEN'] }));
  const d = await client.waitForDiagnostics(mod, (x) => undeclared(x) === 1 && x.some((y) => /SLACK_HOOK/.test(JSON.stringify(y.message))));

  // Its quick fix declares the secret where the declarations are: in the metadata file.
  const diag = d.find((x) => x.code === 'undeclared-secret')!;
  const actions = await client.request<
    Array<{
      title: string;
      edit?: {
        changes: Record<
          string,
          Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>
        >;
      };
    }>
  >('textDocument/codeAction', { textDocument: { uri: mod }, range: diag.range, context: { diagnostics: [diag] } });
  const add = actions.find((a) => /requiredSecrets/.test(a.title));
  assert.ok(add, JSON.stringify(actions));
  assert.equal(add.title, "Add 'SLACK_HOOK' to requiredSecrets in notify.json");
  assert.deepEqual(Object.keys(add.edit!.changes), [meta]);
  const [edit] = add.edit!.changes[meta];
  const metaText = JSON.stringify({ name: 'notify', requiredSecrets: ['GH_TOKEN'] });
  const fixed = metaText.slice(0, edit.range.start.character) + edit.newText + metaText.slice(edit.range.end.character);
  assert.deepEqual((JSON.parse(fixed) as { requiredSecrets: string[] }).requiredSecrets, ['GH_TOKEN', 'SLACK_HOOK']);
});

test("the runner's list follows a metadata file saved beside a module that is not open", async (t) => {
  const ws = tempWorkspace({
    'integrations/notify.js': SIBLING_MODULE,
    'integrations/notify.json': JSON.stringify({ name: 'notify', requiredSecrets: ['SLACK_HOOK'] }),
  });
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [{ name: 'SLACK_HOOK', hasValue: true }] } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const required = async () =>
    (await client.request<ListIntegrationsResult>('secretref/integrations', {})).integrations.find(
      (i) => i.uri === ws.uri('integrations/notify.js'),
    )?.requiredSecrets;
  assert.deepEqual(await required(), ['SLACK_HOOK']);

  ws.write('integrations/notify.json', JSON.stringify({ name: 'notify', requiredSecrets: ['SLACK_HOOK', 'GH_TOKEN'] }));
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('integrations/notify.json'), type: 2 }] });
  let now: string[] | undefined;
  for (let i = 0; i < 50 && now?.length !== 2; i++) {
    now = await required();
    if (now?.length !== 2) await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(now, ['SLACK_HOOK', 'GH_TOKEN'], 'the declarations the run will check before it starts');
});
