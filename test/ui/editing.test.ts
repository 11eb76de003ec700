// UI tests 1 and 2 of issue 3: a person types a reference and picks a name; a person sees a
// misspelt secret underlined, finds it in the Problems panel and fixes it with the quick fix.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../e2e/harness/tools';
import { Workbench } from './workbench';

const CONFIG = readFileSync(join(REPO_ROOT, 'test/e2e/workspace/config.json'), 'utf8');

/** 1-based line and column of the first character of `needle` in the fixture config.json. */
function positionOf(needle: string, offsetInNeedle = 0): { line: number; column: number } {
  const at = CONFIG.indexOf(needle);
  assert.ok(at >= 0, `fixture config.json no longer contains ${needle}`);
  const before = CONFIG.slice(0, at + offsetInNeedle).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('editing a config with SecretRef in VS Code', { timeout: 600_000 }, () => {
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open();
  });
  after(async () => {
    await wb?.close();
  });

  it('typing $Token{ shows the suggest widget with the store names', { timeout: 180_000 }, () =>
    wb.step('1-completion', async () => {
      await wb.openFile('config.json');
      const { line, column } = positionOf('"X-Extra": ""', '"X-Extra": "'.length);
      await wb.goTo(line, column);
      await wb.type('$Token{');
      const labels = await wb.suggestions(60_000);
      // E2E_TOKEN is named only in secretref.json: it can only come from SecretRef's store, not from the document.
      assert.ok(labels.includes('E2E_TOKEN'), `suggestions after $Token{: ${labels.join(', ')}`);
      assert.ok(labels.includes('BILLING_API_KEY'), `suggestions after $Token{: ${labels.join(', ')}`);
      await wb.page.keyboard.press('Escape');
      await wb.runCommand('File: Revert File');
    }),
  );

  it("in JSON the first, preselected suggestion after $Token{ is the store name, not the file's misspelt value", { timeout: 180_000 }, () =>
    wb.step('4-json-ranking', async () => {
      await wb.openFile('config.json');
      const { line, column } = positionOf('"X-Extra": ""', '"X-Extra": ""'.length);
      await wb.goTo(line, column);
      // The same key as the misspelt "$Token{WEBHOOK_SIGNING_SECRE}" above: the JSON service offers that value too.
      await wb.type(', "signing_secret": "$Token{WEB');
      let labels = await wb.suggestions(60_000);
      if (labels.length === 1 && labels[0] !== 'WEBHOOK_SIGNING_SECRET') {
        // Seen once in CI on a loaded machine: the widget opened on the JSON service's one answer
        // while the name was still being typed, and kept filtering that list. Ask again, as a
        // person would: a ranking that is wrong stays wrong on a fresh request.
        await wb.page.keyboard.press('Escape');
        await wb.page.keyboard.press('Control+Space');
        labels = await wb.suggestions(60_000);
      }
      assert.equal(labels[0], 'WEBHOOK_SIGNING_SECRET', `suggestions: ${labels.join(', ')}`);
      const focused = await wb.page
        .locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused .label-name')
        .first()
        .innerText();
      assert.equal(focused, 'WEBHOOK_SIGNING_SECRET');
      await wb.screenshot('4-json-ranking');
      await wb.page.keyboard.press('Enter');
      await wb
        .activeEditor()
        .locator('.view-lines', { hasText: '"signing_secret": "$Token{WEBHOOK_SIGNING_SECRET}"' })
        .waitFor({ timeout: 15_000 });
      await wb.runCommand('File: Revert File');
    }),
  );

  it('a misspelt secret is underlined, listed in Problems, and its quick fix corrects it', { timeout: 180_000 }, () =>
    wb.step('2-diagnostic-quickfix', async () => {
      await wb.openFile('config.json');
      const squiggle = wb.activeEditor().locator('.squiggly-error');
      await squiggle.first().waitFor({ timeout: 60_000 });

      const problems = await wb.problems();
      const entry = problems.find((p) => p.includes("'WEBHOOK_SIGNING_SECRE'"));
      assert.ok(entry, `Problems panel entries: ${JSON.stringify(problems)}`);
      assert.match(entry, /not found/);
      assert.match(entry, /secretref/);

      const { line, column } = positionOf('WEBHOOK_SIGNING_SECRE}', 3);
      await wb.goTo(line, column);
      // "Quick Fix..." from the palette: Ctrl+. does not reach the editor in the browser workbench.
      await wb.runCommand('Quick Fix...');
      const fix = wb.page.locator('.action-widget .monaco-list-row', { hasText: /WEBHOOK_SIGNING_SECRET\b/ }).first();
      await fix.waitFor({ timeout: 30_000 });
      await fix.click();
      await wb.activeEditor().locator('.view-lines', { hasText: '$Token{WEBHOOK_SIGNING_SECRET}' }).waitFor({ timeout: 15_000 });
      await squiggle.first().waitFor({ state: 'detached', timeout: 30_000 });
      const after = await wb.problems();
      assert.ok(!after.some((p) => p.includes("'WEBHOOK_SIGNING_SECRE'")), `still listed after the fix: ${JSON.stringify(after)}`);
    }),
  );
});
