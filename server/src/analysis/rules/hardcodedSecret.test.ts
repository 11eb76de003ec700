// Credentials in these tests are generated at run time from random bytes and joined from parts,
// so the repository itself holds nothing a scanner would flag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';
import { FAKE_CREDENTIALS, distinctText, fakeCredential, randomText as rand } from '../../../../test/util/credentials';

const credentials: Array<[string, string]> = Object.entries(FAKE_CREDENTIALS).map(([kind, make]) => [kind, make()]);

const found = (uri: string, text: string) => diagnose(uri, text, []).filter((d) => d.code === 'hardcoded-secret');

describe('rule hardcoded-secret', () => {
  for (const [kind, value] of credentials) {
    it(`reports a ${kind} credential in code, naming the kind and never the value`, () => {
      const text = `const client = new Client({ key: '${value}' });\n`;
      const ds = diagnostics('file:///src/app.js', text, []).filter((d) => d.code === 'hardcoded-secret');
      assert.equal(ds.length, 1);
      assert.equal(ds[0].message, `Hardcoded ${kind} credential: store it as a secret`);
      assert.equal(text.slice(ds[0].range.start, ds[0].range.end), value);
      assert.ok(!JSON.stringify(ds[0]).includes(value.slice(6)), 'the diagnostic must not carry the credential');
    });
  }

  it('reports the less common shapes too: fine-grained GitHub tokens, Slack webhooks, Google client secrets, AWS session keys', () => {
    const up = (n: number) =>
      rand(n)
        .toUpperCase()
        .replace(/[^0-9A-Z]/g, 'Q');
    const samples: Array<[string, string]> = [
      ['GitHub', 'github' + '_pat_' + rand(22) + '_' + rand(59)],
      ['Slack', 'https://hooks.' + 'slack.com/services/T' + up(8) + '/B' + up(8) + '/' + rand(24)],
      ['Google', 'GOC' + 'SPX-' + rand(28)],
      ['AWS', 'AS' + 'IA' + distinctText(16)],
    ];
    for (const [kind, value] of samples) {
      const ds = found('file:///src/app.js', `const client = connect('${value}');\n`);
      assert.deepEqual(
        ds.map((d) => d.message),
        [`Hardcoded ${kind} credential: store it as a secret`],
        value.slice(0, 12),
      );
    }
  });

  it('reports a private key with a body, and not the armour lines alone', () => {
    const body = Array.from({ length: 4 }, () => rand(64)).join('\n');
    const pem = '-----BEGIN ' + 'RSA PRIVATE KEY-----\n' + body + '\n-----END RSA PRIVATE KEY-----';
    assert.deepEqual(
      found('file:///k.yaml', `key: |\n  ${pem.split('\n').join('\n  ')}\n`).map((d) => d.message),
      ['Hardcoded private key credential: store it as a secret'],
    );
    assert.deepEqual(found('file:///doc.js', 'const re = /-----BEGIN ' + 'PRIVATE KEY-----/;'), []);
  });

  it('reports high-entropy values assigned to credential-like names in code, JSON, YAML and .env files', () => {
    const v = rand(20) + '9a';
    assert.deepEqual(
      found('file:///a.ts', `const apiKey = "${v}";`).map((d) => d.message),
      ['Hardcoded API key credential: store it as a secret'],
    );
    assert.deepEqual(
      found('file:///a.json', `{ "client_secret": "${v}" }`).map((d) => d.message),
      ['Hardcoded secret credential: store it as a secret'],
    );
    assert.deepEqual(
      found('file:///a.yaml', `db:\n  password: ${rand(6)}7!x\n`).map((d) => d.message),
      ['Hardcoded password credential: store it as a secret'],
    );
    assert.deepEqual(
      found('file:///.env', `AUTH_TOKEN=${v}\n`).map((d) => d.message),
      ['Hardcoded token credential: store it as a secret'],
    );
  });

  it('does not report placeholders, references, names, URLs or low-entropy values', () => {
    const texts = [
      "const stripe = { apiKey: 'sk_test_...' };",
      "const token = 'xxxxxxxxxxxxxxxxxxxxxxxx';",
      "const apiKey = '<your-api-key>';",
      'password: ${DB_PASSWORD}',
      "password: '$ secrets.db_password'",
      "secret_name: 'openai_api_key'",
      'const token = secrets.GITHUB_TOKEN;',
      'api_key: $Token{STRIPE_KEY}',
      "const tokenUrl = 'https://auth.example.com/oauth/token';",
      "const password = 'password';",
      "const apiKey = 'your_api_key';",
      "const key = 'AK' + 'IAIOSFODNN7EXAMPLE';".replace("'AK' + '", "'AK"),
      'headers: { Authorization: `token ${token}` }',
      "value: 'sk_test_new_value_after_rotation'",
      "DB_PASSWORD: 'canary-5',",
    ];
    for (const t of texts) assert.deepEqual(found('file:///src/config.yaml', t).concat(found('file:///src/app.ts', t)), [], t);
  });

  it('does not report lockfiles or test fixture folders', () => {
    const text = `{ "token": "${fakeCredential('GitHub')}" }`;
    assert.equal(found('file:///p/package-lock.json', text).length, 0);
    assert.equal(found('file:///p/test/fixtures/a.json', text).length, 0);
    assert.equal(found('file:///p/src/__fixtures__/a.json', text).length, 0);
    assert.equal(found('file:///p/src/a.json', text).length, 1);
  });

  it('suggests a secret name from the name the credential is assigned to', () => {
    const [d] = diagnostics('file:///a.js', `const stripeKey = '${fakeCredential('Stripe')}';`, []).filter(
      (x) => x.code === 'hardcoded-secret',
    );
    assert.deepEqual(d.data, { kind: 'Stripe', rule: 'stripe-key', suggestedName: 'STRIPE_KEY' });
  });
});
