import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { SecretStore } from './secretStore';
import { MemoryIndex, MemorySecrets, WriteBudget, Crash } from './memoryStorage';
import { SecretStoreError } from './errors';
import { credentialProviderIn } from './credentialName';
import { parseDotenv } from './dotenv';

const canary = () => `canary-${randomUUID()}`;

function makeStore(
  opts: { workspaceId?: string; budget?: WriteBudget; shared?: { secrets: MemorySecrets; user: MemoryIndex; ws: MemoryIndex } } = {},
) {
  const budget = opts.budget ?? new WriteBudget();
  const shared = opts.shared ?? { secrets: new MemorySecrets(budget), user: new MemoryIndex(budget), ws: new MemoryIndex(budget) };
  let t = Date.parse('2026-01-01T00:00:00Z');
  const store = new SecretStore({
    secrets: shared.secrets,
    userIndex: shared.user,
    workspaceIndex: shared.ws,
    workspaceId: opts.workspaceId ?? 'w1',
    credentialProviderIn,
    now: () => new Date((t += 1000)),
  });
  return { store, shared, budget };
}

async function rejectsWith(p: Promise<unknown>, code: string, pattern: RegExp) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof SecretStoreError);
    assert.equal(e.code, code);
    assert.match(e.message, pattern);
    return true;
  });
}

describe('SecretStore: used while it is still opening (activation does not wait for it)', () => {
  test('an operation started before open() has finished sees the stored secrets and tells listeners', async () => {
    const first = makeStore();
    await first.store.open();
    const v = canary();
    await first.store.create({ name: 'STRIPE_KEY', level: 'user', value: v });

    const { store } = makeStore({ shared: first.shared });
    let changes = 0;
    store.onDidChange(() => changes++);
    const opening = store.open();
    // Before the opening is done the store lists nothing, but reads and writes wait for it.
    assert.deepEqual(store.list(), []);
    const value = store.getValue('STRIPE_KEY');
    const updated = store.update('STRIPE_KEY', { description: 'Stripe live key' });
    await opening;
    assert.equal(await value, v);
    assert.equal((await updated).description, 'Stripe live key');
    assert.deepEqual(
      store.list().map((x) => x.name),
      ['STRIPE_KEY'],
    );
    assert.ok(changes >= 1, 'listeners (the Secrets view) hear that the store is open');
  });
});

describe("SecretStore: the operations of Julep's secrets SDK", () => {
  test('create then get returns the metadata; the value is only read on request', async () => {
    const { store } = makeStore();
    await store.open();
    const v = canary();
    const s = await store.create({
      name: 'stripe_api_key',
      level: 'workspace',
      value: v,
      description: 'Stripe API key',
      metadata: { owner: 'payments-team' },
    });
    assert.equal(s.description, 'Stripe API key');
    assert.deepEqual(s.metadata, { owner: 'payments-team' });
    assert.equal(s.hasValue, true);
    assert.ok(!JSON.stringify(store.list()).includes(v), 'list never carries a value');
    assert.equal(await store.getValue('stripe_api_key'), v);
  });

  test('an invalid name is rejected with invalid_name and a message saying what is wrong, without quoting it', async () => {
    const { store } = makeStore();
    await store.open();
    await rejectsWith(
      store.create({ name: 'invalid name', level: 'user', value: 'x' }),
      'invalid_name',
      /^That secret name is invalid \(it contains a space\): use letters, digits and underscores, starting with a letter or underscore\.$/,
    );
    await rejectsWith(store.create({ name: '9lives', level: 'user' }), 'invalid_name', /\(it starts with a digit\)/);
    // A password pasted into the name box is not repeated in the error (which the command wrapper logs).
    const pasted = 'hunter2!Qx#9';
    const e = await store.create({ name: pasted, level: 'user' }).then(
      () => assert.fail('created'),
      (err: Error) => err,
    );
    assert.match(e.message, /\(it contains punctuation\)/);
    assert.ok(!e.message.includes(pasted) && !e.message.includes('hunter2'), e.message);
    // Nor carried on the error to whoever catches it (an extension calling the command, a log of the object).
    assert.ok(!JSON.stringify({ ...e }).includes('hunter2'), 'the error object keeps the pasted text');
  });

  test('a duplicate at the same level is a conflict; the same name at the other level is allowed', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'existing_secret', level: 'workspace', value: canary() });
    await rejectsWith(
      store.create({ name: 'existing_secret', level: 'workspace', value: 'test' }),
      'conflict',
      /A workspace secret named 'existing_secret' already exists\. Choose another name or edit the existing secret\./,
    );
    await store.create({ name: 'existing_secret', level: 'user', value: canary() });
    assert.equal(store.list().length, 2);
  });

  test('missing names are not_found, naming the secret', async () => {
    const { store } = makeStore();
    await store.open();
    await rejectsWith(
      store.update('non_existent_secret', { description: 'x' }),
      'not_found',
      /Secret 'non_existent_secret' not found in the workspace or user store/,
    );
    await rejectsWith(store.delete('non_existent_secret', 'user'), 'not_found', /not found in the user store/);
    assert.throws(() => store.get('non_existent_secret'), /not found/);
  });

  test('partial updates change only the given fields; null clears a field', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'K', level: 'user', description: 'd', metadata: { environment: 'production' }, scope: ['app1'] });
    await store.update('K', { description: 'New description' });
    let s = store.get('K');
    assert.equal(s.description, 'New description');
    assert.deepEqual(s.metadata, { environment: 'production' });
    assert.deepEqual(s.scope, ['app1']);
    await store.update('K', { metadata: { lastRotated: '2025-05-10' }, scope: null });
    s = store.get('K');
    assert.deepEqual(s.metadata, { lastRotated: '2025-05-10' });
    assert.equal(s.scope, undefined);
    assert.ok(s.updatedAt > s.createdAt);
  });

  test('bad environments and expiry dates are refused in plain words', async () => {
    const { store } = makeStore();
    await store.open();
    await rejectsWith(
      store.create({ name: 'K', level: 'user', envs: ['prod env'] }),
      'invalid_input',
      /Environment name 'prod env' is invalid/,
    );
    await rejectsWith(store.create({ name: 'K', level: 'user', expiresAt: '2026-02-30' }), 'invalid_input', /not a real calendar date/);
  });

  test('list filters by metadata like the SDK', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'A', level: 'user', metadata: { environment: 'production', owner: 'payments-team' } });
    await store.create({ name: 'B', level: 'user', metadata: { environment: 'production' } });
    await store.create({ name: 'C', level: 'user' });
    assert.deepEqual(
      store.list({ metadata: { environment: 'production' } }).map((s) => s.name),
      ['A', 'B'],
    );
    assert.deepEqual(
      store.list({ metadata: { environment: 'production', owner: 'payments-team' } }).map((s) => s.name),
      ['A'],
    );
  });

  test('environment values: a run in an environment gets its own value, else the default', async () => {
    const { store } = makeStore();
    await store.open();
    const dflt = canary();
    const prd = canary();
    await store.create({ name: 'DB', level: 'workspace', value: dflt });
    await store.setValue('DB', prd, { env: 'prd' });
    assert.equal(await store.getValue('DB', 'prd'), prd);
    assert.equal(await store.getValue('DB', 'dev'), dflt);
    assert.deepEqual(store.get('DB').valueEnvs, ['prd']);
  });

  test('a secret created without a value reports hasValue false until one is set', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'LATER', level: 'user' });
    assert.equal(store.get('LATER').hasValue, false);
    await store.setValue('LATER', canary());
    assert.equal(store.get('LATER').hasValue, true);
  });

  test('delete removes the entry and every value of it', async () => {
    const { store, shared } = makeStore();
    await store.open();
    await store.create({ name: 'GONE', level: 'user', value: canary() });
    await store.setValue('GONE', canary(), { env: 'dev' });
    await store.delete('GONE');
    assert.equal(store.find('GONE'), undefined);
    assert.ok(![...shared.secrets.data.keys()].some((k) => k.includes('GONE')));
  });

  test('rename moves all values and metadata; the old name is gone', async () => {
    const { store } = makeStore();
    await store.open();
    const v = canary();
    const dev = canary();
    await store.create({ name: 'OLD', level: 'workspace', value: v, description: 'kept' });
    await store.setValue('OLD', dev, { env: 'dev' });
    await store.rename('OLD', 'NEW');
    assert.equal(store.find('OLD'), undefined);
    assert.equal(store.get('NEW').description, 'kept');
    assert.equal(await store.getValue('NEW'), v);
    assert.equal(await store.getValue('NEW', 'dev'), dev);
    await store.create({ name: 'OTHER', level: 'workspace' });
    await assert.rejects(store.rename('NEW', 'OTHER'), /already exists/);
  });

  test('rotate replaces the value and records lastRotatedAt', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'R', level: 'user', value: canary() });
    const next = canary();
    await store.rotate('R', next);
    assert.equal(await store.getValue('R'), next);
    assert.ok(store.get('R').lastRotatedAt);
  });

  test('a deleted secret recreated under the same name does not get the old values back', async () => {
    const { store, shared } = makeStore();
    await store.open();
    await store.create({ name: 'X', level: 'user', value: canary() });
    await store.setValue('X', canary(), { env: 'prd' });
    // An orphan left by an interrupted delete (index written, values not yet deleted).
    await shared.user.write({ version: 1, secrets: {} });
    await store.reload();
    await store.create({ name: 'X', level: 'user' });
    assert.equal(store.get('X').hasValue, false);
  });
});

describe('SecretStore: a credential pasted as a name is refused', () => {
  // Synthetic credentials in the providers' formats (their rules' samples), written in parts.
  const githubToken = 'ghp_' + 'bnQfHqvwGNkZ2Sv6CR7Gfb1dj7qZWw0Ilbhb';
  const stripeKey = 'sk_live_' + '4eC39HqLyjWDarjtT1zdp7dc';
  const slackToken = 'xoxb-' + '7402813911-5540318923-CYkpv70M5sh4W8bV7s1nl5YQ';

  test('the name box is told the provider, never the text; ordinary credential-like names stay valid', () => {
    const { store } = makeStore();
    for (const [text, provider] of [
      [githubToken, 'GitHub'],
      [stripeKey, 'Stripe'],
      // Not an identifier either: the credential is named before the syntax message would quote it.
      [slackToken, 'Slack'],
    ]) {
      const message = store.checkName(text);
      assert.match(message ?? '', new RegExp(`^This looks like a ${provider} credential, not a name: give the secret a name here`));
      assert.ok(!message?.includes(text.slice(4, 16)), 'the message quotes nothing of the text');
    }
    for (const name of ['STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'ghp_TOKEN', 'sk_live_KEY', 'SLACK_BOT_TOKEN'])
      assert.equal(store.checkName(name), undefined, name);
    assert.match(store.checkName('my key') ?? '', /That secret name is invalid \(it contains a space\)/);
  });

  test('create and rename refuse it with invalid_name, store nothing and quote nothing', async () => {
    const { store } = makeStore();
    await store.open();
    let changes = 0;
    store.onDidChange(() => changes++);
    for (const name of [githubToken, stripeKey, slackToken]) {
      await assert.rejects(store.create({ name, level: 'workspace', value: canary() }), (e: unknown) => {
        assert.ok(e instanceof SecretStoreError);
        assert.equal(e.code, 'invalid_name');
        assert.ok(!JSON.stringify({ ...e, message: e.message, stack: e.stack }).includes(name), 'nothing in the error holds the text');
        return true;
      });
    }
    assert.deepEqual(store.list(), []);
    assert.equal(changes, 0);

    await store.create({ name: 'GITHUB_TOKEN', level: 'user', value: canary() });
    await rejectsWith(store.rename('GITHUB_TOKEN', githubToken), 'invalid_name', /^This looks like a GitHub credential, not a name/);
    assert.deepEqual(
      store.list().map((s) => s.name),
      ['GITHUB_TOKEN'],
    );
  });

  test('an import sorts credential and invalid keys out before the store would refuse them part-way', async () => {
    const { store } = makeStore();
    await store.open();
    const file = parseDotenv(`PLAIN=${canary()}\n${githubToken}=x\n${slackToken}=y\np@ss!w0rd=z\nGITHUB_TOKEN=${canary()}\n`);
    const sorted = store.sortNames(file.entries);
    assert.deepEqual(
      sorted.valid.map((e) => e.name),
      ['PLAIN', 'GITHUB_TOKEN'],
    );
    // The Slack token is no identifier either: it counts as a credential, whose report says to check the file.
    assert.deepEqual(
      sorted.credentials.map((e) => e.line),
      [2, 3],
    );
    assert.deepEqual(
      sorted.invalid.map((e) => e.line),
      [4],
    );
    for (const e of sorted.valid) await store.create({ name: e.name, level: 'workspace', value: e.value });
    assert.deepEqual(
      store.list().map((s) => s.name),
      ['GITHUB_TOKEN', 'PLAIN'],
    );
  });

  test('a credential or a non-name given where a stored name is expected is refused without quoting it', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'GITHUB_TOKEN', level: 'user', value: canary() });
    // Set Value called with a value as the name (a script's arguments swapped): not_found would quote it.
    for (const [name, code] of [
      [githubToken, 'invalid_name'],
      [stripeKey, 'invalid_name'],
      ['p@ss!w0rd', 'invalid_name'],
    ]) {
      await assert.rejects(store.setValue(name, 'GITHUB_TOKEN', { level: 'user' }), (e: unknown) => {
        assert.ok(e instanceof SecretStoreError);
        assert.equal(e.code, code);
        assert.ok(!JSON.stringify({ ...e, message: e.message, stack: e.stack }).includes(name), 'nothing in the error holds the text');
        return true;
      });
      assert.throws(
        () => store.get(name),
        (e: unknown) => e instanceof SecretStoreError && !e.message.includes(name),
      );
      assert.equal(store.find(name), undefined);
    }
    assert.match(store.checkName(githubToken) ?? '', /^This looks like a GitHub credential/);
    // A name that could be stored is still not_found, by name: it is no value and tells the user what is missing.
    assert.throws(() => store.get('STRIPE_KEY', 'user'), /Secret 'STRIPE_KEY' not found in the user store/);
  });
});

describe('SecretStore: levels (Flatfile environments and spaces)', () => {
  test('a workspace secret overrides the user secret of the same name, values included', async () => {
    const { store } = makeStore();
    await store.open();
    const userV = canary();
    const wsV = canary();
    await store.create({ name: 'SLACK_TOKEN', level: 'user', value: userV, scope: ['a'] });
    await store.create({ name: 'SLACK_TOKEN', level: 'workspace', value: wsV });
    const eff = store.effective();
    assert.equal(eff.length, 1);
    assert.equal(eff[0].level, 'workspace');
    assert.equal(eff[0].scope, undefined, 'the workspace secret does not inherit the user scope');
    assert.equal(await store.getValue('SLACK_TOKEN'), wsV);
    assert.equal(store.list().find((s) => s.level === 'user')?.overridden, true);
  });

  test('user secrets serve every workspace; workspace secrets stay in theirs', async () => {
    const a = makeStore({ workspaceId: 'A' });
    await a.store.open();
    await a.store.create({ name: 'SHARED', level: 'user', value: canary() });
    await a.store.create({ name: 'LOCAL', level: 'workspace', value: canary() });
    const b = makeStore({ workspaceId: 'B', shared: { ...a.shared, ws: new MemoryIndex() } });
    await b.store.open();
    assert.deepEqual(
      b.store.effective().map((s) => s.name),
      ['SHARED'],
    );
    assert.equal(b.store.find('LOCAL'), undefined);
  });

  test('secretInfos carries names and metadata only, never a value', async () => {
    const { store } = makeStore();
    await store.open();
    const v = canary();
    await store.create({ name: 'K', level: 'user', value: v, description: 'd', envs: ['prd'] });
    await store.setValue('K', canary(), { env: 'prd' });
    const infos = store.secretInfos();
    assert.deepEqual(
      infos.map((i) => [i.name, i.level, i.hasValue, i.envs, i.valueEnvs]),
      [['K', 'user', true, ['prd'], ['prd']]],
    );
    assert.ok(!JSON.stringify(infos).includes('canary-'));
  });

  // Descriptions and metadata go to the language server (and its trace, in SecretRef.log): a CI
  // run of the UI test typed a value into Create Secret's Description box and found it there.
  test('a value pasted into the description or metadata is refused, naming the field, never quoting the value', async () => {
    const { store } = makeStore();
    await store.open();
    const v = canary();
    const refused = async (p: Promise<unknown>, field: RegExp) => {
      await assert.rejects(p, (e: unknown) => {
        assert.ok(e instanceof SecretStoreError);
        assert.equal(e.code, 'invalid_input');
        assert.match(e.message, field);
        assert.match(e.message, /secret 'K'/);
        assert.ok(!e.message.includes(v), 'the message quotes the value');
        return true;
      });
    };
    await refused(store.create({ name: 'K', level: 'workspace', value: v, description: v }), /^The description of/);
    assert.equal(store.find('K'), undefined, 'nothing is created');
    await refused(store.create({ name: 'K', level: 'workspace', value: v, description: `key: ${v}` }), /^The description of/);
    await refused(store.create({ name: 'K', level: 'workspace', value: v, metadata: { owner: v } }), /^Metadata 'owner' of/);
    await refused(store.create({ name: 'K', level: 'workspace', value: v, metadata: { [v]: 'x' } }), /^A metadata key of/);

    await store.create({ name: 'K', level: 'workspace', value: canary(), description: 'Stripe key', envs: ['prd'] });
    await store.setValue('K', v, { env: 'prd' });
    // Any of its values: here the prd one, not the default.
    await refused(store.update('K', { description: ` ${v}\n` }), /^The description of/);
    assert.equal(store.get('K').description, 'Stripe key', 'the description is unchanged');
    await refused(store.update('K', { metadata: { note: v } }), /^Metadata 'note' of/);
    // Setting a value the description already holds: the description is where it must not be.
    await store.update('K', { description: 'old key ending in 1234567890' });
    await refused(store.setValue('K', '1234567890'), /^The description of/);
    await refused(store.rotate('K', '1234567890', { env: 'prd' }), /^The description of/);
    assert.equal(await store.getValue('K', 'prd'), v, 'a refused rotation keeps the old value');
  });

  test('a value too short to tell from words is refused only as the whole field', async () => {
    const { store } = makeStore();
    await store.open();
    await store.create({ name: 'PIN', level: 'user', value: 'abc', description: 'Door code of the abc club' });
    await assert.rejects(store.update('PIN', { description: ' abc ' }), /The description of secret 'PIN' contains its value/);
    assert.equal(store.get('PIN').description, 'Door code of the abc club');
  });

  test('onDidChange fires after each change and after a reload', async () => {
    const { store } = makeStore();
    await store.open();
    let n = 0;
    store.onDidChange(() => n++);
    await store.create({ name: 'E', level: 'user' });
    await store.update('E', { description: 'x' });
    await store.reload();
    assert.equal(n, 3);
    await assert.rejects(store.create({ name: 'E', level: 'user' }));
    assert.equal(n, 3, 'a failed operation changes nothing and says nothing');
  });
});

describe('SecretStore: crash safety', () => {
  // Runs `op` with only `writes` storage writes allowed, then opens a fresh store on the same
  // storage (the next activation) and returns it.
  async function crashAt(writes: number, setup: (s: SecretStore) => Promise<void>, op: (s: SecretStore) => Promise<unknown>) {
    const budget = new WriteBudget();
    const first = makeStore({ budget });
    await first.store.open();
    await setup(first.store);
    budget.remaining = writes;
    let crashed = false;
    try {
      await op(first.store);
    } catch (e) {
      if (!(e instanceof Crash)) throw e;
      crashed = true;
    }
    budget.remaining = undefined;
    const next = makeStore({ shared: first.shared });
    const repaired = await next.store.open();
    return { store: next.store, crashed, repaired, shared: first.shared };
  }

  test('a rename interrupted at any step leaves either the old or the new secret complete', async () => {
    const v = canary();
    const dev = canary();
    let sawOld = false;
    let sawNew = false;
    for (let writes = 0; writes < 12; writes++) {
      const { store, crashed, shared } = await crashAt(
        writes,
        async (s) => {
          await s.create({ name: 'OLD', level: 'workspace', value: v, description: 'd' });
          await s.setValue('OLD', dev, { env: 'dev' });
        },
        (s) => s.rename('OLD', 'NEW'),
      );
      const names = store.list().map((s) => s.name);
      assert.equal(names.length, 1, `after ${writes} writes: exactly one of OLD/NEW, got ${names.join(', ')}`);
      const name = names[0];
      if (name === 'OLD') sawOld = true;
      else sawNew = true;
      assert.equal(await store.getValue(name), v, `after ${writes} writes: default value of ${name} intact`);
      assert.equal(await store.getValue(name, 'dev'), dev, `after ${writes} writes: dev value of ${name} intact`);
      const other = name === 'OLD' ? 'NEW' : 'OLD';
      assert.ok(
        ![...shared.secrets.data.keys()].some((k) => k.endsWith(`:${other}`) || k.includes(`:${other}@`)),
        `no leftover values of ${other}`,
      );
      assert.ok(![...shared.secrets.data.keys()].some((k) => k.includes(':journal:')), 'journal cleared');
      if (!crashed) break;
    }
    assert.ok(sawOld && sawNew, 'the crash points cover both outcomes');
  });

  test('a rotation interrupted at any step keeps the old value or completes the new one', async () => {
    const oldV = canary();
    const newV = canary();
    const outcomes = new Set<string>();
    for (let writes = 0; writes < 10; writes++) {
      const { store, crashed, shared } = await crashAt(
        writes,
        (s) => s.create({ name: 'R', level: 'user', value: oldV }).then(() => undefined),
        (s) => s.rotate('R', newV),
      );
      const got = await store.getValue('R');
      const rotated = store.get('R').lastRotatedAt;
      if (got === oldV) {
        assert.equal(rotated, undefined, 'not marked rotated when the old value is kept');
        outcomes.add('old');
      } else {
        assert.equal(got, newV);
        assert.ok(rotated, 'marked rotated when the new value is in place');
        outcomes.add('new');
      }
      assert.ok(
        ![...shared.secrets.data.keys()].some((k) => k.includes(':staging:') || k.includes(':journal:')),
        'staging and journal cleared',
      );
      if (!crashed) break;
    }
    assert.deepEqual([...outcomes].sort(), ['new', 'old']);
  });
});
