// Quick fixes for integration code over the protocol: the real server process answers
// textDocument/codeAction for its own diagnostics; applying the edits removes the diagnostic.
// The hardcoded credential is generated at run time and must never come back from the server.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits, tempWorkspace } from './lspClient';
import { fakeCredential } from '../util/credentials';

const INTEGRATION = [
  "const logger = require('./logger');",
  'module.exports = {',
  "  metadata: { name: 'crm', requiredSecrets: ['CRM_TOKEN', 'CRM_OLD_KEY'] },",
  '  run: async function (context, secrets = {}, dataFiles = []) {',
  "    logger.info('Token:', secrets.CRM_TOKEN);",
  '    return fetch(secrets.CRM_WEBHOOK, { method: "POST" });',
  '  },',
  '};',
  '',
].join('\n');

const SECRETS = ['CRM_TOKEN', 'CRM_OLD_KEY', 'CRM_WEBHOOK'].map((name) => ({ name, hasValue: true }));

async function actionsFor(client: LspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

function edited(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `'${action.title}' carries edits`);
  return applyEdits(text, edits);
}

/** Applies, in turn, the quick fix titled so for the diagnostic of each code; each must take its diagnostic away. */
async function fixInTurn(client: LspClient, uri: string, text: string, steps: ReadonlyArray<readonly [string, string]>): Promise<string> {
  for (const [code, title] of steps) {
    const current = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === code));
    const actions = await actionsFor(
      client,
      uri,
      current.find((x) => x.code === code)!,
    );
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `${code}: got ${actions.map((a) => a.title).join(' / ')}`);
    assert.equal(action.kind, 'quickfix');
    text = edited(text, action, uri);
    await client.change(uri, text);
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === code));
  }
  return text;
}

test('undeclared, unused and logged secrets each get a fix whose edit removes the diagnostic', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: SECRETS, commands: true } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('integrations/crm.js');
  await client.open(uri, INTEGRATION);
  const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'undeclared-secret'));
  const byCode = (code: string) => diags.find((x) => x.code === code)!;
  assert.deepEqual(diags.map((d) => d.code).sort(), ['logged-secret', 'undeclared-secret', 'unused-declaration']);
  assert.deepEqual(byCode('unused-declaration').tags, [1], 'unused declarations are tagged unnecessary');

  const text = await fixInTurn(client, uri, INTEGRATION, [
    ['undeclared-secret', "Add 'CRM_WEBHOOK' to requiredSecrets"],
    ['unused-declaration', "Remove 'CRM_OLD_KEY' from requiredSecrets"],
    ['logged-secret', "Log whether 'CRM_TOKEN' is set (!!value), not its value"],
  ]);
  assert.match(text, /requiredSecrets: \['CRM_TOKEN', 'CRM_WEBHOOK'\]/);
  assert.match(text, /logger\.info\('Token:', !!secrets\.CRM_TOKEN\);/);
  assert.deepEqual(await client.waitForDiagnostics(uri), []);
});

test('a misspelt declaration is renamed to the suggestion, a missing one offers Create secret', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({
    root: ws.root,
    initializationOptions: { secrets: [{ name: 'GITHUB_TOKEN', hasValue: true }], commands: true },
  });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('stats.js');
  const text =
    "module.exports = {\n  metadata: { name: 'stats', requiredSecrets: ['GITHUB_TOKN', 'SLACK_HOOK'] },\n  run(context, secrets) { return [secrets.GITHUB_TOKN, secrets.SLACK_HOOK]; },\n};\n";
  await client.open(uri, text);
  const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-required'));
  const decl = diags.find((d) => d.code === 'unknown-secret' && d.range.start.line === 1)!;
  const rename = (await actionsFor(client, uri, decl)).find((a) => a.title === "Change to 'GITHUB_TOKEN'")!;
  assert.ok(rename);
  const missing = diags.find((d) => d.code === 'missing-required')!;
  assert.equal(missing.message, "Required secret 'SLACK_HOOK' is not defined; the integration will not run");
  const create = (await actionsFor(client, uri, missing)).find((a) => a.command?.command === 'secretref.createSecret');
  assert.deepEqual(create?.command?.arguments, ['SLACK_HOOK']);
  const renamed = edited(text, rename, uri);
  await client.change(uri, renamed);
  await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unknown-secret' && x.range.start.line === 1));
});

test('a hardcoded credential: the move command gets a range, a name and the replacement, never the credential', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [], commands: true } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const credential = fakeCredential('Stripe');
  const uri = ws.uri('config.yaml');
  const text = `payments:\n  stripe_key: ${credential}\n`;
  await client.open(uri, text);
  const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'hardcoded-secret'));
  const d = diags.find((x) => x.code === 'hardcoded-secret')!;
  assert.equal(d.message, 'Hardcoded Stripe credential: store it as a secret');
  const actions = await actionsFor(client, uri, d);
  assert.ok(!JSON.stringify({ diags, actions }).includes(credential.slice(8)), 'the credential never comes back from the server');
  const move = actions.find((a) => a.command?.command === 'secretref.moveHardcodedToStore');
  assert.ok(move);
  const [argUri, range, name, replacement, extra] = move.command!.arguments as [
    string,
    { start: number; end: number },
    string,
    string,
    unknown[],
  ];
  assert.equal(argUri, uri);
  assert.equal(text.slice(range.start, range.end), credential, 'the range is where the client reads the credential');
  assert.equal(name, 'STRIPE_KEY');
  assert.equal(replacement, '$Token{STRIPE_KEY}');
  assert.deepEqual(extra, []);
  // What the client does once it has stored the value:
  const moved = text.slice(0, range.start) + replacement + text.slice(range.end);
  await client.change(uri, moved);
  await client.waitForDiagnostics(uri, (x) => !x.some((y) => y.code === 'hardcoded-secret'));
});

test("out-of-scope for a secret only secretref.json declares: the fix edits the manifest's scope, in VS Code too", async (t) => {
  const manifest = '{\n  "secrets": {\n    "STRIPE_KEY": { "description": "payments", "scope": ["payments"] }\n  }\n}\n';
  const ws = tempWorkspace({ 'secretref.json': manifest });
  // A client with commands (as VS Code's) whose store holds no STRIPE_KEY: Edit Scope would find nothing to edit.
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: [], commands: true } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.indexed();
  const uri = ws.uri('shop.ts');
  await client.open(uri, "export const cfg = { app: 'shop', key: '$Token{STRIPE_KEY}' };\n");
  const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'out-of-scope'));
  const actions = await actionsFor(
    client,
    uri,
    diags.find((x) => x.code === 'out-of-scope')!,
  );
  assert.ok(!actions.some((a) => a.command?.command === 'secretref.editScope'), JSON.stringify(actions.map((a) => a.title)));
  const fix = actions.find((a) => a.title === "Let app 'shop' use 'STRIPE_KEY' (add it to the scope in secretref.json)");
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(actions[0], fix, 'the fix comes before Ignore on this line');
  const after = edited(manifest, fix, ws.uri('secretref.json'));
  assert.deepEqual((JSON.parse(after) as { secrets: Record<string, { scope: string[] }> }).secrets.STRIPE_KEY.scope, ['payments', 'shop']);
});

test('in a Markdown fence the fixes are those of its language, with edits in the Markdown document', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: SECRETS, commands: true } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('docs/crm.md');
  const doc = ['# CRM', '', '```js', ...INTEGRATION.split('\n').slice(1, -1), '```', '', 'Auth header: `$Token{CRM_TOKN}`.', ''].join('\n');
  await client.open(uri, doc);
  const text = await fixInTurn(client, uri, doc, [
    ['undeclared-secret', "Add 'CRM_WEBHOOK' to requiredSecrets"],
    ['logged-secret', "Ignore 'logged-secret' on this line"],
    ['unknown-secret', "Change to 'CRM_TOKEN'"],
  ]);
  assert.match(text, /requiredSecrets: \['CRM_TOKEN', 'CRM_OLD_KEY', 'CRM_WEBHOOK'\]/);
  assert.match(text, /\n {4}\/\/ secretref-disable-next-line logged-secret\n {4}logger\.info/);
  assert.deepEqual(
    (await client.waitForDiagnostics(uri)).map((d) => d.code),
    ['unused-declaration'],
  );
});

test('in MDX, Ignore on this line writes {/* */} in prose and the fence language comment in a fence; a stale one is removed whole', async (t) => {
  const ws = tempWorkspace({});
  const client = await LspClient.start({ root: ws.root, initializationOptions: { secrets: SECRETS, commands: true } });
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const uri = ws.uri('docs/crm.mdx');
  const doc = ['# CRM', '', 'Auth header: `$Token{CRM_TOKN}`.', '', '```yaml', 'auth: $Token{CRM_TOKN}', '```', ''].join('\n');
  await client.open(uri, doc);
  const found = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'unknown-secret').length === 2);
  const edits = [];
  for (const d of found) {
    const ignore = (await actionsFor(client, uri, d)).find((a) => a.title === "Ignore 'unknown-secret' on this line");
    assert.ok(ignore?.edit?.changes?.[uri], `line ${d.range.start.line}: Ignore on this line is offered`);
    edits.push(...ignore.edit.changes[uri]);
  }
  let text = applyEdits(doc, edits);
  await client.change(uri, text);
  // MDX 2+ rejects HTML comments: the prose gets a JavaScript comment in an expression.
  assert.equal(
    text,
    [
      '# CRM',
      '',
      'Auth header: `$Token{CRM_TOKN}`. {/* secretref-disable-line unknown-secret */}',
      '',
      '```yaml',
      '# secretref-disable-next-line unknown-secret',
      'auth: $Token{CRM_TOKN}',
      '```',
      '',
    ].join('\n'),
  );
  assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);

  // The reference is corrected: the comment now silences nothing, and its fix takes it away, braces and all.
  text = text.replace('Auth header: `$Token{CRM_TOKN}`', 'Auth header: `$Token{CRM_TOKEN}`');
  await client.change(uri, text);
  const stale = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unused-suppression'));
  assert.deepEqual(
    stale.map((d) => [d.code, d.range.start.line]),
    [['unused-suppression', 2]],
  );
  text = await fixInTurn(client, uri, text, [['unused-suppression', 'Remove the unused suppression']]);
  assert.equal(text.split('\n')[2], 'Auth header: `$Token{CRM_TOKEN}`.');
});

test('in an untitled buffer, Ignore on this line writes the comment of its language: {/* */} for MDX, <!-- --> for Markdown', async (t) => {
  const client = await LspClient.start({ initializationOptions: { secrets: SECRETS, commands: true } });
  t.after(() => client.stop());
  // No file name to tell MDX by: only the editor's language id says which comment the build accepts.
  for (const [i, languageId, comment] of [
    [1, 'mdx', '{/* secretref-disable-line unknown-secret */}'],
    [2, 'markdown', '<!-- secretref-disable-line unknown-secret -->'],
  ] as const) {
    const uri = `untitled:Untitled-${i}`;
    const doc = ['# CRM', '', 'Auth header: `$Token{CRM_TOKN}`.', ''].join('\n');
    await client.open(uri, doc, languageId);
    const [found] = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-secret'));
    const ignore = (await actionsFor(client, uri, found)).find((a) => a.title === "Ignore 'unknown-secret' on this line");
    assert.ok(ignore, `${languageId}: Ignore on this line is offered`);
    const text = edited(doc, ignore, uri);
    assert.equal(text.split('\n')[2], `Auth header: \`$Token{CRM_TOKN}\`. ${comment}`, languageId);
    await client.change(uri, text);
    assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), [], `${languageId}: the comment silences the line`);
  }
});
