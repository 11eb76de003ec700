// Emacs as a real third-party LSP client: `emacs --batch` loads the eglot recipe of
// docs/editors.md as the page gives it, then driver.el opens a YAML, a JSON and a JavaScript
// file in that order, the way a user would, against the standalone server started as the npm
// bin `secretref-language-server --stdio`; what flymake, completion and eldoc's hover show is
// read back. Needs the Debian packages emacs-nox, elpa-eglot and elpa-yaml-mode (npm run
// provision installs them). Debian 12 has Emacs 28: the recipe's Emacs 29 modes (js-json-mode,
// the -ts-modes, which also need tree-sitter grammars) do not exist there and are not exercised.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { docSnippet } from '../util/docSnippet';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const FIX =
  'run  npm run provision  (it installs the Debian packages emacs-nox elpa-eglot elpa-yaml-mode), or  apt-get install emacs-nox elpa-eglot elpa-yaml-mode';

function emacs(): { path: string; major: number } {
  const p = spawnSync('sh', ['-c', 'command -v emacs'], { encoding: 'utf8' }).stdout.trim();
  if (!p) throw new Error(`emacs is not installed: ${FIX}`);
  const v = /GNU Emacs (\d+)/.exec(spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout);
  if (!v) throw new Error(`${p} --version does not say which GNU Emacs it is`);
  return { path: p, major: Number(v[1]) };
}

/** An ISO date `days` from today: the expiry the settings' `expiringSoonDays` decides about. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Emacs (eglot, batch) with the recipe of docs/editors.md', () => {
  let dir: string;
  let bin: string;
  before(() => {
    // npm run test:cli builds first; rebuilding here would rewrite dist/ under the CLI tests beside this file.
    if (!existsSync(SERVER) && spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT }).status !== 0) throw new Error('build failed');
    dir = mkdtempSync(join(tmpdir(), 'secretref-emacs-'));
    const project = join(dir, 'project');
    mkdirSync(join(project, '.git'), { recursive: true });
    // What `npm install -g` makes of package.json's bin: a link to dist/server.js, run by its
    // `#!/usr/bin/env node` line with this Node first on PATH.
    bin = join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(SERVER, join(bin, 'secretref-language-server'));
    writeFileSync(
      join(project, 'secretref.json'),
      JSON.stringify(
        {
          secrets: {
            STRIPE_KEY: { description: 'Stripe secret key' },
            SENDGRID_KEY: {},
            // 20 days: past the default expiringSoonDays (14), within the recipe's 30.
            SLACK_TOKEN: { expiresAt: inDays(20) },
            // Not in the recipe's initialization option environment "prd".
            DEV_DB_URL: { envs: ['dev'] },
          },
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(project, 'payments.yaml'),
      'payments:\n  api_key: "$Token{STRIPE_KY}"\n  slack: "$Token{SLACK_TOKEN}"\n  db: "$Token{DEV_DB_URL}"\n  mail_key: "$Token{SEN"\n',
    );
    writeFileSync(join(project, 'config.json'), '{\n  "stripe": "$Token{STRIPE_KY}",\n  "mail": "$Token{SEN"\n}\n');
    // A JavaScript-only form: read as YAML (one server for every mode on Eglot 1.9), it is missed.
    writeFileSync(
      join(project, 'listener.js'),
      "module.exports = (listener) => {\n  listener.on('job:ready', async (event) => {\n    const key = await event.secrets('STRIPE_KY');\n    return key;\n  });\n};\n",
    );
    writeFileSync(join(dir, 'recipe.el'), docSnippet(join(ROOT, 'docs', 'editors.md'), 'Emacs (eglot)', 'elisp'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the diagnostics, completes and hovers in YAML, JSON and JavaScript buffers opened one after another', () => {
    const { path, major } = emacs();
    const project = join(dir, 'project');
    const out = join(dir, 'emacs-out.txt');
    const files = ['payments.yaml', 'config.json', 'listener.js'].map((f) => join(project, f));
    const r = spawnSync(path, ['--batch', '-l', join(dir, 'recipe.el'), '-l', join(__dirname, 'driver.el')], {
      cwd: project,
      encoding: 'utf8',
      timeout: 180_000,
      env: {
        ...process.env,
        // No init file of the machine's user (batch reads none) and no packages of theirs.
        HOME: dir,
        PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
        SR_FILES: files.join(':'),
        SR_OUT: out,
      },
    });
    const hint = /Cannot open load file.*(eglot|yaml-mode)/.test(r.stderr) ? ` (${FIX})` : '';
    assert.equal(r.status, 0, `emacs exited ${r.status}${hint}: ${r.stderr.slice(-2000)}`);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    const all = lines.join('\n');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('error ')),
      [],
      all,
    );

    // The major modes the recipe lists: .json opens in js-mode on Emacs 28, js-json-mode from 29 on.
    const mode = (name: string): string | undefined => lines.find((l) => l.startsWith(`file ${name} `))?.split(' ')[2];
    assert.equal(mode('payments.yaml'), 'yaml-mode', all);
    assert.equal(mode('config.json'), major >= 29 ? 'js-json-mode' : 'js-mode', all);
    assert.equal(mode('listener.js'), 'js-mode', all);

    const diagnostics = (name: string): string[] =>
      lines.filter((l) => l.startsWith(`diagnostic ${name} `)).map((l) => l.slice(`diagnostic ${name} `.length));
    // flymake's text is "source [code]: message"; the line is 1-based.
    const yaml = diagnostics('payments.yaml');
    assert.equal(yaml.length, 3, all);
    assert.ok(yaml.includes("2 eglot-error secretref [unknown-secret]: Secret 'STRIPE_KY' not found (did you mean 'STRIPE_KEY'?)"), all);
    // The settings from eglot-workspace-configuration (expiringSoonDays 30, not the default 14) reached the server…
    assert.ok(
      yaml.some((d) => /^3 eglot-warning secretref \[expiring-soon\]: Secret 'SLACK_TOKEN' expires in (19|20|21) days$/.test(d)),
      all,
    );
    // … and so did the initialization options (environment "prd").
    assert.ok(yaml.includes("4 eglot-error secretref [env-unavailable]: Secret 'DEV_DB_URL' is not available in environment 'prd'"), all);
    assert.deepEqual(
      diagnostics('config.json'),
      ["2 eglot-error secretref [unknown-secret]: Secret 'STRIPE_KY' not found (did you mean 'STRIPE_KEY'?)"],
      all,
    );
    assert.deepEqual(
      diagnostics('listener.js'),
      ["3 eglot-error secretref [unknown-secret]: Secret 'STRIPE_KY' not found (did you mean 'STRIPE_KEY'?)"],
      all,
    );

    // completion-at-point after `$Token{SEN` inserted the one matching name and the closing brace.
    assert.ok(lines.includes('completed payments.yaml   mail_key: "$Token{SENDGRID_KEY}"'), all);
    assert.ok(lines.includes('completed config.json   "mail": "$Token{SENDGRID_KEY}"'), all);

    // eldoc's hover over the misspelt name says what is wrong with it.
    for (const name of ['payments.yaml', 'config.json', 'listener.js'])
      assert.match(lines.find((l) => l.startsWith(`hover ${name} `)) ?? '', /STRIPE\\?_KY\*\* — unknown secret/, all);
  });
});
