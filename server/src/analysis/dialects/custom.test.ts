import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { customDialect, customDialectProblems, customDialects } from './custom';
import { DEFAULT_SETTINGS } from '../model/types';
import { diagnose } from '../../../../test/util/diagnose';
import { cursor } from '../../../../test/util/cursor';
import type { Dialect } from './dialect';

const vault = { id: 'vault', pattern: 'vault\\(\\s*"(?<name>[^"]*)"\\s*\\)', caseSensitive: false, files: ['*.py', 'config/**'] };

describe('custom dialects', () => {
  it('finds references with the name group as range, only in matching files', () => {
    const d = customDialect(vault) as Dialect;
    const text = 'key = vault("Stripe_Key")';
    const [ref] = d.find(new ParsedDocument({ uri: 'file:///w/app.py', text }), DEFAULT_SETTINGS);
    assert.equal(text.slice(ref.range.start, ref.range.end), 'Stripe_Key');
    assert.equal(text.slice(ref.fullRange.start, ref.fullRange.end), 'vault("Stripe_Key")');
    assert.equal(ref.dialect, 'vault');
    assert.deepEqual(d.find(new ParsedDocument({ uri: 'file:///w/app.rb', text }), DEFAULT_SETTINGS), []);
    assert.equal(d.find(new ParsedDocument({ uri: 'file:///w/config/x.txt', text }), DEFAULT_SETTINGS).length, 1);
  });

  it('feeds the generic store rules, with its case rule', () => {
    const settings = { customDialects: [vault] };
    assert.deepEqual(
      diagnose('file:///a.py', 'vault("stripe_key") vault("NOPE")', [{ name: 'STRIPE_KEY' }], settings).map((d) => d.message),
      ["Secret 'NOPE' not found"],
    );
  });

  it('completes after the literal opening and closes the form', () => {
    const d = customDialect(vault) as Dialect;
    const c = cursor('x = vault("STR|');
    const slot = d.nameSlotAt!(new ParsedDocument({ uri: 'file:///a.py', text: c.text }), c.offset);
    assert.deepEqual(slot, { replace: { start: c.offset - 3, end: c.offset }, prefix: 'STR', closer: '")' });
    assert.deepEqual(
      d.forms.map((f) => f.format('K')),
      ['vault("K")'],
    );
    // A pattern whose opening is not literal text cannot be written back: Copy Reference leaves it out.
    assert.deepEqual((customDialect({ id: 'v', pattern: 'v(?:a|b)\\((?<name>\\w+)\\)' }) as Dialect).forms, []);
  });

  it('leaves out a pattern that does not compile or has no name group, and says why', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      customDialects: [
        { id: 'bad', pattern: '(' },
        { id: 'nameless', pattern: 'x\\(\\w+\\)' },
      ],
    };
    assert.deepEqual(customDialects(settings), []);
    const problems = customDialectProblems(settings);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /'bad'.*not a valid regular expression/);
    assert.match(problems[1], /'nameless'.*no group named 'name'/);
  });

  it('does not loop on a pattern that can match empty text', () => {
    const d = customDialect({ id: 'e', pattern: '(?<name>\\w*)' }) as Dialect;
    assert.deepEqual(
      d.find(new ParsedDocument({ uri: 'file:///a.txt', text: 'a b' }), DEFAULT_SETTINGS).map((r) => r.name),
      ['a', 'b'],
    );
  });
});

describe('custom dialects run in linear time', () => {
  it('a pattern that backtracks exponentially in JavaScript finishes on a long line', () => {
    const d = customDialect({ id: 'redos', pattern: '(?<name>(a|aa)+)b' }) as Dialect;
    // A backtracking engine takes longer than the age of the universe on this; RE2 reads it once.
    const text = 'a'.repeat(100_000) + '!';
    assert.deepEqual(d.find(new ParsedDocument({ uri: 'file:///a.txt', text }), DEFAULT_SETTINGS), []);
    const refs = d.find(new ParsedDocument({ uri: 'file:///a.txt', text: 'x aab y' }), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => r.name),
      ['aa'],
    );
  });

  it('completion after a pattern that would backtrack is bounded too', () => {
    const d = customDialect({ id: 'slow', pattern: '(a|aa)+\\{(?<name>\\w+)\\}' }) as Dialect;
    const c = cursor('a'.repeat(5_000) + '!|');
    assert.equal(d.nameSlotAt!(new ParsedDocument({ uri: 'file:///a.txt', text: c.text }), c.offset), undefined);
  });

  it('says which pattern uses a construct RE2 lacks, and names the setting', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      customDialects: [
        { id: 'look', pattern: '(?<=key=)(?<name>\\w+)' },
        { id: 'back', pattern: '(["\'])(?<name>\\w+)\\1' },
      ],
    };
    assert.deepEqual(customDialects(settings), []);
    const [look, back] = customDialectProblems(settings);
    assert.match(
      look,
      /^Custom dialect 'look': the pattern uses something SecretRef's linear-time matcher does not support .*lookbehind.*; fix it in the setting secretref\.customDialects$/,
    );
    assert.match(back, /^Custom dialect 'back': .*linear-time matcher/);
  });
});
