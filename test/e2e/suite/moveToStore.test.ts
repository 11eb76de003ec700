// The hardcoded-secret quick fix end to end: the server offers it, the client reads the credential
// from its own document, stores it in SecretStorage and leaves a reference in its place.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { fakeCredential } from '../../util/credentials';
import type { SecretRefTestApi } from '../../../client/src/extension';
import { eventually, extensionApi, workspaceRoot } from './helpers';

describe('move a hardcoded credential into the store', () => {
  it('stores the credential under the chosen name and replaces it with $Token{NAME}', async () => {
    const api = (await extensionApi()) as unknown as SecretRefTestApi;
    const credential = fakeCredential('Stripe');
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'hardcoded-e2e.json');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`{\n  "payments": { "api_key": "${credential}" }\n}\n`));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);

    const diag = await eventually(
      () => vscode.languages.getDiagnostics(uri).find((d) => isHardcoded(d)),
      'a hardcoded-secret diagnostic on the Stripe key',
    );
    assert.ok(!diag.message.includes(credential), 'the message never repeats the credential');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
    const move = actions.find((a) => a.command?.command === 'secretref.moveHardcodedToStore');
    assert.ok(move?.command, `a "move to the secret store" fix is offered; got ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(!JSON.stringify(move.command.arguments).includes(credential), 'the server never hands the credential to the client');

    // The sixth argument answers the name prompt, which the extension host cannot type into.
    const name = await vscode.commands.executeCommand<string>(move.command.command, ...((move.command.arguments ?? []) as unknown[]), {
      name: 'PAYMENTS_API_KEY',
    });
    assert.strictEqual(name, 'PAYMENTS_API_KEY');
    assert.ok(doc.getText().includes('"api_key": "$Token{PAYMENTS_API_KEY}"'), doc.getText());
    assert.ok(!doc.getText().includes(credential));
    assert.strictEqual(await api.store.getValue('PAYMENTS_API_KEY'), credential, 'the value went to SecretStorage');

    await eventually(
      () => (vscode.languages.getDiagnostics(uri).some((d) => isHardcoded(d)) ? undefined : true),
      'the hardcoded-secret diagnostic to go away',
    );
    await api.store.delete('PAYMENTS_API_KEY');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});

/** The code comes as { value, target } (its documentation link), or as a plain string. */
function isHardcoded(d: vscode.Diagnostic): boolean {
  const c = d.code;
  return (typeof c === 'object' && c !== null ? String(c.value) : String(c)) === 'hardcoded-secret';
}
