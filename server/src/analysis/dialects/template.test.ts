import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { templateDialect } from './template';
import { DEFAULT_SETTINGS } from '../model/types';
import { cursor } from '../../../../test/util/cursor';
import { fixture } from '../../../../test/util/fixture';

const doc = (text: string, uri = 'file:///a.txt') => new ParsedDocument({ uri, text });
const find = (text: string) => templateDialect.find(doc(text), DEFAULT_SETTINGS);

describe('dialect template', () => {
  it('finds {{Secrets.NAME}} with name and whole-form ranges, case-insensitive', () => {
    const text = 'X-Api-Key: {{Secrets.MySecret}}';
    const [ref] = find(text);
    assert.equal(ref.name, 'MySecret');
    assert.equal(text.slice(ref.range.start, ref.range.end), 'MySecret');
    assert.equal(text.slice(ref.fullRange.start, ref.fullRange.end), '{{Secrets.MySecret}}');
    assert.equal(ref.caseSensitive, false);
  });

  it('accepts whitespace inside the braces and any case of "secrets"', () => {
    const text = 'a {{ secrets.mysecret }} b {{SECRETS.Other\t}}';
    const refs = find(text);
    assert.deepEqual(
      refs.map((r) => r.name),
      ['mysecret', 'Other'],
    );
    assert.equal(text.slice(refs[0].fullRange.start, refs[0].fullRange.end), '{{ secrets.mysecret }}');
    assert.equal(text.slice(refs[0].range.start, refs[0].range.end), 'mysecret');
  });

  it('finds the <<Secrets.NAME>> spelling', () => {
    assert.deepEqual(
      find('key: <<Secrets.WeatherApiKey>>').map((r) => r.name),
      ['WeatherApiKey'],
    );
  });

  it('skips GitHub Actions ${{ secrets.X }} expressions, which are not this form', () => {
    assert.deepEqual(find('token: ${{ secrets.GITHUB_TOKEN }}'), []);
  });

  it('keeps invalid names for invalid-name, ignores empty ones', () => {
    assert.deepEqual(
      find('{{Secrets.my key}} {{Secrets.}}').map((r) => r.name),
      ['my key'],
    );
  });

  it('finds every spelling in the API Store fixture and nothing in the workflow line', () => {
    const refs = templateDialect.find(fixture('api-store.yaml'), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => r.name),
      ['MySecret', 'mysecret', 'WeatherApiKey'],
    );
  });

  describe('name slot', () => {
    const slot = (src: string) => {
      const c = cursor(src);
      return { ...c, slot: templateDialect.nameSlotAt!(doc(c.text), c.offset) };
    };
    it('opens after {{Secrets. with }} as closer', () => {
      assert.equal(slot('"{{Secrets.|').slot?.closer, '}}');
    });
    it('mirrors the spacing of {{ secrets. in the closer', () => {
      assert.equal(slot('{{ secrets.my|').slot?.closer, ' }}');
      assert.equal(slot('{{ secrets.my|').slot?.prefix, 'my');
    });
    it('has no closer when the form is closed', () => {
      assert.equal(slot('{{ secrets.my| }}').slot?.closer, undefined);
      assert.equal(slot('<<Secrets.W|>>').slot?.closer, undefined);
    });
    it('uses >> for <<Secrets.', () => {
      assert.equal(slot('<<Secrets.|').slot?.closer, '>>');
    });
    it('is not open in ${{ secrets. or before the dot', () => {
      assert.equal(slot('${{ secrets.|').slot, undefined);
      assert.equal(slot('{{Secrets|').slot, undefined);
    });
  });
});
