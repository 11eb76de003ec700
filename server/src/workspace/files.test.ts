import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { tempTree } from '../../../test/util/tempTree';
import picomatch from 'picomatch';
import { binaryReason, DEFAULT_INCLUDE, isProjectFile, listProjectFiles, ProjectGlobs } from './files';

const rels = (root: string, abs: string[]) => abs.map((p) => path.relative(root, p).split(path.sep).join('/'));

test('lists source and config files, skips node_modules, .git, dist and unknown extensions', async (t) => {
  const root = tempTree(t, {
    'a.ts': '',
    'b.yaml': '',
    'c/d.json': '',
    '.env': '',
    'notes.md': '',
    'img.png': 'x',
    'node_modules/x/index.js': '',
    '.git/config.json': '',
    'dist/server.js': '',
    'sub/node_modules/y.js': '',
  });
  assert.deepEqual(rels(root, await listProjectFiles(root)), ['.env', 'a.ts', 'b.yaml', 'c/d.json', 'notes.md']);
});

test('respects root and nested .gitignore files, including negations', async (t) => {
  const root = tempTree(t, {
    '.gitignore': 'build/\n*.log.txt\n',
    'build/out.js': '',
    'keep.log.txt': '',
    'src/a.js': '',
    'src/.gitignore': 'gen.js\n!important.js\n',
    'src/gen.js': '',
    'src/important.js': '',
    'other/gen.js': '',
  });
  assert.deepEqual(rels(root, await listProjectFiles(root)), ['other/gen.js', 'src/a.js', 'src/important.js']);
});

test('include and exclude globs and the size limit apply', async (t) => {
  const root = tempTree(t, { 'a.ts': '', 'b.yaml': '', 'fixtures/c.yaml': '', 'big.yaml': 'x'.repeat(2000) });
  const files = await listProjectFiles(root, { include: ['**/*.yaml'], exclude: ['fixtures/**'], maxFileSize: 1000 });
  assert.deepEqual(rels(root, files), ['b.yaml']);
});

test('with `unsized`, regular files are left to the reader to size; links are still sized by the walk', async (t) => {
  const root = tempTree(t, { 'small.yaml': '', 'big.yaml': 'x'.repeat(2000) });
  symlinkSync(path.join(root, 'big.yaml'), path.join(root, 'alias.yaml'));
  symlinkSync(path.join(root, 'small.yaml'), path.join(root, 'link.yaml'));
  for (const blocking of [true, false]) {
    const unsized = new Set<string>();
    const files = await listProjectFiles(root, { maxFileSize: 1000, unsized, blocking });
    assert.deepEqual(rels(root, files), ['big.yaml', 'link.yaml', 'small.yaml']);
    assert.deepEqual(rels(root, [...unsized].sort()), ['big.yaml', 'small.yaml']);
  }
});

test('include globs answer as picomatch does, for any folder depth, dot-files and names spelt like the pattern', () => {
  const paths = ['a.ts', 'x/y/a.ts', 'x/a.d.ts', '.env', 'x/.env', 'x/.env.local', '.x/b.js', 'x/.b.js', '[a-c]x.json', 'x/[a-c]x.json'];
  paths.push(
    '**/[a-c]x.json',
    'bx.json',
    'x/cx.json',
    'x/dx.json',
    '**/*.ts',
    'x/**/*.ts',
    'a b/c d.md',
    'ü/ä.json',
    'x/a/b.js',
    'x/b/c.js',
  );
  const globSets = [
    DEFAULT_INCLUDE,
    ['**/*.ts'],
    ['**/!(*.d).ts'],
    ['**/[a-c]x.json'],
    ['**/*.@(js|ts)'],
    ['**/*'],
    ['**/!x.ts'],
    ['**/{a,b}/*.js'],
  ];
  for (const include of globSets) {
    const expected = picomatch(include, { dot: true });
    const globs = new ProjectGlobs({ include });
    for (const p of paths) assert.equal(globs.matchesFile(p), expected(p), `${include.join(', ')} on ${p}`);
  }
});

test('isProjectFile agrees with the walk for single paths', async (t) => {
  const root = tempTree(t, { '.gitignore': 'gen/\n', 'gen/a.ts': '', 'src/b.ts': '', 'node_modules/c.ts': '' });
  assert.equal(await isProjectFile(root, path.join(root, 'src/b.ts')), true);
  assert.equal(await isProjectFile(root, path.join(root, 'gen/a.ts')), false);
  assert.equal(await isProjectFile(root, path.join(root, 'node_modules/c.ts')), false);
  assert.equal(await isProjectFile(root, path.join(root, 'src/b.png')), false);
  assert.equal(await isProjectFile(root, path.join(path.dirname(root), 'elsewhere.ts')), false);
});

test('a text with a NUL byte in its first 8 KB is binary, whether read from disk or open in the editor', () => {
  assert.match(binaryReason('PK\u0003\u0004\u0000\u0000 zip') ?? '', /looks binary/);
  assert.equal(binaryReason('key: $Token{API_KEY}\n'), undefined);
  assert.equal(binaryReason('x'.repeat(9000) + '\u0000'), undefined, 'only the start is looked at');
});
