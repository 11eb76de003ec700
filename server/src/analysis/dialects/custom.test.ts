import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { customDialect, customDialectProblems, customDialects } from './custom';
import { DEFAULT_SETTINGS } from '../types';
import { diagnose } from '../../../../test/util/diagnose';
import { cursor } from '../../../../test/util/cursor';
import type { Dialect } from '../dialect';

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
    assert.deepEqual(diagnose('file:///a.py', 'vault("stripe_key") vault("NOPE")', [{ name: 'STRIPE_KEY' }], settings).map((d) => d.message), [
      "Secret 'NOPE' not found",
    ]);
  });

  it('completes after the literal opening and closes the form', () => {
    const d = customDialect(vault) as Dialect;
    const c = cursor('x = vault("STR|');
    const slot = d.nameSlotAt!(new ParsedDocument({ uri: 'file:///a.py', text: c.text }), c.offset);
    assert.deepEqual(slot, { replace: { start: c.offset - 3, end: c.offset }, prefix: 'STR', closer: '")' });
    assert.deepEqual(d.forms.map((f) => f.format('K')), ['vault("K")']);
    // A pattern whose opening is not literal text cannot be written back: Copy Reference leaves it out.
    assert.deepEqual((customDialect({ id: 'v', pattern: 'v(?:a|b)\\((?<name>\\w+)\\)' }) as Dialect).forms, []);
  });

  it('leaves out a pattern that does not compile or has no name group, and says why', () => {
    const settings = { ...DEFAULT_SETTINGS, customDialects: [{ id: 'bad', pattern: '(' }, { id: 'nameless', pattern: 'x\\(\\w+\\)' }] };
    assert.deepEqual(customDialects(settings), []);
    const problems = customDialectProblems(settings);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /'bad'.*not a valid regular expression/);
    assert.match(problems[1], /'nameless'.*no group named 'name'/);
  });

  it('does not loop on a pattern that can match empty text', () => {
    const d = customDialect({ id: 'e', pattern: '(?<name>\\w*)' }) as Dialect;
    assert.deepEqual(d.find(new ParsedDocument({ uri: 'file:///a.txt', text: 'a b' }), DEFAULT_SETTINGS).map((r) => r.name), ['a', 'b']);
  });
});
