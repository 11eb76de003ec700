import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeCredential } from '../../test/util/credentials';
import { serverNeededFor } from './serverNeed';

describe('serverNeededFor: whether a document starts the language server', () => {
  it('says no for ordinary code, JSON and YAML', () => {
    assert.equal(serverNeededFor('file:///w/src/a.ts', 'export const retries = 3;\nconsole.log("hello");\n'), undefined);
    assert.equal(serverNeededFor('file:///w/app.json', '{ "name": "svc", "endpoint": "https://x.example.test" }'), undefined);
    assert.equal(serverNeededFor('file:///w/ci.yaml', 'steps:\n  - run: echo hi\n'), undefined);
  });

  it('says yes for each reference form, naming it', () => {
    assert.match(serverNeededFor('file:///w/app.json', '{ "key": "$Token{STRIPE_KEY}" }') ?? '', /\$Token/);
    assert.match(serverNeededFor('file:///w/app.yaml', 'key: "{{Secrets.STRIPE_KEY}}"') ?? '', /Secrets/);
    assert.ok(serverNeededFor('file:///w/i.js', 'module.exports = { metadata: { requiredSecrets: ["A"] }, run(ctx, secrets) {} };'));
    assert.ok(serverNeededFor('file:///w/i.js', 'const k = process.env.INTEGRATION_STRIPE_KEY;'));
  });

  it('says yes for the manifest itself, even empty', () => {
    assert.match(serverNeededFor('file:///w/pkg/secretref.json', '') ?? '', /secretref\.json/);
  });

  it('says yes for a known provider credential, and no in a lockfile', () => {
    const token = fakeCredential('GitHub');
    assert.match(serverNeededFor('file:///w/src/a.ts', `const t = '${token}';`) ?? '', /credential/);
    assert.equal(serverNeededFor('file:///w/package-lock.json', `{ "t": "${token}" }`), undefined);
  });
});
