import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../types';
import { secretFlow } from './flow';

const integ = (body: string) => `module.exports = { metadata: { name: 'x', requiredSecrets: ['A'] }, run(c, secrets) { ${body} } };`;

describe('secret flow walk', () => {
  it('is computed once per document and settings, and again when the sinks change', () => {
    const doc = new ParsedDocument({ uri: 'file:///a.js', text: integ('audit.write(secrets.A); console.log(secrets.A);') });
    const first = secretFlow(doc, DEFAULT_SETTINGS);
    assert.equal(secretFlow(doc, { ...DEFAULT_SETTINGS }), first, 'equal settings reuse the walk');
    assert.equal(first.leaks.length, 1);
    const withSink = secretFlow(doc, { ...DEFAULT_SETTINGS, logSinks: ['audit.write'] });
    assert.notEqual(withSink, first);
    assert.deepEqual(withSink.leaks.map((l) => l.call), ['audit.write', 'console.log']);
  });

  it('never parses a file without a source word', () => {
    const doc = new ParsedDocument({ uri: 'file:///b.ts', text: 'export const x = 1; console.log(x);' });
    assert.deepEqual(secretFlow(doc, DEFAULT_SETTINGS).leaks, []);
    assert.equal((doc as unknown as { _ts?: unknown })._ts, undefined, 'the document was not parsed');
  });

  it('survives code nested thousands of levels deep', () => {
    let body = 'console.log(secrets.A)';
    for (let i = 0; i < 3000; i++) body = `(() => { ${body} })()`;
    assert.doesNotThrow(() => secretFlow(new ParsedDocument({ uri: 'file:///deep.js', text: integ(body) }), DEFAULT_SETTINGS));
  });
});
