import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExpiry, checkSecretName, parseLabelList, parseMetadata, formatMetadata } from './validation';

test("secret names follow Julep's rule: identifiers only", () => {
  for (const ok of ['stripe_api_key', 'STRIPE_KEY', '_x', 'WeatherApiKey', 'a1']) assert.equal(checkSecretName(ok), undefined, ok);
  assert.equal(
    checkSecretName('my key'),
    'That secret name is invalid (it contains a space): use letters, digits and underscores, starting with a letter or underscore.',
  );
  const why: Record<string, string> = { '1abc': 'starts with a digit', 'a-b': 'punctuation', 'a.b': 'punctuation', ключ: 'outside A–Z' };
  for (const [bad, reason] of Object.entries(why)) {
    const m = checkSecretName(bad) ?? '';
    assert.ok(m.includes(reason) && !m.includes(bad), `${bad}: ${m}`);
  }
  assert.match(checkSecretName('') ?? '', /Type a name/);
});

test('expiry accepts dates and date-times, refuses impossible ones, empty clears', () => {
  assert.equal(checkExpiry(''), undefined);
  assert.equal(checkExpiry('2027-01-31'), undefined);
  assert.equal(checkExpiry('2027-01-31T12:00:00Z'), undefined);
  assert.match(checkExpiry('31/01/2027') ?? '', /write it as YYYY-MM-DD/);
  assert.match(checkExpiry('2027-02-30') ?? '', /not a real calendar date/);
});

test('app and environment lists are comma-separated, trimmed and de-duplicated', () => {
  assert.deepEqual(parseLabelList('environment', ' dev, prd ,dev,'), { values: ['dev', 'prd'] });
  assert.match(parseLabelList('app', 'ok, not ok').error ?? '', /App name 'not ok' is invalid/);
});

test('metadata is typed as key=value pairs and round-trips', () => {
  const r = parseMetadata('environment=production; owner = payments-team;');
  assert.deepEqual(r, { metadata: { environment: 'production', owner: 'payments-team' } });
  assert.deepEqual(parseMetadata(formatMetadata(r.metadata)).metadata, r.metadata);
  assert.match(parseMetadata('justakey').error ?? '', /not a key=value pair/);
  assert.match(parseMetadata('bad key=1').error ?? '', /Metadata key 'bad key' is invalid/);
});
