// Takes the README's screenshots of the four uses (images/screenshots/*.png) in the real
// VS Code that `npm start` runs, driving the workbench in headless Chromium as a person would.
//   node scripts/screenshots.mjs [--only completion,diagnostic,secrets-view,run] [--out DIR] [--no-package]
// The secret values typed here are random canaries made at run time, typed into password
// boxes; before every screenshot the page text is searched for them and the script fails if
// one shows. Uses its own code-server folders (SECRETREF_DEMO_DIR), never yours.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  }),
);
const startArgs = [join(root, 'scripts', 'start.mjs'), '--port', '0'];
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
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });

// --- workbench helpers ----------------------------------------------------------------------
const pause = (ms) => page.waitForTimeout(ms);

async function palette(command, { enter = true } = {}) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(command, { delay: 5 });
  await pause(400);
  if (enter) await page.keyboard.press('Enter');
}

async function openFile(relPath, line, column) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(relPath, { delay: 5 });
  await pause(600);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[data-resource-name="${relPath.split('/').pop()}"]`, { timeout: 10_000 });
  if (line) {
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${line}:${column ?? 1}`);
    await page.keyboard.press('Enter');
  }
  await pause(500);
}

/** Answers the next input box or quick pick. */
async function answer(text) {
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await pause(300);
  if (text) await page.keyboard.type(text, { delay: 5 });
  await pause(200);
  await page.keyboard.press('Enter');
}

async function closeEverything() {
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
  await answer(''); // level: the first choice
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
    await openFile('ductape/product.json', 13, 80);
    await page.keyboard.press('End');
    await page.keyboard.type(',\n{ "key": "API_KEY", "value": "$Token{', { delay: 20 });
    await page.waitForSelector('.suggest-widget.visible', { timeout: 10_000 });
    await pause(800);
    await shoot('completion');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await closeEverything();
    await palette('File: Revert File');
  }

  if (wanted.has('diagnostic')) {
    await openFile('ductape/product.json', 30, 58);
    await palette('View: Focus Problems');
    await pause(800);
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+G');
    await page.keyboard.type('30:58');
    await page.keyboard.press('Enter');
    await pause(300);
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { timeout: 10_000 });
    await pause(600);
    await shoot('diagnostic');
    await page.keyboard.press('Escape');
    await closeEverything();
  }

  if (wanted.has('secrets-view') || wanted.has('run')) {
    await createSecret('GITHUB_TOKEN', 'Read-only token of the github-stats integration');
    await createSecret('DATADOG_API_KEY', 'Datadog API key');
  }

  if (wanted.has('secrets-view')) {
    await palette('Secrets: Focus on Secrets View');
    await pause(1500);
    await shoot('secrets-view');
  }

  if (wanted.has('run')) {
    await openFile('integrations/datadog-events.ts');
    await palette('Secrets: Run Integration');
    await answer('datadog-events');
    // Later questions (context file, consent) take their first, default answers.
    for (let i = 0; i < 3; i++) {
      const open = await page.$('.quick-input-widget:not([style*="display: none"]) input');
      if (!open) break;
      await answer('');
    }
    await page.waitForSelector('.notifications-toasts .notification-list-item, .output-view', { timeout: 20_000 }).catch(() => {});
    await pause(4000);
    await shoot('run');
  }
} catch (e) {
  await page.screenshot({ path: join(outDir, 'failed.png') }).catch(() => {});
  console.error(`screenshots: ${e instanceof Error ? e.message : e} (the page as it was: ${join(outDir, 'failed.png')})`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await stopDemo();
}
