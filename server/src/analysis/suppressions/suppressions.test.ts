import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { commentSyntaxOf, suppressionComment } from './comments';
import { directivesOf } from './suppressions';

// `$Token{NOPE}` is an unknown secret in every kind of file: one finding per line it is on.
const STORE = new StoreSnapshot([{ name: 'KNOWN', hasValue: true }]);

function analyse(uri: string, text: string) {
  const r = analyzeDocument({ uri, text }, STORE);
  const doc = new ParsedDocument({ uri, text });
  const lineOf = (d: { range: { start: number } }) => doc.positionAt(d.range.start).line + 1;
  return {
    reported: r.diagnostics.filter((d) => d.code !== 'unused-suppression').map((d) => `${lineOf(d)}:${d.code}`),
    suppressed: (r.suppressed ?? []).map((d) => `${lineOf(d)}:${d.code}`),
    unused: r.diagnostics
      .filter((d) => d.code === 'unused-suppression')
      .map((d) => ({ line: lineOf(d), message: d.message, unnecessary: d.unnecessary, severity: d.severity })),
  };
}

describe('inline suppressions', () => {
  it('JavaScript: next-line, same-line, block; // and /* */', () => {
    const r = analyse(
      'file:///p/a.js',
      [
        '// secretref-disable-next-line unknown-secret',
        'const a = "$Token{NOPE}";',
        'const b = "$Token{NOPE}"; /* secretref-disable-line */',
        'const c = "$Token{NOPE}";',
        '/* secretref-disable */',
        'const d = "$Token{NOPE}";',
        'const e = "$Token{NOPE}";',
        '/* secretref-enable */',
        'const f = "$Token{NOPE}";',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['2:unknown-secret', '3:unknown-secret', '6:unknown-secret', '7:unknown-secret']);
    assert.deepEqual(r.reported, ['4:unknown-secret', '9:unknown-secret']);
    assert.deepEqual(r.unused, []);
  });

  it('JavaScript: a directive inside a string, template or regular expression is not a comment', () => {
    const r = analyse(
      'file:///p/a.ts',
      [
        'const s = "// secretref-disable-next-line";',
        'const t = `${"x"} // secretref-disable-line`; const a = "$Token{NOPE}";',
        'const re = /secretref-disable-line\\/\\/ x/; const b = "$Token{NOPE}";',
        'const c = "$Token{NOPE}";',
        'const u = `a ${ { x: `b ${1}` }.x } // secretref-disable-line`; const d = "$Token{NOPE}";',
        'const v = s.replace(/\\/\\/ secretref-disable-line/, ""); const e = "$Token{NOPE}";',
        'const w = `a${b}` + "$Token{NOPE}"; // secretref-disable-line',
        'const x = a / 2 + "$Token{NOPE}"; // secretref-disable-line',
        // Names the scanner reads as keywords: `from` (contextual) and `default` after `.` divide too.
        'const y = from / 2 + "$Token{NOPE}"; // secretref-disable-line',
        'const z = m.default / 2 + "$Token{NOPE}"; // secretref-disable-line',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['7:unknown-secret', '8:unknown-secret', '9:unknown-secret', '10:unknown-secret']);
    assert.deepEqual(r.reported, ['2:unknown-secret', '3:unknown-secret', '4:unknown-secret', '5:unknown-secret', '6:unknown-secret']);
  });

  it('a code list silences only those codes; a reason after -- is ignored', () => {
    const r = analyse(
      'file:///p/a.js',
      [
        'const a = "$Token{NOPE}"; // secretref-disable-line hardcoded-secret, unknown-secret -- a fixture name',
        'const b = "$Token{NOPE}"; // secretref-disable-line logged-secret',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['1:unknown-secret']);
    assert.deepEqual(r.reported, ['2:unknown-secret']);
    // hardcoded-secret on line 1 and logged-secret on line 2 silence nothing: each is said.
    assert.deepEqual(
      r.unused.map((u) => u.line),
      [1, 2],
    );
    assert.match(r.unused[0].message, /'hardcoded-secret' in 'secretref-disable-line' silences nothing here/);
    assert.equal(r.unused[0].severity, 'hint');
    assert.equal(r.unused[0].unnecessary, true);
  });

  it('an unknown code is named as not a SecretRef code', () => {
    const r = analyse('file:///p/a.js', 'const a = "$Token{NOPE}"; // secretref-disable-line unknown-secrets\n');
    assert.deepEqual(r.reported, ['1:unknown-secret']);
    assert.match(r.unused[0].message, /'unknown-secrets' in 'secretref-disable-line' is not a SecretRef diagnostic code/);
  });

  it('a suppression without codes that silences nothing is reported', () => {
    const r = analyse('file:///p/a.js', '// secretref-disable-next-line\nconst a = 1;\n');
    assert.deepEqual(
      r.unused.map((u) => [u.line, u.message]),
      [[1, "'secretref-disable-next-line' silences nothing here: remove it"]],
    );
  });

  it('YAML: # comments from the parser, never a # inside a scalar', () => {
    const r = analyse(
      'file:///p/task.yaml',
      [
        'a: $Token{NOPE} # secretref-disable-line',
        '# secretref-disable-next-line unknown-secret',
        'b: $Token{NOPE}',
        'c: "$Token{NOPE} # secretref-disable-line"',
        'd: |',
        '  # secretref-disable-next-line',
        '  $Token{NOPE}',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['1:unknown-secret', '3:unknown-secret']);
    assert.deepEqual(r.reported, ['4:unknown-secret', '7:unknown-secret']);
  });

  it('JSON with comments: // and /* */ from jsonc-parser, not inside strings', () => {
    const r = analyse(
      'file:///p/.vscode/tasks.jsonc',
      [
        '{',
        '  // secretref-disable-next-line',
        '  "a": "$Token{NOPE}",',
        '  "b": "$Token{NOPE}", /* secretref-disable-line unknown-secret */',
        '  "c": "$Token{NOPE} // secretref-disable-line"',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['3:unknown-secret', '4:unknown-secret']);
    assert.deepEqual(r.reported, ['5:unknown-secret']);
  });

  it('Markdown: <!-- --> comments, in prose and around a fenced block', () => {
    const r = analyse(
      'file:///p/README.md',
      [
        'Use $Token{NOPE} here. <!-- secretref-disable-line -->',
        '<!-- secretref-disable-next-line unknown-secret -->',
        'And $Token{NOPE} there.',
        '<!-- secretref-disable -->',
        '```yaml',
        'key: $Token{NOPE}',
        '```',
        '<!-- secretref-enable -->',
        'Last $Token{NOPE}.',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['1:unknown-secret', '3:unknown-secret', '6:unknown-secret']);
    assert.deepEqual(r.reported, ['9:unknown-secret']);
  });

  it('MDX: {/* */} comments in prose, <!-- --> too, never one in a code span', () => {
    const r = analyse(
      'file:///p/guide.mdx',
      [
        'Use `$Token{NOPE}` here. {/* secretref-disable-line */}',
        '{/* secretref-disable-next-line unknown-secret */}',
        'And `$Token{NOPE}` there.',
        '{/*',
        ' * secretref-disable',
        ' */}',
        '```yaml',
        'key: $Token{NOPE} # secretref-disable-line',
        'other: $Token{NOPE}',
        '```',
        '{/* secretref-enable */}',
        '`{/* secretref-disable-next-line */}` is how MDX writes it:',
        'Last `$Token{NOPE}`.',
        '<!-- secretref-disable-next-line -->',
        'Old `$Token{NOPE}`.',
        '- in a list: `$Token{NOPE}` {/* secretref-disable-line unknown-secret -- docs */}',
        '> in a quote: `$Token{NOPE}` {/* secretref-disable-line hardcoded-secret */}',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, [
      '1:unknown-secret',
      '3:unknown-secret',
      '8:unknown-secret',
      '9:unknown-secret',
      '15:unknown-secret',
      '16:unknown-secret',
    ]);
    assert.deepEqual(r.reported, ['13:unknown-secret', '17:unknown-secret']);
    assert.deepEqual(
      r.unused.map((u) => [u.line, u.message]),
      [[17, "'hardcoded-secret' in 'secretref-disable-line' silences nothing here: remove it"]],
    );
  });

  it('MDX: while a `{` is unclosed, the directives of the other paragraphs still hold', () => {
    const r = analyse(
      'file:///p/guide.mdx',
      [
        '{/* secretref-disable-next-line */}',
        '`$Token{NOPE}` here.',
        '',
        'Being typed: { `$Token{NOPE}`',
        '',
        '<!-- secretref-disable-line --> `$Token{NOPE}`',
        'Last `$Token{NOPE}` {/* secretref-disable-line unknown-secret */}',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['2:unknown-secret', '6:unknown-secret', '7:unknown-secret']);
    assert.deepEqual(r.reported, ['4:unknown-secret']);
  });

  it('.env and shell files: # comments', () => {
    const r = analyse(
      'file:///p/.env.local',
      ['# secretref-disable-next-line', 'A=$Token{NOPE}', 'B=$Token{NOPE} # secretref-disable-line', 'C=$Token{NOPE}'].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['2:unknown-secret', '3:unknown-secret']);
    assert.deepEqual(r.reported, ['4:unknown-secret']);
  });

  it('an enable naming codes closes only the blocks of those codes', () => {
    const r = analyse(
      'file:///p/a.js',
      [
        '/* secretref-disable unknown-secret */',
        '/* secretref-disable */',
        'const a = "$Token{NOPE}";',
        '/* secretref-enable unknown-secret */',
        'const b = "$Token{NOPE}";',
        '/* secretref-enable */',
        'const c = "$Token{NOPE}";',
      ].join('\n'),
    );
    assert.deepEqual(r.suppressed, ['3:unknown-secret', '5:unknown-secret']);
    assert.deepEqual(r.reported, ['7:unknown-secret']);
  });

  it('a no-value suppression is not "unused" where values cannot be known (CLI, other editors)', () => {
    const text = 'const a = "$Token{DECLARED}"; // secretref-disable-line no-value\n';
    const declared = [{ name: 'DECLARED', level: 'manifest' as const }];
    const withStore = analyzeDocument({ uri: 'file:///p/a.js', text }, new StoreSnapshot(declared));
    assert.deepEqual([withStore.diagnostics.length, withStore.suppressed?.map((d) => d.code)], [0, ['no-value']]);
    const without = analyzeDocument({ uri: 'file:///p/a.js', text }, new StoreSnapshot(declared, { valuesKnown: false }));
    assert.deepEqual([without.diagnostics, without.suppressed], [[], undefined]);
  });

  it('reads directives with their codes and ranges', () => {
    const text = 'x(); /* secretref-disable-line a, b */\n';
    const d = directivesOf(new ParsedDocument({ uri: 'file:///p/a.ts', text }));
    assert.deepEqual(d, [{ kind: 'disable-line', codes: ['a', 'b'], range: { start: 5, end: text.length - 1 } }]);
  });

  it('writes a comment in the syntax of each file', () => {
    const syntax = (uri: string) => commentSyntaxOf(new ParsedDocument({ uri, text: '' }));
    assert.equal(suppressionComment(syntax('file:///a.ts'), 'disable-next-line', ['x']), '// secretref-disable-next-line x');
    assert.equal(suppressionComment(syntax('file:///a.yml'), 'disable-next-line', ['x']), '# secretref-disable-next-line x');
    assert.equal(suppressionComment(syntax('file:///a.md'), 'disable-line', []), '<!-- secretref-disable-line -->');
    // MDX 2+ rejects `<!-- -->`: its comments are JavaScript comments in an expression.
    assert.equal(suppressionComment(syntax('file:///a.mdx'), 'disable-line', []), '{/* secretref-disable-line */}');
    // In a fence of an MDX file, the fence language's syntax.
    assert.equal(suppressionComment(syntax('file:///a.mdx#L4.sh'), 'disable-line', ['x']), '# secretref-disable-line x');
    assert.equal(suppressionComment(syntax('file:///Dockerfile'), 'disable-line', ['x']), '# secretref-disable-line x');
    // An untitled buffer has no name: the editor's language id tells MDX from Markdown.
    const untitled = (languageId: string) => commentSyntaxOf(new ParsedDocument({ uri: 'untitled:Untitled-1', text: '', languageId }));
    assert.equal(suppressionComment(untitled('mdx'), 'disable-line', ['x']), '{/* secretref-disable-line x */}');
    assert.equal(suppressionComment(untitled('markdown'), 'disable-line', ['x']), '<!-- secretref-disable-line x -->');
    const mdxBuffer = new ParsedDocument({
      uri: 'untitled:Untitled-1',
      text: 'See `$Token{X}`. {/* secretref-disable-line x */}\n',
      languageId: 'mdx',
    });
    assert.deepEqual(
      directivesOf(mdxBuffer).map((d) => d.kind),
      ['disable-line'],
    );
    assert.equal(suppressionComment(syntax('file:///notes.txt'), 'disable-line', ['x']), undefined);
  });
});
