// The repository's composite GitHub Action (action.yml) and pre-commit hook
// (.pre-commit-hooks.yaml), their steps run for real on sample repositories: the check step's
// own shell script with the inputs as the runner passes them, and the hook's entry with the
// file names pre-commit passes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as YAML from 'yaml';
import { CLI, ensureBuilt, makeRepo, manifest, ROOT } from './cliHarness';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] } };
const LEAKY =
  "module.exports = {\n  metadata: { name: 'crm', requiredSecrets: ['CRM_TOKEN'] },\n  run: async (context, secrets) => { console.log(secrets.CRM_TOKEN); },\n};\n";

/** The check step's script, with the environment GitHub gives it for these inputs. */
function runCheckStep(cwd: string, inputs: Record<string, string>) {
  const step = action.runs.steps.find((s) => s.id === 'check')!;
  const output = join(cwd, 'github-output.txt');
  writeFileSync(output, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, SECRETREF_CLI: CLI };
  for (const [k, expr] of Object.entries(step.env ?? {})) {
    const input = /inputs\.([\w-]+)/.exec(expr)?.[1];
    if (input) env[k] = inputs[input] ?? '';
  }
  const r = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { ...r, outputs: readFileSync(output, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action on Node 24 that uploads with upload-sarif@v4, also after a failed check', () => {
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version'], 24);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.equal(upload?.uses, 'github/codeql-action/upload-sarif@v4');
    assert.match(upload?.if ?? '', /!cancelled\(\)/);
  });

  it('runs the check: a logged secret gives exit code 1 and a SARIF file with the alert', () => {
    ensureBuilt();
    const repo = makeRepo({ 'secretref.json': manifest({ secrets: { CRM_TOKEN: {} } }), 'integrations/crm.js': LEAKY });
    try {
      const r = runCheckStep(repo.dir, { paths: '.', env: 'prd', app: '', 'max-warnings': '0', 'sarif-file': 'out.sarif' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.outputs, /^exit-code=1$/m);
      const sarif = JSON.parse(readFileSync(join(repo.dir, 'out.sarif'), 'utf8')) as {
        runs: Array<{ results: Array<{ ruleId: string }> }>;
      };
      assert.deepEqual(
        sarif.runs[0].results.map((x) => x.ruleId),
        ['logged-secret'],
      );
    } finally {
      repo.remove();
    }
  });

  it('passes inputs as values: quotes and $(…) in them are never run', () => {
    ensureBuilt();
    const repo = makeRepo({ 'config.yaml': 'k: 1\n' });
    try {
      const r = runCheckStep(repo.dir, {
        paths: 'config.yaml',
        env: '$(touch pwned)',
        app: "a'b",
        'max-warnings': '',
        'sarif-file': 'out.sarif',
      });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.outputs, /^exit-code=0$/m);
      assert.ok(!existsSync(join(repo.dir, 'pwned')));
    } finally {
      repo.remove();
    }
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = YAML.parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    language: string;
  }>;
  const bins = (require('../../package.json') as { bin: Record<string, string> }).bin;

  it("runs the package's own bin, installed by pre-commit as a node package", () => {
    assert.equal(hook.id, 'secretref');
    assert.equal(hook.language, 'node');
    assert.ok(bins[hook.entry.split(' ')[0]], hook.entry);
  });

  it('fails on the staged file that logs a secret, file names with spaces included', () => {
    ensureBuilt();
    const repo = makeRepo({
      'secretref.json': manifest({ secrets: { CRM_TOKEN: {} } }),
      'my integrations/crm v2.js': LEAKY,
      'ok.yaml': 'k: 1\n',
    });
    try {
      const [bin, ...args] = hook.entry.split(' ');
      const r = spawnSync(process.execPath, [join(ROOT, bins[bin]), ...args, 'my integrations/crm v2.js', 'ok.yaml'], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /my integrations\/crm v2\.js:3:\d+ +warning +Secret 'CRM_TOKEN' is written to a log/);
    } finally {
      repo.remove();
    }
  });
});

describe("docs/cli.md's git pre-commit hook", () => {
  it('checks staged files whose names hold spaces and quotes, and only those', () => {
    ensureBuilt();
    const hook = /## Pre-commit hook[\s\S]*?```sh\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8'))?.[1];
    assert.ok(hook, 'docs/cli.md has the hook');
    const repo = makeRepo({ 'secretref.json': manifest({ secrets: { CRM_TOKEN: {} } }), "it's crm v2.js": LEAKY, 'unstaged.js': LEAKY });
    try {
      const git = (...args: string[]) => spawnSync('git', args, { cwd: repo.dir, encoding: 'utf8' });
      rmSync(join(repo.dir, '.git'), { recursive: true });
      assert.equal(git('init', '-q').status, 0);
      assert.equal(git('add', 'secretref.json', "it's crm v2.js").status, 0);
      // The hook's `npx --no-install secretref` finds the project's own bin.
      mkdirSync(join(repo.dir, 'node_modules', '.bin'), { recursive: true });
      symlinkSync(CLI, join(repo.dir, 'node_modules', '.bin', 'secretref'));
      writeFileSync(join(repo.dir, 'hook.sh'), hook);
      const r = spawnSync('sh', ['hook.sh'], { cwd: repo.dir, encoding: 'utf8', timeout: 60_000 });
      // xargs turns the check's exit 1 into 123: non-zero either way, so git stops the commit.
      assert.equal(r.status, 123, r.stdout + r.stderr);
      assert.match(r.stdout, /it's crm v2\.js:3:\d+ +warning +Secret 'CRM_TOKEN' is written to a log/);
      assert.doesNotMatch(r.stdout, /unstaged\.js/);
    } finally {
      repo.remove();
    }
  });
});
