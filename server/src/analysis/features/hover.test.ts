import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { relativeDays, secretHoverMarkdown } from './hover';

const now = new Date('2026-11-25T12:00:00Z');

test('relative days read naturally in both directions', () => {
  assert.equal(relativeDays(new Date('2026-11-28T01:00:00Z'), now), 'in 3 days');
  assert.equal(relativeDays(new Date('2026-11-26T23:00:00Z'), now), 'tomorrow');
  assert.equal(relativeDays(new Date('2026-11-25T00:00:00Z'), now), 'today');
  assert.equal(relativeDays(new Date('2026-11-24T00:00:00Z'), now), 'yesterday');
  assert.equal(relativeDays(new Date('2026-11-15T00:00:00Z'), now), '10 days ago');
});

test('a known secret: level, description, scope, envs, expiry, rotation, usage and command links', () => {
  const md = secretHoverMarkdown({
    name: 'STRIPE_KEY',
    secret: {
      name: 'STRIPE_KEY',
      level: 'workspace',
      description: 'Charges *cards*',
      scope: ['pay'],
      envs: ['prd'],
      expiresAt: '2026-11-28',
      lastRotatedAt: '2026-11-01',
      hasValue: true,
    },
    filesUsing: 1,
    now,
    app: 'web',
    env: 'dev',
  });
  assert.match(md, /^\*\*STRIPE\\_KEY\*\* — workspace secret/);
  assert.match(md, /Charges \\\*cards\\\*/, 'user text is escaped');
  assert.match(md, /Apps: `pay`/);
  assert.match(md, /Environments: `prd`/);
  assert.match(md, /Expires in 3 days \(2026-11-28\)/);
  assert.match(md, /Last rotated 24 days ago/);
  assert.match(md, /Used in 1 file$/m);
  assert.match(md, /Not accessible by app `web`/);
  assert.match(md, /Not available in environment `dev`/);
  assert.match(md, /\[Set value\]\(command:secretref\.setValue\?%5B%22STRIPE_KEY%22%5D\)/);
  assert.match(md, /\[Rotate\]\(command:secretref\.rotateSecret\?/);
});

test('an expired secret says so, an unknown one offers to create it', () => {
  const expired = secretHoverMarkdown({ name: 'OLD', secret: { name: 'OLD', expiresAt: '2026-11-20' }, filesUsing: 0, now });
  assert.match(expired, /Expired 5 days ago/);
  assert.match(expired, /Apps: all apps/);
  const unknown = secretHoverMarkdown({ name: 'NEW_ONE', filesUsing: 2, now });
  assert.match(unknown, /unknown secret/);
  assert.match(unknown, /Used in 2 files/);
  assert.match(unknown, /command:secretref\.createSecret\?%5B%22NEW_ONE%22%5D/);
});
