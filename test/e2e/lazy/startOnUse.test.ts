// The language server starts when the workspace first uses SecretRef (client/src/lazyServer.ts):
// this suite runs in a workspace with no secretref.json, no reference and no integration
// (test/e2e/plain-workspace), where activation alone must start no server process, and typing a
// reference must start one and bring its diagnostics.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, eventually, EXTENSION_ID, languageServerProcesses, openFixture } from '../suite/helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the language server starts on first use', () => {
  it('starts no server process in a workspace without references, integrations or a manifest', async () => {
    await openFixture('src/index.ts');
    await openFixture('app.json');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test host`);
    await eventually(() => ext.isActive || undefined, `${EXTENSION_ID} to activate for a JSON file`);
    // Time for a server to start had activation (or the opened files) started one.
    await sleep(3000);
    assert.deepStrictEqual(languageServerProcesses(), [], 'no SecretRef language server process runs');
  });

  it('starts the server when a $Token{} reference is typed, and its diagnostics arrive', async () => {
    const { doc, editor } = await openFixture('app.json');
    const at = doc.positionAt(doc.getText().indexOf('"on"') + 1);
    await editor.edit((e) => e.insert(at, '$Token{E2E_NOT_DECLARED} '));
    const servers = await eventually(() => {
      const found = languageServerProcesses();
      return found.length ? found : undefined;
    }, 'a SecretRef language server process after typing $Token{E2E_NOT_DECLARED}');
    assert.strictEqual(servers.length, 1, 'one server process');
    const diag = await eventually(
      () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'secretref' && /E2E_NOT_DECLARED/.test(d.message)),
      'a SecretRef diagnostic naming E2E_NOT_DECLARED on app.json',
    );
    assert.strictEqual(codeOf(diag), 'unknown-secret');
    assert.ok(doc.getText(diag.range).includes('E2E_NOT_DECLARED'), 'the diagnostic marks the name');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
