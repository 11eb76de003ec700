import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseCommandLine, UsageError } from './args';

describe('parseCommandLine', () => {
  it('defaults: the current folder, text, warnings never fail, colour decided later', () => {
    assert.deepEqual(parseCommandLine(['check']), {
      kind: 'check',
      options: {
        paths: ['.'],
        env: undefined,
        app: undefined,
        format: 'text',
        maxWarnings: undefined,
        output: undefined,
        color: undefined,
        requireValues: false,
        trustRepoSettings: false,
      },
    });
  });

  it('reads every option, in any order around the paths', () => {
    const cmd = parseCommandLine([
      'check',
      'src',
      '--env',
      'prd',
      'config',
      '--app=payments',
      '-f',
      'sarif',
      '--max-warnings',
      '0',
      '-o',
      'out.sarif',
      '--no-color',
      '--require-values',
      '--trust-repo-settings',
    ]);
    assert.deepEqual(cmd, {
      kind: 'check',
      options: {
        paths: ['src', 'config'],
        env: 'prd',
        app: 'payments',
        format: 'sarif',
        maxWarnings: 0,
        output: 'out.sarif',
        color: false,
        requireValues: true,
        trustRepoSettings: true,
      },
    });
  });

  it('--no-color wins over --color', () => {
    const cmd = parseCommandLine(['check', '--color', '--no-color']);
    assert.equal(cmd.kind === 'check' && cmd.options.color, false);
  });

  it('help and version need no command', () => {
    assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['check', '-h']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['-v']), { kind: 'version' });
  });

  const bad: Array<[string[], RegExp]> = [
    [['check', '--max-warnings=-1'], /--max-warnings '-1' is not a whole number/],
    [['check', '--max-warnings', '2.5'], /--max-warnings '2.5' is not a whole number/],
    [['check', '--env', '  '], /--env needs a value, e.g. --env prd/],
    [['check', '--format', 'SARIF'], /--format 'SARIF' is not a format/],
    [['check', '-x'], /Unknown option '-x'/],
    [['scan'], /Unknown command 'scan'/],
  ];
  for (const [argv, message] of bad) {
    it(`refuses ${argv.join(' ')}`, () => {
      assert.throws(
        () => parseCommandLine(argv),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
      );
    });
  }
});
