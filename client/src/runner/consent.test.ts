import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConsentMemory, consentQuestion, integrationKey, type KeyValueMemory } from './consent';

function memento(): KeyValueMemory & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: <T>(k: string) => data.get(k) as T | undefined,
    update: async (k: string, v: unknown) => void data.set(k, v),
  };
}

describe('run consent', () => {
  const gh = integrationKey('integrations/github-stats.js', 'github-stats');

  it('asks on the first run and not again for the same set of secrets, in any order', async () => {
    const c = new ConsentMemory(memento());
    assert.equal(c.isAllowed(gh, ['GITHUB_TOKEN', 'SLACK_TOKEN']), false);
    await c.allow(gh, ['GITHUB_TOKEN', 'SLACK_TOKEN']);
    assert.equal(c.isAllowed(gh, ['SLACK_TOKEN', 'GITHUB_TOKEN']), true);
  });

  it('asks again when requiredSecrets gains or loses a name', async () => {
    const c = new ConsentMemory(memento());
    await c.allow(gh, ['GITHUB_TOKEN']);
    assert.equal(c.isAllowed(gh, ['GITHUB_TOKEN', 'AWS_SECRET']), false);
    assert.equal(c.isAllowed(gh, []), false);
  });

  it('keeps each integration apart, and stores hashes, not names', async () => {
    const m = memento();
    const c = new ConsentMemory(m);
    await c.allow(gh, ['GITHUB_TOKEN']);
    assert.equal(c.isAllowed(integrationKey('integrations/other.js', 'github-stats'), ['GITHUB_TOKEN']), false);
    assert.ok(!JSON.stringify([...m.data.values()]).includes('GITHUB_TOKEN'));
  });

  it('asks in the words of the issue', () => {
    assert.equal(consentQuestion('github-stats', ['GITHUB_TOKEN']), "Allow integration 'github-stats' to receive GITHUB_TOKEN?");
    assert.equal(consentQuestion('x', ['A', 'B', 'C']), "Allow integration 'x' to receive A, B and C?");
  });
});
