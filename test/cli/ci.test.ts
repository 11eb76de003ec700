// The CI step of docs/cli.md, run for real: a sample repository whose integration logs a
// secret fails `secretref check --format sarif --output … --max-warnings 0`, and the SARIF
// file it leaves for github/codeql-action/upload-sarif carries the alert.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, makeRepo, manifest, runCli, type Repo } from './cliHarness';
import { githubRandom } from '../util/credentials';

before(ensureBuilt);

const INTEGRATION = `module.exports = {
  metadata: {
    name: 'github-stats',
    requiredSecrets: ['GITHUB_TOKEN'],
  },
  run: async function (context, secrets = {}) {
    logger.info('GitHub token present:', !!secrets.GITHUB_TOKEN);
    logger.info('Token:', secrets.GITHUB_TOKEN);
    return fetch('https://api.github.com/user', { headers: { Authorization: \`token \${secrets.GITHUB_TOKEN}\` } });
  },
};
`;

interface Sarif {
  runs: Array<{
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    }>;
  }>;
}

describe('CI: a logged secret fails the job and lands in the SARIF upload', () => {
  let repo: Repo;
  before(() => {
    repo = makeRepo({
      'secretref.json': manifest({ secrets: { GITHUB_TOKEN: { description: 'read-only token' } } }),
      'integrations/github-stats.js': INTEGRATION,
    });
  });
  after(() => repo.remove());

  it('fails with exit 1 and reports logged-secret on the logging line only', () => {
    const r = runCli(repo.dir, ['check', '--format', 'sarif', '--output', 'results.sarif', '--max-warnings', '0']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const log = JSON.parse(readFileSync(join(repo.dir, 'results.sarif'), 'utf8')) as Sarif;
    const leaks = log.runs[0].results.filter((x) => x.ruleId === 'logged-secret');
    assert.equal(leaks.length, 1, JSON.stringify(log.runs[0].results, null, 2));
    assert.equal(leaks[0].level, 'warning');
    assert.match(leaks[0].message.text, /Secret 'GITHUB_TOKEN' is written to a log by logger\.info/);
    assert.equal(leaks[0].locations[0].physicalLocation.artifactLocation.uri, 'integrations/github-stats.js');
    assert.equal(leaks[0].locations[0].physicalLocation.region.startLine, 8);
    assert.match(r.stdout, /1 problem \(0 errors, 1 warning\)/);
  });

  it('passes once the log line shows only whether the token is set', () => {
    const fixed = makeRepo({
      'secretref.json': manifest({ secrets: { GITHUB_TOKEN: {} } }),
      'integrations/github-stats.js': INTEGRATION.replace("logger.info('Token:', secrets.GITHUB_TOKEN);\n", ''),
    });
    try {
      const r = runCli(fixed.dir, ['check', '--format', 'sarif', '--output', 'results.sarif', '--max-warnings', '0']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const log = JSON.parse(readFileSync(join(fixed.dir, 'results.sarif'), 'utf8')) as Sarif;
      assert.deepEqual(
        log.runs[0].results.map((x) => x.ruleId),
        [],
      );
    } finally {
      fixed.remove();
    }
  });

  it('a hardcoded credential is reported by kind, and the credential itself is in no output', () => {
    // Built at run time so the repository holds no scannable credential.
    const credential = 'gh' + 'p_' + githubRandom();
    const leaky = makeRepo({ 'src/client.ts': `export const client = makeClient({ auth: '${credential}' });\n` });
    try {
      const r = runCli(leaky.dir, ['check', '--format', 'sarif']);
      const log = JSON.parse(r.stdout) as Sarif;
      const hits = log.runs[0].results.filter((x) => x.ruleId === 'hardcoded-secret');
      assert.equal(hits.length, 1, r.stdout);
      assert.match(hits[0].message.text, /Hardcoded GitHub credential/);
      const text = runCli(leaky.dir, ['check']);
      for (const out of [r.stdout, r.stderr, text.stdout, text.stderr]) assert.ok(!out.includes(credential), 'the credential was printed');
    } finally {
      leaky.remove();
    }
  });
});
