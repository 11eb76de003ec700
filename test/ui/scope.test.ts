// UI test of issue 16 item 5: a reference that runs in an app its secret's scope leaves out is
// an out-of-scope error; the Quick Fix menu offers to edit the secret's scope with that app
// ticked already, the person accepts the pick, and the error goes away.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Workbench } from './workbench';

const SECRET = 'SCOPED_E2E_KEY';
const APP = 'e2e_reports_app';
// The app is named in code, as integration code names it (Ductape's `app:` key).
const SOURCE = `export const reports = { app: '${APP}', key: '$Token{${SECRET}}' };\n`;
const FILE = 'scope-e2e.ts';

describe("editing a secret's scope from the out-of-scope quick fix in VS Code", { timeout: 600_000 }, () => {
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open({
      // Only in this test's copy of the workspace: the team declares the secret for billing_app only.
      prepare: (ws) => {
        const manifestPath = join(ws, 'secretref.json');
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { secrets: Record<string, unknown> };
        manifest.secrets[SECRET] = { description: 'Scoped to the billing app (UI test)', scope: ['billing_app'] };
        writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
        writeFileSync(join(ws, FILE), SOURCE);
      },
    });
  });
  after(async () => {
    await wb?.close();
  });

  /** Create Secret for a declared name, without a value: the store entry starts with the manifest's scope. */
  const createDeclaredSecret = (): Promise<void> => wb.createSecret(SECRET, '');

  const outOfScope = (entries: string[]) => entries.filter((p) => p.includes(`'${SECRET}'`) && /not accessible by app/.test(p));

  it('the out-of-scope quick fix opens the scope pick with the app ticked; accepting it clears the error', { timeout: 360_000 }, () =>
    wb.step('5-out-of-scope-quickfix', async () => {
      await createDeclaredSecret();
      await wb.openFile(FILE);
      const squiggle = wb.activeEditor().locator('.squiggly-error');
      await squiggle.first().waitFor({ timeout: 60_000 });
      const problems = await wb.problems();
      assert.equal(outOfScope(problems).length, 1, `Problems panel entries: ${JSON.stringify(problems)}`);
      assert.match(outOfScope(problems)[0], new RegExp(`'${APP}'`));

      const column = SOURCE.indexOf(SECRET) + 3;
      const title = new RegExp(`Let app '${APP}' use '${SECRET}'`);
      let items: string[] = [];
      // The scope pick closes when it loses focus (a busy workbench can steal it as it opens):
      // then choose the quick fix again, as a person would, and keep a screenshot of what showed.
      for (let attempt = 1; attempt <= 3 && items.length === 0; attempt++) {
        await wb.goTo(1, column);
        // "Quick Fix..." from the palette: Ctrl+. does not reach the editor in the browser workbench.
        await wb.runCommand('Quick Fix...');
        const fix = wb.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
        await fix.waitFor({ timeout: 30_000 });
        if (attempt === 1) await wb.screenshot('5-out-of-scope-quickfix-menu');
        await fix.click();
        const pick = wb.page.locator('.quick-input-widget', { hasText: `Apps that may use ${SECRET}` });
        const shown = await pick.waitFor({ timeout: 30_000 }).then(
          () => true,
          () => false,
        );
        if (shown) items = await checkedItems();
        if (items.length === 0) {
          const shot = await wb.screenshot(`5-out-of-scope-pick-attempt-${attempt}`);
          console.log(`# the scope pick did not stay open (attempt ${attempt}, screenshot ${shot})`);
          await wb.page.keyboard.press('Escape');
        }
      }
      // The app the reference runs in is ticked already, next to the manifest's billing_app.
      assert.deepEqual(items.sort(), ['billing_app', APP].sort(), `ticked apps in the scope pick`);
      await wb.screenshot('5-out-of-scope-scope-pick');
      await wb.quickInputBox().press('Enter');
      await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });

      await squiggle.first().waitFor({ state: 'detached', timeout: 30_000 });
      const after = await wb.problems();
      assert.deepEqual(outOfScope(after), [], `still listed after the fix: ${JSON.stringify(after)}`);
      await wb.screenshot('5-out-of-scope-fixed');
    }),
  );

  // Labels of the ticked rows of the open multi-pick (empty when it closed). A reused row's text
  // can still carry the palette's separator label ("similar commands"); its aria-label does not.
  async function checkedItems(): Promise<string[]> {
    const rows = wb.page.locator('.quick-input-widget .monaco-list-row:visible');
    await rows
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    const all = await rows.evaluateAll((els: Array<{ getAttribute(n: string): string | null; textContent: string | null }>) =>
      els.map((e) => ({ checked: e.getAttribute('aria-checked'), label: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim() })),
    );
    return all.filter((r) => r.checked === 'true').map((r) => r.label);
  }
});
