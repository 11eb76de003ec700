import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { createRedactor, MASK, MIN_SECRET_LENGTH, shortValueNotice } from './redact';

// Values are made at run time: the repository holds no credential-shaped text.
const canary = (tag: string): string => `canary-${tag}-${randomBytes(9).toString('hex')}`;
/** A value with characters that JSON, URL and base64 encode differently. */
const awkward = (): string => `${canary('awk')}"/+ é&=\\?`;

function streamAll(values: string[], chunks: string[]): string {
  const s = createRedactor(values).stream();
  return chunks.map((c) => s.push(c)).join('') + s.end();
}

describe('redact: the forms of a value', () => {
  const value = awkward();
  const r = createRedactor([value]);
  const cases: Array<[string, string]> = [
    ['plain', value],
    ['JSON-escaped', JSON.stringify(value).slice(1, -1)],
    ['JSON-escaped twice', JSON.stringify(JSON.stringify({ v: value }))],
    ['URL-encoded', encodeURIComponent(value)],
    ['URL-encoded, lower-case hex', encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['form-encoded', encodeURIComponent(value).replace(/%20/g, '+')],
    ['base64', Buffer.from(value).toString('base64')],
    ['base64url', Buffer.from(value).toString('base64url')],
  ];
  for (const [label, form] of cases) {
    it(`masks the ${label} form inside other text`, () => {
      const out = r.redact(`before ${form} after`);
      assert.ok(out.startsWith('before ') && out.endsWith(' after'), out);
      assert.ok(out.includes(MASK), out);
      assert.ok(!out.includes(value), out);
      assert.ok(!out.includes(form), `${label} form still visible: ${out}`);
    });
  }

  it('masks a value inside a longer base64 payload at every byte alignment (Basic auth)', () => {
    const token = canary('basic');
    const rr = createRedactor([token]);
    for (const user of ['a', 'ab', 'abc', 'user']) {
      const header = 'Authorization: Basic ' + Buffer.from(`${user}:${token}`).toString('base64');
      const out = rr.redact(header);
      assert.ok(out.includes(MASK), `user ${user}: ${out}`);
      // What is left of the payload cannot be decoded back to the token.
      const leftover = out.replace('Authorization: Basic ', '');
      assert.ok(!Buffer.from(leftover.replace(MASK, ''), 'base64').toString('latin1').includes(token.slice(8, 20)));
    }
  });

  it('masks a value in an error message and every line of a stack trace', () => {
    const token = canary('stack');
    const err = new Error(`request failed for token ${token}`);
    const text = `${err.message}\n${err.stack}`;
    const out = createRedactor([token]).redact(text);
    assert.ok(!out.includes(token));
    assert.equal(out.split(MASK).length - 1, text.split(token).length - 1);
  });

  it('masks several values, the longer one first where one contains the other', () => {
    const short = canary('s');
    const long = `${short}-suffix`;
    const out = createRedactor([short, long]).redact(`x ${long} y ${short} z`);
    assert.equal(out, `x ${MASK} y ${MASK} z`);
  });

  it('leaves text without a value untouched and ignores empty values', () => {
    const r2 = createRedactor(['', canary('absent')]);
    const text = 'GitHub token present: true\n{"ok":1}';
    assert.equal(r2.redact(text), text);
    assert.equal(createRedactor(['']).empty, true);
  });

  it('leaves values shorter than the minimum unmasked, so ordinary words stay whole', () => {
    const r2 = createRedactor(['a', 'true', 'x'.repeat(MIN_SECRET_LENGTH - 1)]);
    assert.equal(r2.empty, true);
    assert.equal(r2.redact('{"status":true,"data":"a"}'), '{"status":true,"data":"a"}');
    assert.match(shortValueNotice(['FLAG']), /^'FLAG' has a value shorter than 6 characters: .* it is NOT masked/);
    assert.equal(shortValueNotice([]), '');
  });

  it('masks util.inspect pieces of a multi-line value, joined by quote, plus and indentation', () => {
    const value = `${canary('l1')}${'x'.repeat(60)}\n${canary('l2')}\n`;
    const printed = inspect({ key: value, other: value });
    assert.match(printed, /' \+\n/);
    const out = createRedactor([value]).redact(printed);
    assert.ok(!out.includes('canary-'), out);
  });

  it('masks the value once in an ordered text that ends or begins with half of it', () => {
    const value = canary('both');
    const out = { stdout: '', stderr: '', both: '' };
    const o = createRedactor([value]).output<'stdout' | 'stderr'>((t, s) => {
      out[s] += t;
      out.both += t;
    });
    o.write('stdout', `one ${value.slice(0, 10)}`);
    o.write('stderr', `${value.slice(10)} two\n`);
    o.end();
    assert.deepEqual(out, { stdout: `one ${MASK}`, stderr: `${MASK} two\n`, both: `one ${MASK}${MASK} two\n` });
  });
});

describe('redact: streams split anywhere', () => {
  it('masks a value split across two chunks at every position', () => {
    const value = awkward();
    const text = `log: ${value} and json "${JSON.stringify(value).slice(1, -1)}" end\n`;
    for (let i = 0; i <= text.length; i++) {
      const out = streamAll([value], [text.slice(0, i), text.slice(i)]);
      assert.equal(out, createRedactor([value]).redact(text), `split at ${i}`);
      assert.ok(!out.includes(value));
    }
  });

  it('masks a value delivered one character at a time', () => {
    const value = canary('drip');
    const b64 = Buffer.from(value).toString('base64');
    const text = `a ${value} b ${b64} c`;
    const out = streamAll([value], [...text]);
    assert.equal(out, `a ${MASK} b ${MASK} c`);
  });

  it('shows text at once when its tail cannot start a value', () => {
    const s = createRedactor([canary('late')]).stream();
    assert.equal(s.push('Starting run\n'), 'Starting run\n');
  });

  it('holds back only a tail that could start a value, and shows it at the end if it did not', () => {
    const value = canary('hold');
    const s = createRedactor([value]).stream();
    const partial = value.slice(0, 10);
    assert.equal(s.push(`progress ${partial}`), 'progress ');
    assert.equal(s.push(' done'), `${partial} done`);
    assert.equal(s.end(), '');
    const s2 = createRedactor([value]).stream();
    assert.equal(s2.push(`tail ${partial}`), 'tail ');
    assert.equal(s2.end(), partial);
  });

  it('passes chunks through unchanged when nothing is to be redacted', () => {
    const s = createRedactor([]).stream();
    assert.equal(s.push('canary-'), 'canary-');
    assert.equal(s.end(), '');
  });
});

describe('redact: decoded forms, streamed', () => {
  it('masks escaped, percent-encoded, wrapped base64 and hex forms split across chunks at every position', () => {
    const value = awkward();
    const text = [
      inspect({ v: `${value}${'x'.repeat(70)}\n${value}` }),
      value
        .split('')
        .map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
        .join(''),
      [...value].map((c, i) => (i % 2 ? encodeURIComponent(c) : c)).join(''),
      Buffer.from(`ab${value}`)
        .toString('base64')
        .match(/.{1,76}/g)!
        .join('\n'),
      Buffer.from(value).toString('hex').toUpperCase(),
    ].join('\n');
    const whole = createRedactor([value]).redact(text);
    assert.ok(!whole.includes(value.slice(0, 8)), whole);
    for (let i = 0; i <= text.length; i += 7) assert.equal(streamAll([value], [text.slice(0, i), text.slice(i)]), whole, `split at ${i}`);
  });

  it("leaves ordinary text alone: this repository's own sources come out unchanged", () => {
    const dir = join(__dirname, '..');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const r = createRedactor([
      canary('a'),
      awkward(),
      `-----BEGIN PRIVATE KEY-----\n${randomBytes(120).toString('base64')}\n-----END PRIVATE KEY-----`,
    ]);
    for (const text of sources) assert.equal(r.redact(text), text);
    assert.ok(sources.length > 20);
  });
});
