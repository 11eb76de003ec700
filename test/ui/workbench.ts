// Drives the real VS Code workbench (code-server + headless Chromium) as a person does: quick
// open, typing, the suggest widget, the Problems panel, the command palette, quick inputs,
// dialogs, the notification center and output channels. The extension under test is loaded as
// a development extension from the repo (dist/ must be built).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/harness/browser';
import { startCodeServer, type CodeServer } from '../e2e/harness/codeServer';
import { findTools, REPO_ROOT, RESULTS_DIR } from '../e2e/harness/tools';
import { copyWorkspace, type TempWorkspace } from '../e2e/harness/workspace';

export interface WorkbenchOptions {
  /** User settings, e.g. `{ 'secretref.trace.server': 'verbose' }`. */
  settings?: Record<string, unknown>;
  logLevel?: 'trace' | 'debug' | 'info';
  /** Adds or changes files in the fresh copy of the test workspace before the workbench opens it. */
  prepare?: (workspacePath: string) => void;
}

const MOD = 'Control';

/** What the page functions read of an element (the project compiles without the DOM library). */
interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface DomNode extends DomElement {
  querySelector(selector: string): DomNode | null;
  innerText: string;
}

/** What the quick input shows, read in one go (see quickInputSnapshot). */
interface QuickInputSnapshot {
  title: string;
  placeholder: string;
  ariaLabel: string;
  message: string;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    readonly server: CodeServer,
    readonly workspace: TempWorkspace,
    private readonly consoleLines: string[],
  ) {}

  static async open(opts: WorkbenchOptions = {}): Promise<Workbench> {
    const found = findTools();
    if (!found.ok) throw new Error(`cannot start the workbench: missing ${found.missing.join('; ')}. Fix: ${found.fix}`);
    if (!existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `node esbuild.js` first');
    const server = await startCodeServer({ tools: found.tools, settings: opts.settings, logLevel: opts.logLevel });
    const workspace = copyWorkspace();
    let browser: Browser | undefined;
    try {
      opts.prepare?.(workspace.path);
      browser = await launchBrowser(found.tools.browser);
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // Generous: on a loaded 2-core machine the workbench can take a minute to load.
      page.setDefaultTimeout(60_000);
      page.setDefaultNavigationTimeout(180_000);
      const lines: string[] = [];
      page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
      const wb = new Workbench(page, browser, server, workspace, lines);
      // Only a development extension: no test runner, so the workbench stays for Playwright to drive.
      await page.goto(server.workbenchUrl(workspace.path, [['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)]]), {
        waitUntil: 'domcontentloaded',
      });
      await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 180_000 });
      return wb;
    } catch (e) {
      const dest = join(RESULTS_DIR, 'ui', 'workbench-open');
      await browser
        ?.contexts()[0]
        ?.pages()[0]
        ?.screenshot({ path: join(dest, 'workbench.png') })
        .catch(() => undefined);
      server.keepLogs(dest);
      await browser?.close().catch(() => undefined);
      await server.stop();
      workspace.dispose();
      throw e;
    }
  }

  // ---- editor ---------------------------------------------------------------------------------

  /** Opens a workspace file through Quick Open (Ctrl+P), as a person would. */
  async openFile(relPath: string): Promise<void> {
    await this.page.keyboard.press(`${MOD}+P`);
    const input = this.quickInputBox();
    await input.waitFor();
    await input.fill(relPath);
    await this.page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
    await this.page.keyboard.press('Enter');
    const base = relPath.split('/').pop()!;
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).waitFor({ timeout: 20_000 });
    await this.activeEditor().locator('.view-lines').waitFor();
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
  async goTo(line: number, column: number): Promise<void> {
    await this.activeEditor().click({ position: { x: 200, y: 5 } });
    await this.page.keyboard.press(`${MOD}+G`);
    const input = this.quickInputBox();
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInputBox().waitFor({ state: 'hidden' });
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 40 });
  }

  /** The text of the visible lines of the active editor. */
  async editorText(): Promise<string> {
    const t = await this.activeEditor().locator('.view-lines').innerText();
    return t.replace(/\u00a0/g, ' ');
  }

  /** Labels in the suggest widget, waiting for it to show. */
  async suggestions(timeoutMs = 10_000): Promise<string[]> {
    const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    const shown = await rows
      .first()
      .waitFor({ timeout: timeoutMs })
      .then(
        () => true,
        () => false,
      );
    if (!shown) {
      // A busy machine can miss the typed trigger; ask for suggestions as a person would then.
      await this.page.keyboard.press('Control+Space');
      await rows.first().waitFor({ timeout: timeoutMs });
    }
    return rows.locator('.label-name').allInnerTexts();
  }

  // ---- panels ---------------------------------------------------------------------------------

  /** Entries of the Problems panel (opens it with Ctrl+Shift+M). */
  async problems(): Promise<string[]> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
    return await rows.evaluateAll((els: DomElement[]) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  }

  /** Messages in the notification center (toasts are hidden while the smoke-test driver is on). */
  async notifications(): Promise<string[]> {
    await this.runCommand('Notifications: Show Notifications');
    const msgs = this.page.locator('.notifications-center .notification-list-item-message');
    await msgs
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    const texts = await msgs.allInnerTexts();
    await this.page.keyboard.press('Escape');
    return texts;
  }

  // ---- commands and inputs ---------------------------------------------------------------------

  /** Runs a contributed command from the palette, by the title package.json gives it. */
  async runContributedCommand(id: string): Promise<void> {
    await this.runCommand(commandTitle(id));
  }

  /** Runs a command from the palette by its title as shown there, e.g. `Secrets: Create Secret`. */
  async runCommand(title: string, timeoutMs = 90_000): Promise<void> {
    // The palette lists an extension's commands only once the remote extension host has
    // registered them, which on a busy machine takes a while after the workbench shows: retry.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('F1');
      const input = this.quickInputBox();
      await input.waitFor();
      await input.fill(`>${title}`);
      const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
      const found = await row.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (found) {
        await row.click();
        // The palette shares its widget with the command's own first prompt: until it has gone,
        // an answer meant for the command would land in the palette.
        for (let waited = 0; waited < 10_000; waited += 100) {
          if (!(await this.quickInputVisible())) return;
          const value = await input.inputValue({ timeout: 1_000 }).catch(() => '');
          if (!value.startsWith('>')) return;
          await this.page.waitForTimeout(100);
        }
        return;
      }
      await this.page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the command palette never listed '${title}' within ${timeoutMs / 1000} s`);
    }
  }

  quickInputBox(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input').first();
  }

  async quickInputVisible(): Promise<boolean> {
    return this.page.locator('.quick-input-widget').isVisible();
  }

  /**
   * What the quick input shows, read in one evaluation. VS Code reuses the one widget (and its one
   * <input>) for every prompt and switches all its parts in one task: reads made one by one can
   * straddle the switch. A CI run read the value box's title with the Description box's label,
   * took that for the value box, and typed the value into Description.
   */
  private async quickInputSnapshot(): Promise<QuickInputSnapshot> {
    const empty = { title: '', placeholder: '', ariaLabel: '', message: '' };
    return this.page
      .locator('.quick-input-widget')
      .first()
      .evaluate(
        (w: DomNode) => {
          const input = w.querySelector('.quick-input-box input');
          return {
            title: w.querySelector('.quick-input-title')?.innerText ?? '',
            placeholder: input?.getAttribute('placeholder') ?? '',
            ariaLabel: input?.getAttribute('aria-label') ?? '',
            message: w.querySelector('.quick-input-message')?.innerText ?? '',
          };
        },
        undefined,
        { timeout: 5_000 },
      )
      .catch(() => empty);
  }

  /** What the open quick input asks for: its title, placeholder, label and prompt, in one string. */
  async quickInputPrompt(): Promise<string> {
    return (await this.quickInputRead()).prompt;
  }

  /**
   * The prompt, and which box shows it, from one snapshot: the box is its title, placeholder
   * and label (not the message, which validation changes as you type).
   */
  private async quickInputRead(): Promise<{ prompt: string; box: string }> {
    const s = await this.quickInputSnapshot();
    return {
      prompt: [s.title, s.placeholder, s.ariaLabel, s.message].filter(Boolean).join(' | '),
      box: JSON.stringify([s.title, s.placeholder, s.ariaLabel]),
    };
  }

  /** Items of the open quick pick. */
  async quickPickItems(): Promise<string[]> {
    const rows = this.page.locator('.quick-input-widget .monaco-list-row:visible');
    return rows.evaluateAll((els: DomElement[]) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  }

  /**
   * Answers a sequence of quick inputs (input boxes and quick picks) until none is open.
   * `answer` gets each prompt and its items and returns the text to type (input box), a
   * RegExp of the item to pick (quick pick), undefined to accept the default with Enter, or
   * null for a prompt it does not expect (left alone: the loop waits for the next one).
   */
  async answerPrompts(
    answer: (prompt: string, items: string[]) => string | RegExp | undefined | null,
    max = 12,
    firstWaitMs = 90_000,
    // How long to wait for a command's next prompt before taking the dialogue as finished.
    nextWaitMs = 6_000,
  ): Promise<string[]> {
    const seen: string[] = [];
    const widget = this.page.locator('.quick-input-widget');
    let previous = '';
    for (let i = 0; i < max; i++) {
      const open = await widget.waitFor({ state: 'visible', timeout: i === 0 ? firstWaitMs : nextWaitMs }).then(
        () => true,
        () => false,
      );
      if (!open) return seen;
      // The widget is reused from one prompt to the next: wait until it shows the next one,
      // or an answer meant for one box lands in the following (a name typed as a value).
      let { prompt, box } = await this.quickInputRead();
      for (let waited = 0; prompt === previous && waited < 5_000 && (await widget.isVisible()); waited += 200) {
        await this.page.waitForTimeout(200);
        ({ prompt, box } = await this.quickInputRead());
      }
      if (!(await widget.isVisible())) continue;
      await this.page.waitForTimeout(200);
      // A prompt that closed during the pause has no rows: answering it would press Enter on
      // whatever has focus next (a CI run confirmed Delete's modal that way).
      if (!(await widget.isVisible()) || (await this.dialogVisible())) continue;
      const items = await this.quickPickItems();
      seen.push(prompt);
      previous = prompt;
      const a = answer(prompt, items);
      if (a === null) continue;
      if (a instanceof RegExp) {
        // A pick that closes before the click leaves nothing to click: look again rather than fail here.
        const clicked = await this.page
          .locator('.quick-input-widget .monaco-list-row:visible')
          .filter({ hasText: a })
          .first()
          .click({ timeout: 10_000 })
          .then(
            () => true,
            () => false,
          );
        if (!clicked) previous = '';
      } else {
        // On a loaded machine a prompt can close (or be replaced) between reading and answering:
        // then look again instead of failing on a box that is gone.
        if (a !== undefined) {
          // The answer is for the box the prompt was read from: the text is typed only while that
          // box shows, before and after the fill (the fill types into whichever box has focus then).
          const shows = async () => (await this.quickInputRead()).box === box;
          if (!(await shows())) {
            previous = '';
            continue;
          }
          if (
            !(await this.quickInputBox()
              .fill(a, { timeout: 10_000 })
              .then(
                () => true,
                () => false,
              ))
          )
            continue;
          // A box that replaced it during the fill got the text: clear it (a value typed into
          // Description would be stored as plain-text metadata). A box replaced after the fill
          // starts with its own text: VS Code sets the input's value for every new prompt.
          if (!(await shows())) {
            await this.quickInputBox()
              .fill('')
              .catch(() => undefined);
            previous = '';
            continue;
          }
        }
        if ((await this.dialogVisible()) || !(await widget.isVisible())) {
          previous = '';
          continue;
        }
        await this.quickInputBox()
          .press('Enter', { timeout: 5_000 })
          .catch(() => undefined);
      }
    }
    return seen;
  }

  async dialogVisible(): Promise<boolean> {
    return this.page.locator('.monaco-dialog-box').isVisible();
  }

  /** Clicks the button of a modal dialog whose label matches, if a dialog shows within the wait. */
  async answerDialog(button: RegExp, timeoutMs = 20_000): Promise<boolean> {
    const dialog = this.page.locator('.monaco-dialog-box');
    const shown = await dialog.waitFor({ timeout: timeoutMs }).then(
      () => true,
      () => false,
    );
    if (!shown) return false;
    await dialog.locator('.monaco-button', { hasText: button }).first().click();
    return true;
  }

  // ---- output and logs -------------------------------------------------------------------------

  /** Shows an output channel in the Output panel (so screenshots show it) and returns its text from its log file. */
  async outputChannel(name: string): Promise<string> {
    await this.runCommand('Output: Show Output Channels...');
    await this.page
      .locator('.quick-input-widget .monaco-list-row', { hasText: name })
      .first()
      .click()
      .catch(() => undefined);
    return this.outputChannelFiles(name)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
  }

  /** The files VS Code writes an output channel's text to (extension host logs on the server). */
  outputChannelFiles(name: string): string[] {
    // File names carry the channel name with a numeric prefix and unsafe characters replaced.
    const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const wanted = squash(name);
    return this.logFiles().filter((f) => {
      const base = f.split('/').pop()!;
      if (!base.endsWith('.log')) return false;
      const stem = squash(base.slice(0, -4).replace(/^\d+-/, ''));
      return stem === wanted;
    });
  }

  /** Every file under code-server's logs folder. */
  logFiles(): string[] {
    return walk(join(this.server.userDataDir, 'logs'));
  }

  // ---- failure artefacts and teardown -----------------------------------------------------------

  /**
   * Secrets: Create Secret through the palette, as a person would, in the workspace level. The
   * first prompt is a quick pick, which VS Code closes when it loses focus: right after the
   * workbench opens, a CI run saw it close unanswered (nothing was created then). So the command
   * runs again, up to three times, only while no name has been asked (nothing is created twice),
   * and each retry keeps a screenshot. `description` undefined leaves the box as offered (a
   * declared secret's description from secretref.json is filled in).
   */
  async createSecret(name: string, value: string, description?: string): Promise<void> {
    const tried: string[][] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await this.runContributedCommand('secretref.createSecret');
      const asked = await this.answerPrompts(
        (prompt, items) => {
          if (items.length && /where should the secret live/i.test(prompt)) return /Workspace/;
          if (/secret name/i.test(prompt)) return name;
          if (/value of/i.test(prompt)) return value;
          if (description !== undefined && /description/i.test(prompt)) return description;
          return undefined;
        },
        12,
        // A CI run saw the value box come more than 6 s after the name while the extension host was busy.
        90_000,
        15_000,
      );
      tried.push(asked);
      if (asked.some((p) => /value of/i.test(p))) return;
      if (asked.some((p) => /secret name/i.test(p))) break; // the name was asked: a retry would not explain more
      const shot = await this.screenshot(`create-secret-${name}-attempt-${attempt}`);
      console.log(
        `# Create Secret closed before asking for a value (attempt ${attempt}, prompts ${JSON.stringify(asked)}, screenshot ${shot})`,
      );
      await this.page.keyboard.press('Escape');
    }
    throw new Error(`Create Secret never asked for a value; prompts per attempt: ${JSON.stringify(tried)}`);
  }

  async screenshot(name: string): Promise<string> {
    const dir = join(RESULTS_DIR, 'ui');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path }).catch(() => undefined);
    return path;
  }

  /** Runs a test body; on failure keeps a screenshot and the logs under test-results/ui/. */
  async step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (e) {
      const shot = await this.screenshot(name);
      this.server.keepLogs(join(RESULTS_DIR, 'ui', `${name.replace(/[^\w.-]+/g, '_')}-logs`));
      if (e instanceof Error) e.message += `\n(screenshot: ${shot})`;
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    this.workspace.dispose();
  }

  get console(): readonly string[] {
    return this.consoleLines;
  }
}

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

/** `Category: Title` of a command contributed in package.json, as the palette shows it. */
export function commandTitle(id: string): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes?: { commands?: ContributedCommand[] } };
  const c = pkg.contributes?.commands?.find((x) => x.command === id);
  if (!c) throw new Error(`command ${id} is not contributed in package.json`);
  return c.category ? `${c.category}: ${c.title}` : c.title;
}

/** Whether package.json contributes a command (features still being built are skipped, not deleted). */
export function isContributed(id: string): boolean {
  try {
    commandTitle(id);
    return true;
  } catch {
    return false;
  }
}

export function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
