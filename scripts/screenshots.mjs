// Takes the README's screenshots of the four uses (images/screenshots/*.png) in the real
// VS Code that `npm start` runs, driving the workbench in headless Chromium as a person would.
//   node scripts/screenshots.mjs [--only completion,diagnostic,secrets-view,run] [--out DIR] [--no-package]
// The secret values typed here are random canaries made at run time, typed into password
// boxes; before every screenshot the page text is searched for them and the script fails if
// one shows. Uses its own code-server folders (SECRETREF_DEMO_DIR), never yours.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { root } from './lib/paths.mjs';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: join(root, 'images', 'screenshots') },
    'no-package': { type: 'boolean', default: false },
    browser: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
    keep: { type: 'boolean', default: false },
  },
});
const outDir = resolve(opts.out);
const wanted = new Set((opts.only ?? 'completion,diagnostic,secrets-view,run').split(','));
mkdirSync(outDir, { recursive: true });

const canaries = new Set();
function canary() {
  const v = `canary-${randomBytes(6).toString('hex')}`;
  canaries.add(v);
  return v;
}

// --- start the demo in its own folders ------------------------------------------------------
const demoDir = mkdtempSync('/tmp/srshot-');
mkdirSync(join(demoDir, 'user-data', 'User'), { recursive: true });
writeFileSync(
  join(demoDir, 'user-data', 'User', 'settings.json'),
  JSON.stringify({
    // Typed text lands as typed: no auto-closed brackets or quotes to step over.
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'window.commandCenter': false,
    'workbench.startupEditor': 'none',
    'files.autoSave': 'off',
  }),
);
// A scratch copy of examples/: typing in the workbench saves files, and the repo's demo must stay as committed.
const workspace = join(demoDir, 'examples');
cpSync(join(root, 'examples'), workspace, { recursive: true });
const startArgs = [join(root, 'scripts', 'start.mjs'), '--port', '0', '--folder', workspace];
if (opts['no-package']) startArgs.push('--no-package');
const demo = spawn(process.execPath, startArgs, {
  cwd: root,
  env: { ...process.env, SECRETREF_DEMO_DIR: demoDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let startOut = '';
const url = await new Promise((resolveUrl, reject) => {
  demo.stdout.on('data', (d) => {
    startOut += d;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(startOut);
    if (m) resolveUrl(m[1]);
  });
  demo.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${startOut}`)));
});
console.log(`screenshots: workbench at ${url}`);

async function stopDemo() {
  if (demo.exitCode === null) {
    demo.kill('SIGINT');
    await new Promise((r) => demo.once('exit', r));
  }
  if (!opts.keep) rmSync(demoDir, { recursive: true, force: true });
}

const browser = await chromium.launch({
  executablePath: opts.browser,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
// Generous waits: the workbench, its file search and the language server are slow on a busy machine.
page.setDefaultTimeout(60_000);
page.setDefaultNavigationTimeout(120_000);

// --- workbench helpers (the same moves as test/ui/workbench.ts, on the demo workspace) -------
const pause = (ms) => page.waitForTimeout(ms);
const quickInput = () => page.locator('.quick-input-widget .quick-input-box input').first();
const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();

/** Runs a palette command by its title; retries while the extension host is still registering commands. */
async function palette(title, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('F1');
    await quickInput().waitFor();
    await quickInput().fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    if (
      await row.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await row.click();
      return;
    }
    await page.keyboard.press('Escape');
    if (Date.now() > deadline) throw new Error(`the command palette never listed '${title}'`);
  }
}

async function openFile(relPath) {
  await page.keyboard.press('Control+P');
  await quickInput().waitFor();
  await quickInput().fill(relPath);
  // File search is slow on a loaded machine: wait for the first result rather than a fixed time.
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 120_000 });
  await page.keyboard.press('Enter');
  const base = relPath.split('/').pop();
  await page.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).waitFor({ timeout: 20_000 });
  await editor().locator('.view-lines').waitFor();
}

async function goTo(line, column) {
  await editor().click({ position: { x: 200, y: 5 } });
  await page.keyboard.press('Control+G');
  await quickInput().waitFor();
  await quickInput().fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await quickInput().waitFor({ state: 'hidden' });
}

/** 1-based line and column just after `needle` in a file of the demo workspace. */
function positionAfter(relPath, needle) {
  const text = readFileSync(join(root, 'examples', relPath), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`examples/${relPath} no longer contains ${needle}`);
  const lines = text.slice(0, at + needle.length).split('\n');
  return [lines.length, lines.at(-1).length + 1];
}

/** Answers the next input box or quick pick: text to type, or undefined for the default. */
async function answer(text) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout: 30_000 });
  await pause(400);
  if (text !== undefined) await quickInput().fill(text);
  await page.keyboard.press('Enter');
  await pause(300);
}

async function closeEditors() {
  await page.keyboard.press('Escape');
  await palette('View: Close All Editors');
  await pause(300);
}

async function shoot(name) {
  const text = await page.evaluate(() => document.body.innerText);
  for (const c of canaries) {
    if (text.includes(c)) throw new Error(`a secret value is visible on screen before screenshot ${name}; not saved`);
  }
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`screenshots: ${file}`);
}

async function createSecret(name, description) {
  await palette('Secrets: Create Secret');
  await answer(undefined); // where it lives: the first choice
  await answer(name);
  await answer(canary()); // a password box: shown as dots
  await answer(description);
  await pause(800);
}

// --- the four uses --------------------------------------------------------------------------
try {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
  // The extension activates on secretref.json; give the language server time to index.
  await pause(5000);

  if (wanted.has('completion')) {
    await openFile('ductape/product.json');
    await goTo(...positionAfter('ductape/product.json', '"$Token{STRIPE_WEBHOOK_SECRET}" }'));
    await page.keyboard.type(',\n{ "key": "API_KEY", "value": "" }', { delay: 30 });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('$Token{', { delay: 60 });
    // JSON's own word suggestions may have opened the widget at the quote; ask again where the name goes.
    await page.keyboard.press('Escape');
    await pause(500);
    await page.keyboard.press('Control+Space');
    await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await pause(800);
    await shoot('completion');
    await page.keyboard.press('Escape');
    await palette('File: Revert File');
    await closeEditors();
  }

  if (wanted.has('diagnostic')) {
    await openFile('ductape/product.json');
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
    await palette('View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 20_000 });
    const [line, column] = positionAfter('ductape/product.json', '$Token{SENDGRID_');
    await goTo(line, column);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await pause(600);
    await shoot('diagnostic');
    await page.keyboard.press('Escape');
    await closeEditors();
  }

  if (wanted.has('secrets-view') || wanted.has('run')) {
    await createSecret('GITHUB_TOKEN', 'Read-only token of the github-stats integration');
    await createSecret('DATADOG_API_KEY', 'Datadog API key');
  }

  if (wanted.has('secrets-view')) {
    await openFile('secretref.json');
    await palette('Secrets: Focus on Secrets View');
    await page.locator('.pane-body .monaco-list-row', { hasText: 'GITHUB_TOKEN' }).first().waitFor({ timeout: 30_000 });
    await pause(1500);
    await shoot('secrets-view');
  }

  if (wanted.has('run')) {
    await openFile('integrations/datadog-events.ts');
    // Show the leaking line (underlined) above the output that redacts it.
    await goTo(...positionAfter('integrations/datadog-events.ts', "logger.info('Using Datadog key', "));
    await page.keyboard.press('Control+L'); // select the line, so it stands out
    await palette('Secrets: Run Integration');
    await answer('datadog-events');
    // Then, in whichever order they come: the context to run with, and the consent to inject.
    // The integration logs its key on purpose: the output must show *** in its place.
    const redacted = page.locator('.part.panel .view-lines', { hasText: '***' }).first();
    const dialog = page.locator('.monaco-dialog-box');
    const deadline = Date.now() + 120_000;
    while (!(await redacted.isVisible())) {
      if (Date.now() > deadline) throw new Error('the run output never showed ***');
      if (await dialog.isVisible()) await dialog.locator('.monaco-button', { hasText: /Allow/ }).first().click();
      else if (await page.locator('.quick-input-widget').isVisible()) await answer('context.json');
      await pause(500);
    }
    await pause(1500);
    await shoot('run');
  }
} catch (e) {
  // Kept out of images/ so a failed shot is never committed by accident.
  const failed = join(root, 'test-results', 'screenshots-failed.png');
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await page.screenshot({ path: failed }).catch(() => {});
  console.error(`screenshots: ${e instanceof Error ? e.message : e} (the page as it was: ${failed})`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await stopDemo();
}
