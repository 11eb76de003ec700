// `secretref check` on the reference forms of real repositories: the env adapter only where it
// is used, and (see the protocol tests for the editor side) Markdown fences and `$Secret{}`.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, makeRepo, manifest, runCli } from './cliHarness';

before(ensureBuilt);

describe('secretref check: INTEGRATION_ variables are secrets only where the env adapter is used', () => {
  const files = {
    // Real repositories use such variables as test switches (46 false errors in one of them).
    'test/helpers.js': "module.exports.live = process.env.INTEGRATION_TESTING === 'true';\n",
    'integrations/sync.js': "exports.metadata = { name: 'sync' };\nexports.run = async () => fetch(process.env.INTEGRATION_API_URL);\n",
  };

  it('reports an unknown INTEGRATION_ secret in an integration module and nothing for the test switch', () => {
    const repo = makeRepo({ ...files, 'secretref.json': manifest({ secrets: {} }) });
    try {
      const r = runCli(repo.dir, ['check', '--format', 'json']);
      const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ code: string; message: string }> }> };
      const findings = report.files.flatMap((f) => f.findings.map((x) => [f.path, x.code, x.message]));
      assert.deepEqual(findings, [['integrations/sync.js', 'unknown-secret', "Secret 'API_URL' not found"]]);
    } finally {
      repo.remove();
    }
  });

  it('with "secretsAdapter": "env" in the manifest, reads them in every file', () => {
    const repo = makeRepo({ ...files, 'secretref.json': JSON.stringify({ secretsAdapter: 'env', secrets: { API_URL: {} } }) });
    try {
      const r = runCli(repo.dir, ['check']);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /test\/helpers\.js:1:\d+\s+error\s+Secret 'TESTING' not found/);
      assert.doesNotMatch(r.stdout, /API_URL/);
    } finally {
      repo.remove();
    }
  });
});

describe('secretref check: "secretsAdapter" governs the subtree of the manifest that sets it', () => {
  it('reads INTEGRATION_ variables as secrets in the package whose manifest says so, not in its sibling', () => {
    const switchFile = "module.exports.live = process.env.INTEGRATION_TESTING === 'true';\n";
    const repo = makeRepo({
      'secretref.json': manifest({ secrets: {} }),
      'packages/worker/secretref.json': JSON.stringify({ secretsAdapter: 'env', secrets: { API_URL: {} } }),
      'packages/worker/src/config.js': switchFile,
      'packages/web/secretref.json': manifest({ secrets: {} }),
      'packages/web/test/helpers.js': switchFile,
      'scripts/ci.js': switchFile,
    });
    try {
      const r = runCli(repo.dir, ['check', '--format', 'json']);
      const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ code: string; message: string }> }> };
      const findings = report.files.flatMap((f) => f.findings.map((x) => [f.path, x.code, x.message]));
      assert.deepEqual(findings, [['packages/worker/src/config.js', 'unknown-secret', "Secret 'TESTING' not found"]]);
      // A check of one file of the other package finds its own manifest, not the worker's switch.
      const one = runCli(repo.dir, ['check', 'packages/web/test/helpers.js']);
      assert.equal(one.code, 0, one.stdout + one.stderr);
    } finally {
      repo.remove();
    }
  });
});

describe('secretref check: Markdown and MDX', () => {
  it('checks references in fences and prose of .md and .mdx files, and reads no credential into prose', () => {
    const repo = makeRepo({
      'secretref.json': manifest({ secrets: { GITHUB_TOKEN: {} } }),
      'docs/auth.md':
        'Keep the refreshToken: response.refreshToken and the nextToken: page.nextTokenCursor.\n\n```yaml\nsecret_name: GITHUB_TOKN\n```\n',
      'docs/setup.mdx': '<Note>\n\nUse $Secret{GITHUB_TOKEN} or $Secret{NOPE}.\n\n</Note>\n',
    });
    try {
      const r = runCli(repo.dir, ['check']);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const lines = r.stdout
        .split('\n')
        .filter((l) => /\s(error|warning)\s/.test(l))
        .map((l) => l.trim().replace(/\s+/g, ' '));
      assert.deepEqual(lines, [
        "docs/auth.md:4:14 error Secret 'GITHUB_TOKN' not found (did you mean 'GITHUB_TOKEN'?) unknown-secret",
        "docs/setup.mdx:3:38 error Secret 'NOPE' not found unknown-secret",
      ]);
    } finally {
      repo.remove();
    }
  });
});

describe("secretref check: Julep's tool-call secrets: mapping in JS/TS task definitions", () => {
  it('reports a misspelt name in the mapping of a tool call, in a .ts task and a ```js fence, and nothing in a mock client', () => {
    const step = "{ kind: 'tool_call', tool: 'email', secrets: { service_api_key: 'email_service_api_kye' } }";
    const repo = makeRepo({
      'secretref.json': manifest({ secrets: { email_service_api_key: {} } }),
      'src/tasks.ts': `export const task = { main: [${step}] };\n`,
      'src/julep.test.js': "jest.mock('@julep/sdk', () => ({ secrets: { get: 'email_service_api_kye' } }));\n",
      'docs/email.md': `# Email\n\n\`\`\`js\nawait julep.tasks.create({ task: { main: [${step}] } });\n\`\`\`\n`,
    });
    try {
      const r = runCli(repo.dir, ['check', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      const report = JSON.parse(r.stdout) as {
        files: Array<{ path: string; findings: Array<{ code: string; line: number; secret?: string }> }>;
      };
      assert.deepEqual(report.files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line}:${x.code}:${x.secret ?? ''}`)).sort(), [
        'docs/email.md:4:unknown-secret:email_service_api_kye',
        'src/tasks.ts:1:unknown-secret:email_service_api_kye',
      ]);
    } finally {
      repo.remove();
    }
  });
});
