import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingSecretsMessage, outcomeLine } from './summary';

describe('runner messages', () => {
  it('names the missing secrets and the environment', () => {
    assert.equal(
      missingSecretsMessage('github-stats', ['GITHUB_TOKEN'], 'prod'),
      "Integration 'github-stats' did not run: required secret 'GITHUB_TOKEN' has no value in environment 'prod'. Create or set it, then run again.",
    );
    assert.match(
      missingSecretsMessage('x', ['A', 'B'], undefined),
      /required secrets 'A', 'B' have no value in the default environment .*Create or set them/,
    );
  });

  it('ends with status, duration, exit and the names of the injected secrets', () => {
    const base = { exitCode: 0, signal: null, durationMs: 1234, injected: ['GITHUB_TOKEN'] };
    assert.equal(
      outcomeLine('github-stats', { ...base, status: 'succeeded' }),
      "Integration 'github-stats' succeeded after 1.2 s (exit code 0; injected: GITHUB_TOKEN).",
    );
    assert.equal(
      outcomeLine('s', { ...base, status: 'timed-out', exitCode: null, signal: 'SIGKILL', durationMs: 60000, injected: [] }),
      "Integration 's' was stopped: it ran past the timeout (setting secretref.run.timeoutSeconds) after 60.0 s (killed by SIGKILL; no secrets injected).",
    );
  });
});
