import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt } from './completion';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS, type AnalysisSettings, type SecretInfo } from '../model/types';
import { cursor } from '../../../../test/util/cursor';
import { NOW } from '../../../../test/util/diagnose';

const secrets: SecretInfo[] = [
  {
    name: 'STRIPE_KEY',
    description: 'Charges cards',
    scope: ['payment_app'],
    envs: ['prd'],
    level: 'workspace',
    hasValue: true,
    metadata: { owner: 'payments' },
  },
  { name: 'STRIPE_WEBHOOK_SECRET', level: 'user', hasValue: true },
  { name: 'SENDGRID_API_KEY', description: 'Sends receipts', expiresAt: '2026-06-20', hasValue: true },
  { name: 'OLD_KEY', expiresAt: '2026-01-01', hasValue: true },
  { name: 'DECLARED_ONLY', level: 'manifest' },
];
const store = new StoreSnapshot(secrets);

function complete(uri: string, src: string, settings: Partial<AnalysisSettings> = {}, marker = '|') {
  const c = cursor(src, marker);
  return { ...c, items: completeAt({ uri, text: c.text }, c.offset, store, { ...DEFAULT_SETTINGS, ...settings }, NOW) };
}

describe('completeAt', () => {
  it('answers with at most `limit` items, the usable names first', () => {
    const c = cursor("const k = '$Token{|");
    const items = completeAt({ uri: 'file:///a.ts', text: c.text }, c.offset, store, DEFAULT_SETTINGS, NOW, 2);
    assert.deepEqual(
      items.map((i) => i.label),
      ['DECLARED_ONLY', 'SENDGRID_API_KEY'],
    );
    const one = completeAt({ uri: 'file:///a.ts', text: "const k = '$Token{OLD" }, 20, store, DEFAULT_SETTINGS, NOW, 2);
    assert.deepEqual(
      one.map((i) => [i.label, i.usable]),
      [['OLD_KEY', false]],
      'an unusable name still comes when it is the only match',
    );
  });

  it('offers every name right after $Token{, with the closer, usable names first', () => {
    const { items, offset } = complete('file:///a.ts', "const k = '$Token{|");
    assert.deepEqual(
      items.map((i) => i.label),
      ['DECLARED_ONLY', 'SENDGRID_API_KEY', 'STRIPE_KEY', 'STRIPE_WEBHOOK_SECRET', 'OLD_KEY'],
    );
    assert.equal(items[0].insertText, 'DECLARED_ONLY}');
    assert.deepEqual(items[0].replace, { start: offset, end: offset });
    const old = items.find((i) => i.label === 'OLD_KEY')!;
    assert.equal(old.usable, false);
    assert.equal(old.reasonUnusable, 'expired');
  });

  it('filters by the typed prefix ignoring case and replaces it; inserts the exact name', () => {
    const { items, text } = complete('file:///a.yaml', 'k: $Token{stri|}');
    assert.deepEqual(
      items.map((i) => i.label),
      ['STRIPE_KEY', 'STRIPE_WEBHOOK_SECRET'],
    );
    assert.equal(items[0].insertText, 'STRIPE_KEY', 'the form is closed: no closer');
    assert.equal(text.slice(items[0].replace.start, items[0].replace.end), 'stri');
  });

  it('completes the template form as soon as {{Secrets. is typed, case-insensitively', () => {
    const { items } = complete('file:///a.yaml', 'h: "{{ secrets.sen|');
    assert.deepEqual(
      items.map((i) => [i.label, i.insertText]),
      [['SENDGRID_API_KEY', 'SENDGRID_API_KEY }}']],
    );
    assert.deepEqual(complete('file:///a.txt', '<<Secrets.|>>').items.length, secrets.length);
  });

  it('marks names out of scope or unavailable in the resolved app/env and sorts them last', () => {
    const { items } = complete('file:///a.ts', "run({ app: 'analytics_app', env: 'prd', h: '$Token{ST|' })");
    assert.deepEqual(
      items.map((i) => [i.label, i.usable, i.reasonUnusable]),
      [
        ['STRIPE_WEBHOOK_SECRET', true, undefined],
        ['STRIPE_KEY', false, "not accessible by app 'analytics_app'"],
      ],
    );
    assert.ok(items[0].sortText < items[1].sortText);
    const env = complete('file:///a.txt', '$Token{STRIPE_K|', { app: 'payment_app', environment: 'dev' }).items;
    assert.equal(env[0].reasonUnusable, "not available in environment 'dev'");
    assert.equal(complete('file:///a.txt', '$Token{STRIPE_K|', { app: 'payment_app', environment: 'prd' }).items[0].usable, true);
  });

  it('describes each name with scope, environments, expiry and level, never a value', () => {
    const { items } = complete('file:///a.txt', '$Token{|');
    const stripe = items.find((i) => i.label === 'STRIPE_KEY')!;
    assert.equal(stripe.detail, 'workspace secret · apps: payment_app · envs: prd');
    assert.match(stripe.documentation!, /Charges cards/);
    assert.match(stripe.documentation!, /owner: payments/);
    const sendgrid = items.find((i) => i.label === 'SENDGRID_API_KEY')!;
    assert.equal(sendgrid.detail, 'user secret · all apps · all environments · expires in 5 days');
    assert.match(items.find((i) => i.label === 'DECLARED_ONLY')!.documentation!, /No value here yet/);
  });

  it('never shows a value, even if a client sends one by mistake', () => {
    const canary = `canary-${Math.random().toString(36).slice(2)}`;
    const leaky = new StoreSnapshot([{ name: 'LEAKY', description: 'd', value: canary } as SecretInfo]);
    const c = cursor('$Token{|');
    const items = completeAt({ uri: 'file:///a.txt', text: c.text }, c.offset, leaky, DEFAULT_SETTINGS, NOW);
    assert.equal(items.length, 1);
    assert.ok(!JSON.stringify(items).includes(canary));
  });

  it('offers nothing outside a name slot', () => {
    assert.deepEqual(complete('file:///a.ts', 'const token = |').items, []);
    assert.deepEqual(complete('file:///a.ts', "'$Token{A}|'").items, []);
    assert.deepEqual(complete('file:///a.yaml', 'token: ${{ secrets.|').items, []);
  });

  it('respects a switched-off dialect', () => {
    assert.deepEqual(complete('file:///a.txt', '$Token{|', { dialects: { token: false } }).items, []);
  });

  it('completes in broken, half-typed code', () => {
    const { items } = complete('file:///a.ts', "const cfg = run({ app: 'payment_app', input: { a: '$Token{STRIPE_|\n");
    assert.deepEqual(
      items.map((i) => [i.label, i.usable]),
      [
        ['STRIPE_KEY', true],
        ['STRIPE_WEBHOOK_SECRET', true],
      ],
    );
    assert.equal(items[0].insertText, 'STRIPE_KEY}');
  });
});
