import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../model/types';
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
    assert.deepEqual(
      withSink.leaks.map((l) => l.call),
      ['audit.write', 'console.log'],
    );
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

  it('stays bounded when every helper calls every other with secrets (no walk per call path)', () => {
    // 40 helpers, each calling the next five with a different mix of its arguments: walked once per
    // call path, this is more than 5^6 walks; walked once per function and argument names, a few hundred.
    const n = 40;
    const helpers = Array.from({ length: n }, (_, i) => {
      const calls = [1, 2, 3, 4, 5].map((d) => `h${(i + d) % n}(${d % 2 ? 'a, b' : 'b, a'});`).join(' ');
      return `function h${i}(a, b) { ${calls} console.log(a); }`;
    }).join('\n');
    const text = `${helpers}\nexport default (l) => l.on('x', async (event) => { h0(await event.secrets('A'), await event.secrets('B')); });`;
    const result = secretFlow(new ParsedDocument({ uri: 'file:///mesh.js', text }), DEFAULT_SETTINGS);
    // h0 … h5 along the first path at least (six calls deep); how far past that depends on the walk's limits.
    assert.ok(result.leaks.length >= 6, `${result.leaks.length} leaks`);
    assert.deepEqual(new Set(result.leaks.flatMap((l) => l.names)), new Set(['A', 'B']));
  });
});

describe('functions that touch no secret where they are defined', () => {
  // Such functions are walked at their first call, not where they are defined: the findings
  // must be those of a walk at the definition.
  const leaksOf = (text: string) =>
    secretFlow(new ParsedDocument({ uri: 'file:///h.js', text }), DEFAULT_SETTINGS).leaks.map((l) => `${l.call}:${l.names.join(',')}`);
  const run = (helpers: string, body: string) =>
    `${helpers}\nmodule.exports = { metadata: { name: 'x', requiredSecrets: ['A'] }, run(c, secrets) { ${body} } };`;

  it('still return their object to a caller that then logs a secret put in it', () => {
    const helper = 'function make(kind) { const out = { kind }; return out; }';
    assert.deepEqual(leaksOf(run(helper, 'const o = make(1); o.token = secrets.A; console.log(o);')), ['console.log:A']);
  });

  it('log a secret passed to them, at the call', () => {
    const helper = 'function show(x) { const line = `value ${x}`; console.log(line); }';
    assert.deepEqual(leaksOf(run(helper, 'show(secrets.A);')), ['console.log:A']);
  });

  it('are walked where defined when they assign to a name of the module', () => {
    // `reset` makes `cache` a variable of the module: the secret pushed into it later shows when it is logged.
    const helper = 'function reset() { cache = []; }';
    assert.deepEqual(leaksOf(run(helper, 'cache.push(secrets.A); console.log(cache);')), ['console.log:A']);
  });

  it('are walked where defined when they read a value from outside', () => {
    const env = `const t = process.env.INTEGRATION_A;\nfunction never() { console.log('t', t); }\n${run('', 'return 1;')}`;
    assert.deepEqual(leaksOf(env), ['console.log:A']);
  });

  it('are walked where defined when they fetch a secret themselves', () => {
    const text = `function later(event) { event.secrets('A').then((v) => console.log(v)); }\n${run('', 'return 1;')}`;
    assert.deepEqual(leaksOf(text), ['console.log:A']);
    const direct = `async function later(event) { const v = await event.secrets('A'); console.log(v); }\n${run('', 'return 1;')}`;
    assert.deepEqual(leaksOf(direct), ['console.log:A']);
  });

  it('find nothing when never called', () => {
    const helpers = Array.from({ length: 5 }, (_, i) => `function h${i}(r) { const out = { ...r, i: ${i} }; return out; }`).join('\n');
    assert.deepEqual(leaksOf(run(helpers, 'console.log(secrets.A);')), ['console.log:A']);
  });
});
