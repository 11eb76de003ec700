// The One Rule on the run policy shared by Run Integration, tasks and debug sessions: only the
// declared names are read, values are read last (after Restricted Mode, every check and
// consent), the record handed to the process is emptied when the run ends, and a missing
// secret stops the run before it starts, naming it. The UI is a plain object that records what
// it was asked; the values come from an in-memory store that records every read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConsentMemory, type KeyValueMemory } from './consent';
import {
  isRefusal,
  SecretRun,
  type MissingSecret,
  type PolicyDeps,
  type RunnerUi,
  type RunSubject,
  type SecretValueSource,
} from './runPolicy';

interface World {
  deps: PolicyDeps;
  /** Everything that happened, in order: 'state:X', 'read:X', 'consent', 'missing:X,Y', 'restricted'. */
  events: string[];
  values: Map<string, string>;
  missingShown: MissingSecret[][];
  answer: boolean;
}

function world(values: Record<string, string>, opts: { trusted?: boolean; unknown?: string[] } = {}): World {
  const w: World = {
    events: [],
    values: new Map(Object.entries(values)),
    missingShown: [],
    answer: true,
    deps: undefined as unknown as PolicyDeps,
  };
  const source: SecretValueSource = {
    valueState(name) {
      w.events.push(`state:${name}`);
      if (opts.unknown?.includes(name)) return 'unknown';
      return w.values.get(name) ? 'set' : 'empty';
    },
    getValue(name) {
      w.events.push(`read:${name}`);
      return Promise.resolve(w.values.get(name) || undefined);
    },
  };
  const ui: RunnerUi = {
    restricted: () => void w.events.push('restricted'),
    missing: (_message, missing) => {
      w.events.push(`missing:${missing.map((m) => m.name).join(',')}`);
      w.missingShown.push([...missing]);
    },
    consent: () => {
      w.events.push('consent');
      return Promise.resolve(w.answer);
    },
  };
  const data = new Map<string, unknown>();
  const memory: KeyValueMemory = {
    get: <T>(k: string) => data.get(k) as T | undefined,
    update: (k, v) => Promise.resolve(void data.set(k, v)),
  };
  w.deps = { values: source, consent: new ConsentMemory(memory), ui, isTrusted: () => opts.trusted ?? true };
  return w;
}

const task: RunSubject = {
  kind: 'task',
  name: 'deploy',
  consentKey: 'task#npm run deploy',
  destination: 'The command runs in a terminal.',
  notStarted: 'did not start',
};

describe('run policy (the One Rule)', () => {
  it('reads only the declared names, and only after the checks and consent', async () => {
    const w = world({ GITHUB_TOKEN: 'gh-value', SLACK_TOKEN: 'slack-value', OTHER: 'other-value' });
    const run = new SecretRun(w.deps, task, 'prd');
    assert.equal(await run.authorize(['GITHUB_TOKEN', 'SLACK_TOKEN', 'GITHUB_TOKEN']), undefined);
    assert.ok(!w.events.some((e) => e.startsWith('read:')), `no value is read before the start: ${w.events.join(' ')}`);
    let handed: Record<string, string> = {};
    await run.withValues((secrets) => {
      handed = { ...secrets };
      return Promise.resolve();
    });
    assert.deepEqual(handed, { GITHUB_TOKEN: 'gh-value', SLACK_TOKEN: 'slack-value' });
    assert.deepEqual(w.events, ['state:GITHUB_TOKEN', 'state:SLACK_TOKEN', 'consent', 'read:GITHUB_TOKEN', 'read:SLACK_TOKEN']);
  });

  it('empties the record it handed over when the run ends, and when it fails', async () => {
    const w = world({ A: 'a-value' });
    const ok = new SecretRun(w.deps, task, undefined);
    await ok.authorize(['A']);
    let kept: Readonly<Record<string, string>> = {};
    await ok.withValues((secrets) => {
      kept = secrets;
      assert.equal(secrets.A, 'a-value', 'the values are there while the process starts');
      return Promise.resolve();
    });
    assert.deepEqual({ ...kept }, {});

    const failing = new SecretRun(w.deps, task, undefined);
    await failing.authorize(['A']);
    await assert.rejects(
      failing.withValues((secrets) => {
        kept = secrets;
        return Promise.reject(new Error('spawn failed'));
      }),
      /spawn failed/,
    );
    assert.deepEqual({ ...kept }, {});
  });

  it('stops before the start when a declared secret has no value, naming it, and reads nothing', async () => {
    const w = world({ SET: 'v', EMPTY: '' }, { unknown: ['GONE'] });
    const run = new SecretRun(w.deps, task, 'prd');
    const refused = await run.authorize(['SET', 'EMPTY', 'GONE']);
    assert.ok(refused && refused.status === 'blocked');
    assert.deepEqual(refused.missing, ['EMPTY', 'GONE']);
    assert.equal(
      refused.message,
      "Task 'deploy' did not start: required secrets 'EMPTY', 'GONE' have no value in environment 'prd'. Create or set them, then run again.",
    );
    // The UI offers Set for the one the store has and Create for the one it lacks.
    assert.deepEqual(w.missingShown, [
      [
        { name: 'EMPTY', state: 'empty' },
        { name: 'GONE', state: 'unknown' },
      ],
    ]);
    assert.ok(!w.events.includes('consent') && !w.events.some((e) => e.startsWith('read:')), w.events.join(' '));
    await assert.rejects(
      run.withValues(() => Promise.resolve()),
      /before authorize\(\)/,
    );
  });

  it('reads nothing and starts nothing when consent is refused, and asks again when the set changes', async () => {
    const w = world({ A: 'a', B: 'b' });
    w.answer = false;
    const declined = await new SecretRun(w.deps, task, undefined).authorize(['A']);
    assert.equal(declined?.status, 'declined');
    assert.match(declined.message, /did not allow task 'deploy' to receive A/);

    w.answer = true;
    assert.equal(await new SecretRun(w.deps, task, undefined).authorize(['A']), undefined);
    const asked = () => w.events.filter((e) => e === 'consent').length;
    assert.equal(asked(), 2);
    assert.equal(await new SecretRun(w.deps, task, undefined).authorize(['A']), undefined);
    assert.equal(asked(), 2, 'the same set for the same subject is not asked again');
    assert.equal(await new SecretRun(w.deps, task, undefined).authorize(['A', 'B']), undefined);
    assert.equal(asked(), 3, 'a changed set asks again');
    assert.equal(await new SecretRun(w.deps, { ...task, consentKey: 'task#npm run other' }, undefined).authorize(['A']), undefined);
    assert.equal(asked(), 4, 'another subject asks on its own');
    assert.ok(!w.events.some((e) => e.startsWith('read:')));
  });

  it('runs nothing in Restricted Mode, before any check', async () => {
    const w = world({ A: 'a' }, { trusted: false });
    const refused = await new SecretRun(w.deps, task, undefined).authorize(['A']);
    assert.equal(refused?.status, 'restricted');
    assert.match(refused.message, /Restricted Mode.*Trust the workspace/);
    assert.deepEqual(w.events, ['restricted']);
  });

  it('stops when a value disappears between the check and the start, and hands over nothing', async () => {
    const w = world({ A: 'a', B: 'b' });
    const run = new SecretRun(w.deps, task, undefined);
    await run.authorize(['A', 'B']);
    w.values.delete('B');
    let started = false;
    const r = await run.withValues(() => {
      started = true;
      return Promise.resolve('started');
    });
    assert.ok(isRefusal(r) && r.status === 'blocked');
    assert.deepEqual(r.missing, ['B']);
    assert.equal(started, false);
  });

  it('hands the values over once per run', async () => {
    const w = world({ A: 'a' });
    const run = new SecretRun(w.deps, task, undefined);
    await run.authorize(['A']);
    await run.withValues(() => Promise.resolve());
    await assert.rejects(
      run.withValues(() => Promise.resolve()),
      /read once/,
    );
    assert.equal(w.events.filter((e) => e === 'read:A').length, 1);
  });
});
