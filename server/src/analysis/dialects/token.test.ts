import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { tokenDialect } from './token';
import { DEFAULT_SETTINGS } from '../model/types';
import { cursor } from '../../../../test/util/cursor';
import { fixture } from '../../../../test/util/fixture';

const doc = (text: string, uri = 'file:///a.txt') => new ParsedDocument({ uri, text });
const find = (text: string, uri?: string) => tokenDialect.find(doc(text, uri), DEFAULT_SETTINGS);

describe('dialect token', () => {
  it('finds $Token{NAME} with the name range and the whole-form range', () => {
    const text = "api_key: '$Token{STRIPE_API_KEY}'";
    const [ref] = find(text);
    assert.equal(ref.name, 'STRIPE_API_KEY');
    assert.equal(text.slice(ref.range.start, ref.range.end), 'STRIPE_API_KEY');
    assert.equal(text.slice(ref.fullRange.start, ref.fullRange.end), '$Token{STRIPE_API_KEY}');
    assert.equal(ref.kind, 'use');
    assert.equal(ref.caseSensitive, true);
  });

  it('finds the $Token<NAME> spelling', () => {
    const text = 'Authorization: Bearer $Token<OAUTH_CLIENT_SECRET>';
    const [ref] = find(text);
    assert.equal(ref.name, 'OAUTH_CLIENT_SECRET');
    assert.equal(text.slice(ref.fullRange.start, ref.fullRange.end), '$Token<OAUTH_CLIENT_SECRET>');
  });

  it("finds Ductape's $Secret{NAME} and $Secret<NAME>, with the same ranges and case rule", () => {
    const text = "headers: { Authorization: 'Bearer $Secret{STRIPE_API_KEY}' }, b: $Secret<OAUTH_SECRET>";
    const refs = find(text);
    assert.deepEqual(
      refs.map((r) => [r.name, r.dialect, r.caseSensitive]),
      [
        ['STRIPE_API_KEY', 'token', true],
        ['OAUTH_SECRET', 'token', true],
      ],
    );
    assert.equal(text.slice(refs[0].range.start, refs[0].range.end), 'STRIPE_API_KEY');
    assert.equal(text.slice(refs[0].fullRange.start, refs[0].fullRange.end), '$Secret{STRIPE_API_KEY}');
    assert.equal(text.slice(refs[1].fullRange.start, refs[1].fullRange.end), '$Secret<OAUTH_SECRET>');
    assert.deepEqual(find('$secret{A} $SECRET{B} $Secret{} $Secret{A> $Secrets{C}'), []);
    // Docs write `$Secret{...}` where a name goes: a placeholder, not a name.
    assert.deepEqual(find('use $Secret{...} or $Token{…}'), []);
  });

  it('finds references inside strings and comments of any language, several per line', () => {
    const text = "// uses $Token{A}\nconst h = { x: '$Token{B}', y: `$Token{C}` }; /* $Token<D> */\n# $Token{E}";
    assert.deepEqual(
      find(text, 'file:///a.ts').map((r) => r.name),
      ['A', 'B', 'C', 'D', 'E'],
    );
  });

  it('keeps a name that is not an identifier so invalid-name can report it', () => {
    assert.deepEqual(
      find('$Token{my key} $Token< X >').map((r) => r.name),
      ['my key', ' X '],
    );
  });

  it('does not take mismatched brackets, an empty name, other casing or an unclosed form as references', () => {
    assert.deepEqual(find('$Token{A> $token{B} $TOKEN{C} $Token{} $Token<> $Token{ST\n'), []);
  });

  it('finds every reference of the Ductape TS fixture', () => {
    const refs = tokenDialect.find(fixture('ductape-apps.ts'), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => r.name),
      ['STRIPE_API_KEY', 'SENDGRID_API_KEY'],
    );
  });

  it('writes a reference in both of its forms, $Token{} first', () => {
    assert.deepEqual(
      tokenDialect.forms.map((f) => f.format('STRIPE_KEY')),
      ['$Token{STRIPE_KEY}', '$Secret{STRIPE_KEY}'],
    );
  });

  describe('name slot', () => {
    const slot = (src: string) => {
      const c = cursor(src);
      return { ...c, slot: tokenDialect.nameSlotAt!(doc(c.text), c.offset) };
    };

    it('is open right after $Token{, with } as closer when the form is not closed', () => {
      const { slot: s, offset } = slot("value: '$Token{|");
      assert.deepEqual(s, { replace: { start: offset, end: offset }, prefix: '', closer: '}' });
    });

    it('replaces the typed prefix and adds the closer for a half-typed name', () => {
      const { slot: s, text } = slot("'$Token{ST|'");
      assert.equal(s?.prefix, 'ST');
      assert.equal(text.slice(s.replace.start, s.replace.end), 'ST');
      assert.equal(s?.closer, '}');
    });

    it('adds no closer when the form is already closed, and replaces the whole name', () => {
      const { slot: s, text } = slot("'$Token{STR|IPE_KEY}'");
      assert.equal(text.slice(s!.replace.start, s!.replace.end), 'STRIPE_KEY');
      assert.equal(s?.closer, undefined);
    });

    it('is open after $Secret{ and $Secret< too', () => {
      const { slot: s, text } = slot("'$Secret{ST|'");
      assert.equal(text.slice(s!.replace.start, s!.replace.end), 'ST');
      assert.equal(s?.closer, '}');
      assert.equal(slot('$Secret<A|').slot?.closer, '>');
    });

    it('uses > as the closer of $Token<', () => {
      assert.equal(slot('$Token<A|').slot?.closer, '>');
    });

    it('is not open outside a reference form', () => {
      assert.equal(slot('const Token = |').slot, undefined);
      assert.equal(slot('$Token{A}|').slot, undefined);
      assert.equal(slot('$Token{my |').slot, undefined);
    });
  });
});
