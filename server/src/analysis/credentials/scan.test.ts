// The scan on its own: linear in findings (a 5 MB .env of 178k assignments; its time is measured
// in bench, not here), the strict generic guess, and known formats winning over guesses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanCredentials } from './scan';
import { githubRandom, randomText } from '../../../../test/util/credentials';

const CODE = { generic: true, unquoted: false };
const ENV = { generic: true, unquoted: true };
const found = (text: string, opts = CODE) =>
  scanCredentials(text, opts).map((f) => `${f.known ? 'known' : 'guess'} ${f.kind} ${f.suggestedName}`);

describe('credential scan', () => {
  it('reports each of 178,000 password lines of a 5 MB .env, in order', () => {
    const lines = Array.from({ length: 178_000 }, () => `password="${randomText(14)}A1!"`);
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 5_000_000);
    const fs = scanCredentials(text, ENV);
    assert.equal(fs.length, 178_000);
    for (let i = 1; i < fs.length; i++) assert.ok(fs[i - 1].end <= fs[i].start);
    assert.equal(text.slice(fs[0].start, fs[0].end), lines[0].slice(10, -1));
  });

  it('guesses only string literals: never a property read, a call, an identifier or a template with ${}', () => {
    const v = randomText(24) + '7q';
    assert.deepEqual(found(`const password = "${v}";`), ['guess password PASSWORD']);
    for (const t of [
      `password: config.${v}`,
      `password = getPassword("${v}")`,
      `token: ${v},`,
      'token: `${prefix}' + v + '`',
      `secret = "${v}" + suffix;`,
      `if (password === "${v}") {}`,
    ]) {
      assert.deepEqual(found(t), [], t);
    }
  });

  it('skips the values of credential-named keys that have a known non-secret shape', () => {
    const shapes = [
      'delimiter.square',
      'keyword.control.flow.ts',
      '#ff00aa',
      'rgba(0,0,0,0.5)',
      'b5c6a3a0-3f1e-4c3e-9a4f-2d6e8c1b7a90',
      'sha512-' + randomText(40),
      './secrets/token.json',
      'https://auth.corp.net/oauth/token',
      '1700000000',
      'NextContinuationToken',
      'AUTH_TOKEN_SECRET',
      'my-secret-token-2',
      'Please enter your password',
      '<your-api-key>',
      '${API_KEY}',
      'xxxxxxxxxxxxxxxxxxxx',
      '%s:%s',
      // Typed to fill the field: a short unit repeated, a run, runs interleaved.
      'abc123abc123abc123',
      'a1b2c3d4a1b2c3d4a1b2c3d4',
      'A1B2C3D4E5F6G7H8I9J0K1L2',
      'ghijklmnopqrstuvwxyz2345',
      'zyxwvutsrqponm9876543210',
    ];
    for (const s of shapes) assert.deepEqual(found(`{ token: "${s}", password: "${s}", apiKey: '${s}' }`), [], s);
  });

  it('reads unquoted values only in YAML and .env files, and only as `key: value` at a line start', () => {
    const v = randomText(20) + '3k';
    assert.deepEqual(found(`DB_PASSWORD=${v}\nexport API_TOKEN=${v}\n`, ENV), ['guess password DB_PASSWORD', 'guess token API_TOKEN']);
    assert.deepEqual(found(`DB_PASSWORD=${v}\n`, CODE), []);
    assert.deepEqual(found(`Set the token: ${v} in the settings\n`, ENV), []);
    assert.deepEqual(found(`| password | ${v} |\n| token | "${v}" |\n`, ENV), []);
  });

  it('names a known format by its provider, and a guess around one says no more than it', () => {
    const gh = 'gh' + 'p_' + githubRandom();
    // A bare `secret:` says less than the format does.
    assert.deepEqual(found(`const secret = "${gh}";`), ['known GitHub GITHUB_TOKEN']);
    assert.deepEqual(found(`const deployToken = "${gh}";`), ['known GitHub DEPLOY_TOKEN']);
    assert.deepEqual(found(`headers: { Authorization: "token ${gh}" }`), ['known GitHub GITHUB_TOKEN']);
  });

  it('suggests the rule name for a password inside a URL, not the user name before it', () => {
    const url = 'postgres://app:' + randomText(12) + '@db.corp.net/app';
    assert.deepEqual(found(`const url = "${url}";`), ['known URL DATABASE_PASSWORD']);
  });

  it('takes a weak password in a URL for an example in tests and docs, and reports it elsewhere', () => {
    const text = "const u = 'http://user:" + "pass@mt0.corp.net/x';";
    assert.deepEqual(found(text), ['known URL DATABASE_PASSWORD']);
    assert.deepEqual(scanCredentials(text, { ...CODE, docs: true }), []);
    const strong = "const u = 'http://user:" + randomText(10) + "7@mt0.corp.net/x';";
    assert.equal(scanCredentials(strong, { ...CODE, docs: true }).length, 1);
  });

  it('finds a private key whose armour a prefix-sharing keyword sits in, once', () => {
    const pem =
      '-----BEGIN ' + 'PRIVATE KEY-----\n' + Array.from({ length: 4 }, () => randomText(64)).join('\n') + '\n-----END PRIVATE KEY-----\n';
    assert.deepEqual(found(`key: |\n  ${pem.split('\n').join('\n  ')}`, ENV), ['known private key PRIVATE_KEY']);
  });

  it("finds a value on the line after its name, within the rule's reach only", () => {
    const key = randomText(86) + '==';
    for (const t of [`AccountKey{\n  "${key}"}`, `const key =\n  process.env.ACCOUNT_KEY ||\n  "${key}";`]) {
      assert.deepEqual(found(t), ['known Azure AZURE_STORAGE_CONNECTION_STRING'], t);
    }
    assert.deepEqual(found(`AccountKey:\n${'\n'.repeat(70)}  "${key}"`), []);
  });

  it("reads a finding's line from its start, however far before the keyword, after any lines", () => {
    const v = randomText(20) + '3k';
    const gh = 'gh' + 'p_' + githubRandom();
    for (const before of [0, 1, 3, 40])
      for (const indent of [0, 10, 255, 256, 257, 300, 5000]) {
        const pad = ' '.repeat(indent);
        const head = 'a\n'.repeat(before);
        // An unquoted value counts only at a line's start: a start read too early (in the lines
        // before) loses the first, one read too late finds the third; a key cut off renames the second.
        const text = [`${pad}DB_PASSWORD=${v}`, `${pad}const deployToken = "${gh}";`, `x ${pad}API_TOKEN=${v}`, '']
          .map((l) => head + l)
          .join('\n');
        const what = `${before} lines before, ${indent} blanks`;
        assert.deepEqual(found(text, ENV), ['guess password DB_PASSWORD', 'known GitHub DEPLOY_TOKEN'], what);
        const at = scanCredentials(text, ENV).map((f) => text.slice(f.start, f.end));
        assert.deepEqual(at, [v, gh], what);
      }
  });

  it('leaves a value with a provider prefix to that provider: a truncated token is no generic guess', () => {
    const v = randomText(28) + '7q';
    assert.deepEqual(found(`token := "${v}"`), ['guess token TOKEN']);
    assert.deepEqual(found(`token := "cfut_${v}"`), []);
  });
});
