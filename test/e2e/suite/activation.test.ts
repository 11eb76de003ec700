// Baseline of the extension-host suite: the extension activates in the test workspace, its
// language server starts and answers through VS Code's own commands, a quick fix applies,
// and SecretStorage round-trips through the extension's context.
import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { codeOf, eventually, extensionApi, openFixture, EXTENSION_ID } from './helpers';

describe('activation and the language server', () => {
  it('activates when a JSON file of the workspace opens', async () => {
    await openFixture('config.json');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test host`);
    await eventually(() => ext.isActive || undefined, `${EXTENSION_ID} to activate`);
  });

  it('is active with a TypeScript integration open', async () => {
    const { doc } = await openFixture('integrations/e2e-echo.ts');
    assert.strictEqual(doc.languageId, 'typescript');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('completes manifest secret names inside $Token{', async () => {
    const { doc, editor } = await openFixture('config.json');
    const empty = doc.getText().indexOf('"X-Extra": ""') + '"X-Extra": "'.length;
    const at = doc.positionAt(empty);
    await editor.edit((e) => e.insert(at, '$Token{'));
    const cursor = at.translate(0, '$Token{'.length);
    const labels = await eventually(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        doc.uri,
        cursor,
        '{',
      );
      // Word-based suggestions would offer names the document already contains: ignore plain text items.
      const names = list.items
        .filter((i) => i.kind !== vscode.CompletionItemKind.Text)
        .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      // E2E_TOKEN is named only in secretref.json, never in config.json.
      return names.includes('E2E_TOKEN') ? names : undefined;
    }, 'a completion list with E2E_TOKEN (named only in secretref.json) after $Token{');
    assert.ok(labels.includes('BILLING_API_KEY'), `every manifest name is offered; got ${labels.join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reports a misspelt secret as unknown-secret, and its quick fix corrects it', async () => {
    const { doc } = await openFixture('config.json');
    const diag = await eventually(
      () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'secretref' && codeOf(d) === 'unknown-secret'),
      'an unknown-secret diagnostic on config.json',
    );
    assert.match(diag.message, /WEBHOOK_SIGNING_SECRE\b/);
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(doc.getText(diag.range).includes('WEBHOOK_SIGNING_SECRE'), true);

    const actions = await eventually(async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fixes = all.filter((a) => a.edit && /WEBHOOK_SIGNING_SECRET\b/.test(a.title));
      return fixes.length ? fixes : undefined;
    }, "a quick fix that replaces the name with 'WEBHOOK_SIGNING_SECRET'");
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!), 'the quick fix edit applies');
    assert.ok(doc.getText().includes('$Token{WEBHOOK_SIGNING_SECRET}'), 'the reference is corrected');
    await eventually(
      () => vscode.languages.getDiagnostics(doc.uri).every((d) => codeOf(d) !== 'unknown-secret') || undefined,
      'the unknown-secret diagnostic to go away after the fix',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('round-trips a value through SecretStorage (context.secrets)', async () => {
    const api = await extensionApi();
    const key = `e2e-roundtrip-${randomBytes(4).toString('hex')}`;
    const value = `canary-${randomBytes(8).toString('hex')}`;
    await api.secrets.store(key, value);
    assert.strictEqual(await api.secrets.get(key), value);
    await api.secrets.delete(key);
    assert.strictEqual(await api.secrets.get(key), undefined);
  });
});
