import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REFERENCE_SYNTAXES, syntaxesForLanguage, syntaxFor } from './referenceSyntax';

test('each dialect writes the reference the way its seed does', () => {
  const out = REFERENCE_SYNTAXES.map((s) => [s.dialect, s.format('STRIPE_KEY')]);
  assert.deepEqual(out, [
    ['token', '$Token{STRIPE_KEY}'],
    ['token', '$Secret{STRIPE_KEY}'],
    ['template', '{{Secrets.STRIPE_KEY}}'],
    ['required', 'secrets.STRIPE_KEY'],
    ['env', 'process.env.INTEGRATION_STRIPE_KEY'],
    ['taskSecret', "secret_name: 'STRIPE_KEY'"],
    ['event', "event.secrets('STRIPE_KEY')"],
  ]);
  // A dialect named in a command's arguments writes its first form: `$Token{}` stays the default.
  assert.equal(syntaxFor('token')?.format('X'), '$Token{X}');
  assert.equal(syntaxFor('nope'), undefined);
});

test('the forms natural in the current language come first', () => {
  assert.equal(syntaxesForLanguage('typescript')[0].dialect, 'required');
  assert.equal(syntaxesForLanguage('yaml')[0].dialect, 'token');
  assert.equal(syntaxesForLanguage('yaml').length, REFERENCE_SYNTAXES.length);
});
