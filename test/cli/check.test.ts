// `secretref check` as CI and a developer run it: the built CLI as a process on a
// throw-away repository; exit codes, the text report, the store it checks against.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { daysFromNow, ensureBuilt, makeRepo, manifest, runCli, type Repo } from './cliHarness';

const MANIFEST = manifest({
  apps: ['payments', 'web'],
  environments: ['dev', 'prd'],
  secrets: {
    STRIPE_KEY: { description: 'Stripe secret key', scope: ['payments'] },
    SENDGRID_KEY: { description: 'Mail', envs: ['prd'] },
    WEBHOOK_SECRET: { description: 'Webhook signing secret' },
  },
});

before(ensureBuilt);

describe('secretref check: a clean repository', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': MANIFEST,
      'config/payments.json': JSON.stringify({ app: 'payments', auth: { api_key: '$Token{STRIPE_KEY}' } }, null, 2),
      'config/hooks.yaml': 'hooks:\n  - signing_secret: "{{Secrets.WEBHOOK_SECRET}}"\n',
      'src/plain.ts': 'export const answer = 42;\n',
    });
  });
  after(() => repo.remove());

  it('exits 0 and says how many files it checked', () => {
    const r = runCli(repo.dir, ['check']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^No problems found in 4 files\.$/m);
    assert.equal(r.stderr, '');
  });

  it('checks only the paths it is given', () => {
    const r = runCli(repo.dir, ['check', 'config/hooks.yaml']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No problems found in 1 file\./);
  });
});

describe('secretref check: findings', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': MANIFEST,
      'config/payments.json': JSON.stringify({ app: 'payments', auth: { api_key: '$Token{STRIPE_KY}' } }, null, 2),
      'config/web.json': JSON.stringify({ app: 'web', auth: { api_key: '$Token{STRIPE_KEY}' } }, null, 2),
      'config/ok.yaml': 'signing_secret: "{{Secrets.WEBHOOK_SECRET}}"\n',
    });
  });
  after(() => repo.remove());

  it('exits 1 on errors and prints compiler-style lines grouped by file, with a summary', () => {
    const r = runCli(repo.dir, ['check']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const lines = r.stdout.split('\n');
    const typo = lines.find((l) => l.includes('STRIPE_KY'));
    assert.ok(typo, r.stdout);
    assert.match(
      typo,
      /^config\/payments\.json:4:24\s+error\s+Secret 'STRIPE_KY' not found \(did you mean 'STRIPE_KEY'\?\)\s+unknown-secret$/,
    );
    const scope = lines.find((l) => l.includes('out-of-scope'));
    assert.match(scope ?? '', /^config\/web\.json:4:24\s+error\s+Secret 'STRIPE_KEY' is not accessible by app 'web'\s+out-of-scope$/);
    // Grouped by file: a blank line separates the two files' blocks.
    const iPay = lines.indexOf(typo),
      iWeb = lines.indexOf(scope!);
    assert.ok(lines.slice(Math.min(iPay, iWeb), Math.max(iPay, iWeb)).includes(''));
    assert.match(r.stdout, /^2 problems \(2 errors, 0 warnings\) in 2 files \(4 checked\)$/m);
  });

  it('prints no colour codes into a pipe', () => {
    const r = runCli(repo.dir, ['check']);
    assert.ok(!r.stdout.includes('\x1b['), 'escape codes in piped output');
    const forced = runCli(repo.dir, ['check', '--color']);
    assert.ok(forced.stdout.includes('\x1b['), '--color should colour');
    const off = runCli(repo.dir, ['check', '--color', '--no-color']);
    assert.ok(!off.stdout.includes('\x1b['), '--no-color wins');
  });

  it('writes the report to --output and still prints the summary', () => {
    const r = runCli(repo.dir, ['check', '--output', 'reports/secretref.txt']);
    assert.equal(r.code, 1);
    const written = readFileSync(join(repo.dir, 'reports', 'secretref.txt'), 'utf8');
    assert.match(written, /config\/payments\.json:4:24/);
    assert.equal(r.stdout.trim(), '2 problems (2 errors, 0 warnings) in 2 files (4 checked)');
  });

  it('--app and --env set where references are resolved when the code does not say', () => {
    const repo2 = makeRepo({
      'secretref.json': MANIFEST,
      'mail.yaml': 'smtp:\n  password: "$Token{SENDGRID_KEY}"\n',
      'charge.yaml': 'key: "$Token{STRIPE_KEY}"\n',
    });
    try {
      const dev = runCli(repo2.dir, ['check', 'mail.yaml', '--env', 'dev']);
      assert.equal(dev.code, 1, dev.stdout + dev.stderr);
      assert.match(dev.stdout, /mail\.yaml:2:21\s+error\s+Secret 'SENDGRID_KEY' is not available in environment 'dev'\s+env-unavailable/);
      const prd = runCli(repo2.dir, ['check', 'mail.yaml', '--env', 'prd']);
      assert.equal(prd.code, 0, prd.stdout + prd.stderr);

      const web = runCli(repo2.dir, ['check', 'charge.yaml', '--app', 'web']);
      assert.equal(web.code, 1, web.stdout);
      assert.match(web.stdout, /Secret 'STRIPE_KEY' is not accessible by app 'web'\s+out-of-scope/);
      assert.equal(runCli(repo2.dir, ['check', 'charge.yaml', '--app', 'payments']).code, 0);
    } finally {
      repo2.remove();
    }
  });
});

describe('secretref check: --max-warnings', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { OLD_TOKEN: { expiresAt: daysFromNow(5) }, OTHER_TOKEN: { expiresAt: daysFromNow(3) } } }),
      'a.yaml': 'token: "$Token{OLD_TOKEN}"\n',
      'b.yaml': 'token: "$Token{OTHER_TOKEN}"\n',
    });
  });
  after(() => repo.remove());

  it('warnings alone pass by default, and fail once there are more than allowed', () => {
    const plain = runCli(repo.dir, ['check']);
    assert.equal(plain.code, 0, plain.stdout + plain.stderr);
    assert.match(plain.stdout, /a\.yaml:1:16\s+warning\s+Secret 'OLD_TOKEN' expires in \d+ days?\s+expiring-soon/);
    assert.match(plain.stdout, /2 problems \(0 errors, 2 warnings\) in 2 files/);

    const strict = runCli(repo.dir, ['check', '--max-warnings', '0']);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /^\d+ warnings?, but --max-warnings 0 allows none: failing\.$/m);
    assert.equal(runCli(repo.dir, ['check', '--max-warnings', '1']).code, 1);
    assert.equal(runCli(repo.dir, ['check', '--max-warnings', '2']).code, 0);
  });
});

describe('secretref check: the store is the manifest plus INTEGRATION_* names', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({ 'deploy.yaml': 'db:\n  password: "$Token{DB_PASSWORD}"\n' });
  });
  after(() => repo.remove());

  it('an INTEGRATION_ variable makes its secret known, and its value never shows', () => {
    const missing = runCli(repo.dir, ['check']);
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /Secret 'DB_PASSWORD' not found/);

    // A canary made at run time: if any output carried values, this would show up.
    const canary = `canary-${process.pid}-${Date.now().toString(36)}`;
    const known = runCli(repo.dir, ['check', '--format', 'json'], { INTEGRATION_DB_PASSWORD: canary });
    assert.equal(known.code, 0, known.stdout + known.stderr);
    assert.ok(!known.stdout.includes(canary) && !known.stderr.includes(canary), 'the value leaked into the output');
  });

  it('--require-values warns about declared secrets nothing supplies', () => {
    const r2 = makeRepo({
      'secretref.json': manifest({ secrets: { DB_PASSWORD: {}, API_KEY: {} } }),
      'deploy.yaml': 'db: "$Token{DB_PASSWORD}"\napi: "$Token{API_KEY}"\n',
    });
    try {
      assert.equal(runCli(r2.dir, ['check', '--max-warnings', '0']).code, 0);
      const r = runCli(r2.dir, ['check', '--require-values', '--max-warnings', '0'], { INTEGRATION_DB_PASSWORD: 'x' });
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /deploy\.yaml:2:14\s+warning\s+Secret 'API_KEY' is declared but has no value here\s+no-value/);
      assert.doesNotMatch(r.stdout, /DB_PASSWORD/);
    } finally {
      r2.remove();
    }
  });
});

describe('secretref check: usage and configuration errors exit 2', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({ 'a.yaml': 'token: "$Token{X}"\n' });
  });
  after(() => repo.remove());

  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['check', '--formt', 'json'], /Unknown option '--formt'.*--help/],
    [
      'an unknown format',
      ['check', '--format', 'xml'],
      /--format 'xml' is not a format secretref knows: use --format text, --format json or --format sarif/,
    ],
    ['a flag without its value', ['check', '--env'], /Option '--env' needs a value/],
    ['a bad --max-warnings', ['check', '--max-warnings', 'few'], /--max-warnings 'few' is not a whole number/],
    ['a missing path', ['check', 'no/such/dir'], /The path 'no\/such\/dir' does not exist/],
    ['an unknown command', ['lint'], /Unknown command 'lint'/],
    ['no command', [], /No command given/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}`, () => {
      const r = runCli(repo.dir, args);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }

  it('an invalid secretref.json names the file, the place and the fix', () => {
    const bad = makeRepo({
      'secretref.json': '{\n  "secrets": {\n    "GOOD": {},\n    "bad name": {}\n  }\n}\n',
      'a.yaml': 'token: "$Token{GOOD}"\n',
    });
    try {
      const r = runCli(bad.dir, ['check']);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /The manifest secretref\.json is invalid/);
      assert.match(r.stderr, /secretref\.json:4:5\s+'bad name' is not a valid secret name/);
      assert.match(r.stderr, /Fix these entries/);
    } finally {
      bad.remove();
    }
  });

  it('--help and --version exit 0', () => {
    const help = runCli(repo.dir, ['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: secretref check \[paths\.\.\.\] \[options\]/);
    for (const flag of ['--env', '--app', '--format', '--max-warnings', '--output', '--no-color'])
      assert.ok(help.stdout.includes(flag), flag);
    const version = runCli(repo.dir, ['--version']);
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), `secretref ${pkg.version}`);
  });

  it('a report path that cannot be written is a usage error', () => {
    const r = runCli(repo.dir, ['check', '--output', 'a.yaml/report.txt']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot write the report to 'a\.yaml\/report\.txt'/);
    assert.ok(!existsSync(join(repo.dir, 'a.yaml', 'report.txt')));
  });
});
