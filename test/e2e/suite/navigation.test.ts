// Find references and rename through VS Code's own commands: every dialect, every file, and the
// stored secret follows the rename so no reference dangles.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { SecretRefTestApi } from '../../../client/src/extension';
import { eventually, extensionApi, workspaceRoot } from './helpers';

describe('references and rename across the workspace', () => {
  const files: vscode.Uri[] = [];
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of files) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
  });

  it('finds every reference and renames them all, then the stored secret', async () => {
    const api = (await extensionApi()) as unknown as SecretRefTestApi;
    const root = workspaceRoot();
    const write = async (rel: string, text: string) => {
      const uri = vscode.Uri.joinPath(root, rel);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
      files.push(uri);
      return uri;
    };
    const a = await write('nav-config.json', '{\n  "auth": { "key": "$Token{NAV_SECRET}" },\n  "backup": "$Token<NAV_SECRET>"\n}\n');
    const b = await write(
      'nav-api.yaml',
      'headers:\n  Authorization: "Bearer {{Secrets.nav_secret}}"\n  X-Other: "{{ secrets.NAV_SECRET }}"\n',
    );
    await api.store.create({ name: 'NAV_SECRET', level: 'workspace', description: 'navigation e2e' });

    const doc = await vscode.workspace.openTextDocument(a);
    await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('NAV_SECRET') + 2);

    // b.yaml is never opened: the answer comes from the workspace index.
    const locations = await eventually(async () => {
      const locs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', a, at);
      return locs.filter((l) => l.uri.toString() === b.toString()).length === 2 ? locs : undefined;
    }, 'references of NAV_SECRET in both files (the YAML file only through the index)');
    assert.strictEqual(locations.filter((l) => l.uri.toString() === a.toString()).length, 2, 'both $Token forms in the JSON file');

    await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', a, at, 'NAV_SECRET_V2');
    await eventually(async () => {
      const yaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(b));
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === b.toString())?.getText();
      const text = open ?? yaml;
      return text.includes('NAV_SECRET_V2') ? true : undefined;
    }, 'the YAML file to be renamed');
    const json = doc.getText();
    assert.ok(json.includes('$Token{NAV_SECRET_V2}') && json.includes('$Token<NAV_SECRET_V2>'), json);
    const yamlDoc = await vscode.workspace.openTextDocument(b);
    assert.strictEqual((yamlDoc.getText().match(/NAV_SECRET_V2/gi) ?? []).length, 2, yamlDoc.getText());
    assert.ok(!/NAV_SECRET(?!_V2)/i.test(json + yamlDoc.getText()), 'no reference keeps the old name');

    await eventually(
      () => (api.store.find('NAV_SECRET_V2') && !api.store.find('NAV_SECRET') ? true : undefined),
      'the stored secret to follow the rename',
    );
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await api.store.delete('NAV_SECRET_V2');
  });
});
