// readFileSafely on real files: FIFOs, devices, links in and out of the root, the size limit,
// and a folder that turns into a link between two reads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgetRealPaths, readFileSafely } from './files';

function tree(): { root: string; outside: string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'secretref-safe-'));
  const outside = mkdtempSync(join(tmpdir(), 'secretref-outside-'));
  return {
    root,
    outside,
    dispose: () => {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
}

describe('readFileSafely', () => {
  it('reads regular files and links inside the root; refuses FIFOs, devices and links out', () => {
    const t = tree();
    try {
      writeFileSync(join(t.root, 'a.env'), 'A=1\n');
      writeFileSync(join(t.outside, 'far.env'), 'FAR=1\n');
      symlinkSync(join(t.root, 'a.env'), join(t.root, 'in.env'));
      symlinkSync(join(t.outside, 'far.env'), join(t.root, 'out.env'));
      symlinkSync('/dev/zero', join(t.root, 'zero.env'));
      execFileSync('mkfifo', [join(t.root, 'pipe.env')]);
      const read = (name: string) => readFileSafely(join(t.root, name), { maxBytes: 1000, roots: [t.root] });
      assert.deepEqual(read('a.env'), { text: 'A=1\n' });
      assert.deepEqual(read('in.env'), { text: 'A=1\n' });
      assert.match((read('out.env') as { skipped: string }).skipped, /out of .* through a symbolic link/);
      assert.match((read('zero.env') as { skipped: string }).skipped, /out of .* through a symbolic link/);
      assert.deepEqual(read('pipe.env'), { skipped: 'it is not a regular file (a FIFO)' });
      // Outside every root, a regular file is read, a link is not.
      assert.deepEqual(readFileSafely(join(t.outside, 'far.env'), { maxBytes: 1000, roots: [t.root] }), { text: 'FAR=1\n' });
      symlinkSync(join(t.root, 'a.env'), join(t.outside, 'back.env'));
      assert.deepEqual(readFileSafely(join(t.outside, 'back.env'), { maxBytes: 1000, roots: [t.root] }), {
        skipped: 'it is a symbolic link outside the workspace, which is never followed',
      });
    } finally {
      t.dispose();
    }
  });

  it('answers the same for a path a folder listing showed as a regular file, whatever it has become', () => {
    const t = tree();
    try {
      writeFileSync(join(t.root, 'a.env'), 'A=1\n');
      writeFileSync(join(t.root, 'big.json'), 'x'.repeat(3000));
      writeFileSync(join(t.outside, 'far.env'), 'FAR=1\n');
      // Listed as files, then replaced: by links in and out of the root, /dev/zero, a FIFO; one gone.
      symlinkSync(join(t.root, 'a.env'), join(t.root, 'in.env'));
      symlinkSync(join(t.outside, 'far.env'), join(t.root, 'out.env'));
      symlinkSync('/dev/zero', join(t.root, 'zero.env'));
      execFileSync('mkfifo', [join(t.root, 'pipe.env')]);
      mkdirSync(join(t.root, 'sub'));
      symlinkSync(t.outside, join(t.root, 'linked'));
      for (const name of ['a.env', 'big.json', 'in.env', 'out.env', 'zero.env', 'pipe.env', 'sub', 'gone.env', 'linked/far.env']) {
        const read = (listedAsFile: boolean) =>
          readFileSafely(join(t.root, name), { maxBytes: 1000, roots: [t.root], limitSetting: 'secretref.maxFileSize', listedAsFile });
        assert.deepEqual(read(true), read(false), name);
      }
      assert.deepEqual(readFileSafely(join(t.root, 'a.env'), { maxBytes: 1000, roots: [t.root], listedAsFile: true }), { text: 'A=1\n' });
    } finally {
      t.dispose();
    }
  });

  it('stops at the size limit and names the setting', () => {
    const t = tree();
    try {
      writeFileSync(join(t.root, 'big.json'), 'x'.repeat(3000));
      assert.deepEqual(
        readFileSafely(join(t.root, 'big.json'), { maxBytes: 1000, roots: [t.root], limitSetting: 'secretref.maxFileSize' }),
        {
          tooLarge: true,
          skipped: '3 KB is over the secretref.maxFileSize limit of 1 KB; raise the setting to read it',
        },
      );
    } finally {
      t.dispose();
    }
  });

  it('sees a folder that became a link out of the root once told that files changed', () => {
    const t = tree();
    try {
      mkdirSync(join(t.root, 'sub'));
      writeFileSync(join(t.root, 'sub', 'a.env'), 'A=1\n');
      writeFileSync(join(t.outside, 'a.env'), 'OUT=1\n');
      const read = () => readFileSafely(join(t.root, 'sub', 'a.env'), { maxBytes: 1000, roots: [t.root] });
      assert.deepEqual(read(), { text: 'A=1\n' });
      renameSync(join(t.root, 'sub'), join(t.root, 'old'));
      symlinkSync(t.outside, join(t.root, 'sub'));
      forgetRealPaths();
      assert.match((read() as { skipped: string }).skipped, /out of .* through a symbolic link/);
    } finally {
      t.dispose();
    }
  });
});
