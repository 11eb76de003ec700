// Neovim as a real third-party LSP client: `nvim --headless` starts the standalone server
// (dist/server.js --stdio) for a YAML file, and the diagnostic and completion it shows are
// read back. Needs the Debian package `neovim` (npm run provision installs it).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');

function nvimPath(): string {
  const r = spawnSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' });
  const p = r.stdout.trim();
  if (!p)
    throw new Error('nvim is not installed: run  npm run provision  (it installs the Debian package neovim), or  apt-get install neovim');
  return p;
}

describe('Neovim (headless) as the client of the standalone server', () => {
  let dir: string;
  before(() => {
    // npm run test:nvim / test:cli build first; rebuilding here would rewrite dist/ under
    // the CLI tests that run beside this file.
    if (!existsSync(SERVER) && spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT }).status !== 0) throw new Error('build failed');
    dir = mkdtempSync(join(tmpdir(), 'secretref-nvim-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(
      join(dir, 'secretref.json'),
      JSON.stringify({ secrets: { STRIPE_KEY: { description: 'Stripe secret key' }, SENDGRID_KEY: {} } }, null, 2),
    );
    writeFileSync(join(dir, 'payments.yaml'), 'payments:\n  api_key: "$Token{STRIPE_KY}"\n  mail_key: "$Token{SEN"\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the server diagnostic with its code and completes secret names', () => {
    const out = join(dir, 'nvim-out.txt');
    const r = spawnSync(nvimPath(), ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'attach.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
      env: {
        ...process.env,
        SR_ROOT: dir,
        SR_FILE: join(dir, 'payments.yaml'),
        SR_OUT: out,
        SR_NODE: process.execPath,
        SR_SERVER: SERVER,
        SR_COMPLETE_LINE: '2',
        SR_COMPLETE_CHAR: String('  mail_key: "$Token{SEN'.length),
      },
    });
    assert.equal(r.status, 0, `nvim exited ${r.status}: ${r.stderr}`);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    const diag = lines.filter((l) => l.startsWith('diagnostic '));
    // severity 1 = error in vim.diagnostic; the position is the name inside $Token{…}.
    assert.ok(
      diag.some((l) => /^diagnostic 2:20 1 secretref unknown-secret Secret 'STRIPE_KY' not found \(did you mean 'STRIPE_KEY'\?\)$/.test(l)),
      lines.join('\n'),
    );
    const completions = lines.filter((l) => l.startsWith('completion ')).map((l) => l.slice('completion '.length));
    assert.ok(completions.includes('SENDGRID_KEY'), `completions: ${completions.join(', ')}`);
  });
});
