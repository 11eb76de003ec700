// `secretref check` on a repository made to hurt it: links out of the repository, FIFOs and
// devices where settings and manifests go, names that would inject terminal escapes or GitHub
// Actions workflow commands, and a report of 178k findings. The built CLI as a process.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fakeCredential } from '../util/credentials';
import { ensureBuilt, makeRepo, manifest, runCli, type Repo } from './cliHarness';

before(ensureBuilt);

const mkfifo = (p: string): void => {
  execFileSync('mkfifo', [p]);
};

describe('secretref check never reads outside the repository', () => {
  let repo: Repo;
  let outside: Repo;
  const stripe = fakeCredential('Stripe');
  before(() => {
    repo = makeRepo({ 'app.env': 'TOKEN=$Token{MISSING_HERE}\n' });
    outside = makeRepo({ 'elsewhere.env': `STRIPE_SECRET_KEY=${stripe}\n` });
    symlinkSync('/proc/self/environ', join(repo.dir, 'leak.env'));
    symlinkSync(join(outside.dir, 'elsewhere.env'), join(repo.dir, 'other.env'));
    // A link that stays inside is an ordinary file of the repository.
    symlinkSync(join(repo.dir, 'app.env'), join(repo.dir, 'alias.env'));
  });
  after(() => {
    repo.remove();
    outside.remove();
  });

  it('does not follow a link to /proc/self/environ or out of the repository, in a walk or when named', () => {
    const env = { STRIPE_FROM_CI: stripe };
    const walk = runCli(repo.dir, ['check', '--format', 'json'], env);
    const files = (JSON.parse(walk.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path).sort();
    assert.deepEqual(files, ['alias.env', 'app.env'], walk.stderr);
    const named = runCli(repo.dir, ['check', 'leak.env', 'other.env', '--no-color'], env);
    assert.doesNotMatch(named.stdout + named.stderr, /Stripe|hardcoded/i);
    assert.match(named.stderr, /skipped leak\.env: it leads out of .* through a symbolic link, which is never followed/);
    assert.match(named.stderr, /skipped other\.env: it leads out of .* through a symbolic link/);
    assert.match(named.stdout, /No problems found/);
  });
});

describe('secretref check on FIFOs, devices and oversized files', () => {
  it('skips a FIFO or a /dev/zero link as .gitignore and .vscode/settings.json instead of hanging', () => {
    const repo = makeRepo({ 'a.env': 'A=$Token{NOPE}\n', 'sub/b.env': 'B=$Token{NOPE_TOO}\n', '.vscode/keep': '' });
    try {
      mkfifo(join(repo.dir, '.gitignore'));
      mkfifo(join(repo.dir, '.vscode', 'settings.json'));
      symlinkSync('/dev/zero', join(repo.dir, 'sub', '.gitignore'));
      mkfifo(join(repo.dir, 'named.env'));
      const r = runCli(repo.dir, ['check', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      const report = JSON.parse(r.stdout) as { files: Array<{ path: string }> };
      assert.deepEqual(report.files.map((f) => f.path).sort(), ['a.env', 'sub/b.env']);
    } finally {
      repo.remove();
    }
  });

  it('checks without a FIFO secretref.json, and refuses one that links to /dev/zero, naming it', () => {
    const repo = makeRepo({ 'a.env': 'A=$Token{NOPE}\n' });
    try {
      mkfifo(join(repo.dir, 'secretref.json'));
      const fifo = runCli(repo.dir, ['check', '--no-color']);
      assert.equal(fifo.code, 1, fifo.stderr);
      assert.match(fifo.stdout, /Secret 'NOPE' not found/);
      rmSync(join(repo.dir, 'secretref.json'));
      symlinkSync('/dev/zero', join(repo.dir, 'secretref.json'));
      const zero = runCli(repo.dir, ['check']);
      assert.equal(zero.code, 2, zero.stdout + zero.stderr);
      assert.match(
        zero.stderr,
        /Cannot read the manifest secretref\.json: it leads out of .* through a symbolic link, which is never followed\. Make it a readable file of the repository\./,
      );
    } finally {
      repo.remove();
    }
  });

  it('refuses a 34 MB manifest with the limit and the setting in the message', () => {
    const secrets: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 400_000; i++) secrets[`SECRET_NUMBER_${i}`] = { description: 'x'.repeat(40) };
    const text = manifest({ secrets });
    assert.ok(text.length > 34_000_000, `${text.length}`);
    const repo = makeRepo({ 'a.env': 'A=$Token{SECRET_NUMBER_1}\n' });
    try {
      writeFileSync(join(repo.dir, 'secretref.json'), text);
      const r = runCli(repo.dir, ['check']);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(
        r.stderr,
        /Cannot read the manifest secretref\.json: \d+\.\d MB is over the secretref\.maxFileSize limit of 5\.0 MB; raise the setting to read it/,
      );
    } finally {
      repo.remove();
    }
  });

  it('leaves a file over secretref.maxFileSize out of the run, walked or named, and counts it nowhere', () => {
    const repo = makeRepo({
      '.vscode/settings.json': JSON.stringify({ 'secretref.maxFileSize': 1000 }),
      'a.env': 'A=$Token{NOPE}\n',
      'sub/big.env': `B=$Token{NOPE_TOO}\n${'#'.repeat(2000)}\n`,
    });
    try {
      // A link to the big file is sized where it leads, as the file itself.
      symlinkSync(join(repo.dir, 'sub', 'big.env'), join(repo.dir, 'alias.env'));
      // In this thread, and every file through the reader thread's hand-over.
      for (const pipeline of ['0', 'all'])
        for (const args of [[], ['.', 'sub/big.env']]) {
          const r = runCli(repo.dir, ['check', '--format', 'json', ...args], { SECRETREF_SCAN_PIPELINE: pipeline });
          assert.equal(r.code, 1, r.stderr);
          const report = JSON.parse(r.stdout) as { files: Array<{ path: string }>; summary: { files: number } };
          assert.deepEqual(
            report.files.map((f) => f.path),
            ['a.env'],
          );
          assert.equal(report.summary.files, 2, `a.env and .vscode/settings.json (pipeline ${pipeline})`);
          assert.equal(r.stderr, '');
        }
    } finally {
      repo.remove();
    }
  });
});

describe('the text report escapes names from the repository', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'a\n::error file=README.md,line=1::owned.env': 'A=$Token{NOPE_ONE}\n',
      '::warning::x.env': 'A=$Token{NOPE_TWO}\n',
      'esc\u001b[2J\u001b]0;title\u0007.env': 'A=$Token{NOPE_THREE}\n',
      'csi\u009b31m ##[error]old.env': 'A=$Token{NOPE_FOUR}\n',
    });
  });
  after(() => repo.remove());

  for (const args of [['--no-color'], ['--color'], []]) {
    it(`no line starts a workflow command and no ESC reaches the terminal (${args.join(' ') || 'default'})`, () => {
      const r = runCli(repo.dir, ['check', ...args]);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.split('\n');
      for (const line of lines) assert.doesNotMatch(line.trimStart(), /^::/, line);
      // Colour (when on) is the report's own SGR; nothing else of ESC, BEL, CSI or a bare CR.
      const withoutSgr = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      assert.doesNotMatch(withoutSgr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      assert.doesNotMatch(r.stdout, /##\[/);
      assert.match(withoutSgr, /^a\\n::error file=README\.md,line=1::owned\.env:1:\d+ /m);
      assert.match(withoutSgr, /^\.\/::warning::x\.env:1:\d+ /m);
      assert.match(withoutSgr, /^esc\\x1b\[2J\\x1b\]0;title\\x07\.env:1:\d+ /m);
      assert.equal(lines.filter((l) => /NOPE_/.test(l)).length, 4);
    });
  }
});

const settingsWith = (dialects: Array<Record<string, unknown>>): string =>
  JSON.stringify({ 'secretref.customDialects': dialects }, null, 2);

describe('reference patterns from the checked repository', () => {
  it('are ignored without --trust-repo-settings, with a line saying so', () => {
    const repo = makeRepo({
      '.vscode/settings.json': settingsWith([{ id: 'vault', pattern: 'vault\\("(?<name>[^"]+)"\\)' }]),
      'app.txt': 'vault("NOT_DECLARED")\n',
    });
    try {
      const r = runCli(repo.dir, ['check', '--no-color']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(
        r.stderr,
        /^secretref: ignored secretref\.customDialects in \.vscode\/settings\.json: reference patterns from the repository are used only with --trust-repo-settings\.$/m,
      );
      const trusted = runCli(repo.dir, ['check', '--no-color', '--trust-repo-settings']);
      assert.equal(trusted.code, 1, trusted.stderr);
      assert.match(trusted.stdout, /app\.txt:1:8 +error +Secret 'NOT_DECLARED' not found/);
      assert.equal(trusted.stderr, '');
      assert.match(
        runCli(repo.dir, ['--help']).stdout,
        /--trust-repo-settings\n +also use the reference patterns \(secretref\.customDialects\)/,
      );
    } finally {
      repo.remove();
    }
  });

  it('run in linear time when trusted: a pattern that backtracks for ever in JavaScript does not stall the check', () => {
    const repo = makeRepo({
      '.vscode/settings.json': settingsWith([{ id: 'redos', pattern: '(?<name>(a|aa)+)b' }]),
      'input.txt': 'a'.repeat(200_000) + '!\n',
    });
    try {
      const r = runCli(repo.dir, ['check', '--trust-repo-settings']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /No problems found in 2 files/);
    } finally {
      repo.remove();
    }
  });

  it('say which pattern cannot run in linear time, naming the setting', () => {
    const repo = makeRepo({
      '.vscode/settings.json': settingsWith([{ id: 'ahead', pattern: 'key=(?<name>\\w+)(?=;)' }]),
      'a.txt': 'key=X;\n',
    });
    try {
      const r = runCli(repo.dir, ['check', '--trust-repo-settings']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(
        r.stderr,
        /^secretref: Custom dialect 'ahead': the pattern uses something SecretRef's linear-time matcher does not support .*; fix it in the setting secretref\.customDialects\.$/m,
      );
    } finally {
      repo.remove();
    }
  });

  it('cannot put an ESC or a workflow command in the report through a secret name', () => {
    const repo = makeRepo({
      '.vscode/settings.json': settingsWith([{ id: 'vault', pattern: 'vault\\("(?<name>[^"]+)"\\)' }]),
      'app.txt': 'vault("A\u001b[31mB")\nvault("x\n::error::injected")\n',
    });
    try {
      const r = runCli(repo.dir, ['check', '--no-color', '--trust-repo-settings']);
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stdout, /\u001b/);
      for (const line of r.stdout.split('\n')) assert.doesNotMatch(line.trimStart(), /^::/);
      assert.match(r.stdout, /'A\\x1b\[31mB' is not a valid secret name/);
      assert.match(r.stdout, /'x\\n::error::injected' is not a valid secret name/);
    } finally {
      repo.remove();
    }
  });
});

describe('a report of 178k findings', () => {
  let repo: Repo;
  const N = 178_000;
  // One form finds at most 10,000 references in a file, so 18 forms of the repository's own
  // make up one file's 178k findings (the count a 5 MB .env of credentials once produced).
  const FORMS = 18;
  before(() => {
    const lines: string[] = [];
    for (let i = 0; i < N; i++) lines.push(`$C${i % FORMS}{M_${i}}`);
    const dialects = Array.from({ length: FORMS }, (_, k) => ({ id: `c${k}`, pattern: `\\$C${k}\\{(?<name>\\w+)\\}` }));
    repo = makeRepo({ 'big.txt': lines.join('\n') + '\n', '.vscode/settings.json': settingsWith(dialects) });
  });
  after(() => repo.remove());

  for (const format of ['text', 'json', 'sarif'] as const) {
    it(`is written in full as ${format}`, () => {
      const r = runCli(repo.dir, ['check', '--format', format, '--no-color', '--trust-repo-settings']);
      assert.equal(r.code, 1, r.stderr.slice(0, 2000));
      assert.doesNotMatch(r.stderr, /RangeError|call stack/);
      if (format === 'text') {
        assert.equal(r.stdout.split('\n').filter((l) => /^big\.txt:\d+:\d+ +error +Secret 'M_\d+' not found/.test(l)).length, N);
        assert.match(r.stdout, new RegExp(`^${N} problems \\(${N} errors, 0 warnings\\) in 1 file`, 'm'));
      } else if (format === 'json') {
        const report = JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }>; summary: { errors: number } };
        assert.equal(report.summary.errors, N);
        assert.equal(report.files[0].findings.length, N);
      } else {
        const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: unknown[] }> };
        assert.equal(sarif.runs[0].results.length, N);
      }
    });
  }
});
