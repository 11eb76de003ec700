import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presentDeclaredSecret, presentSecret } from './secretPresentation';
import type { StoredSecret } from '../store/types';

const now = new Date('2026-06-01T12:00:00Z');
const base: StoredSecret = {
  name: 'K',
  level: 'workspace',
  hasValue: true,
  hasDefaultValue: true,
  valueEnvs: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
};
const show = (s: Partial<StoredSecret>, referenceCount?: number) =>
  presentSecret({ ...base, ...s }, { now, expiringSoonDays: 14, referenceCount });

test('the badge is the most urgent state', () => {
  assert.equal(show({}).badge, 'ok');
  assert.equal(show({ expiresAt: '2026-05-31' }).badge, 'expired');
  assert.equal(show({ expiresAt: '2026-06-10', hasValue: false }).badge, 'expiring');
  assert.equal(show({ expiresAt: '2026-12-31' }).badge, 'ok');
  assert.equal(show({ hasValue: false, hasDefaultValue: false }, 0).badge, 'no-value');
  assert.equal(show({}, 0).badge, 'unused');
  assert.equal(show({}, undefined).badge, 'ok', 'unknown usage is not shown as unused');
});

test('description and tooltip show metadata, scope, envs and which values exist — never a value', () => {
  const p = show(
    {
      description: 'Stripe key',
      scope: ['pay'],
      envs: ['stg', 'prd'],
      valueEnvs: ['prd'],
      expiresAt: '2026-06-05',
      metadata: { owner: 'payments' },
    },
    3,
  );
  assert.equal(p.description, 'Stripe key · apps: pay · envs: stg, prd · expires in 4 days');
  assert.match(p.tooltip, /Values: default, prd \(hidden\)/);
  assert.match(p.tooltip, /Metadata: owner=payments/);
  assert.match(p.tooltip, /Referenced 3 times/);
  assert.match(show({ hasValue: false, hasDefaultValue: false }).tooltip, /Values: none yet/);
  assert.match(show({ level: 'user', overridden: true }).description, /overridden by workspace/);
});

test('a secret only secretref.json declares shows "no value", its scope and a Set Value hint', () => {
  const p = presentDeclaredSecret({ name: 'SENDGRID_API_KEY', description: 'Sends receipts', scope: ['email_service'] });
  assert.equal(p.badge, 'no-value');
  assert.equal(p.description, 'Sends receipts · apps: email_service · no value');
  assert.match(p.tooltip, /^SENDGRID_API_KEY — declared in secretref\.json$/m);
  assert.match(p.tooltip, /set one with Set Value/);
});
