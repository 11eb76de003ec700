// V8's compile cache (Node 22 and later): the bin turns it on before the command's bundle loads,
// so later runs load the command's code and TypeScript's from the user's cache folder (XDG's on
// Linux), never the machine's shared temp folder. The cache holds compiled code only: nothing of
// the files a check reads reaches it, so a credential in a checked repository is never written there.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, makeRepo, runCli, type Repo } from './cliHarness';

before(ensureBuilt);

const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
// NODE_COMPILE_CACHE would send the cache elsewhere (and turn it on for the bin itself).
const skip = !hasCompileCache ? 'Node < 22.1 has no compile cache' : process.env.NODE_COMPILE_CACHE ? 'NODE_COMPILE_CACHE is set' : false;

/** Every file under `dir`, with its bytes. */
function filesUnder(dir: string): Array<{ name: string; bytes: Buffer }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({ name: join(e.parentPath, e.name), bytes: readFileSync(join(e.parentPath, e.name)) }));
}

describe('secretref check and the compile cache', { skip }, () => {
  // Built at run time so no credential-shaped literal sits in the repository.
  const credential = ['Zq7mK2pX', '9vL4wR8t', 'N3bY6hJ1'].join('');
  let repo: Repo;
  let temp: string;
  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'secretref-compile-cache-'));
    repo = makeRepo({
      'integration.js': [
        `const password = "${credential}";`,
        'export const metadata = { name: "sync", requiredSecrets: ["API_KEY"] };',
        'export async function run(context, secrets) { return secrets.API_KEY; }',
        '',
      ].join('\n'),
    });
  });
  after(() => {
    repo.remove();
    rmSync(temp, { recursive: true, force: true });
  });

  it("keeps the command's code and TypeScript's, and nothing of the checked files", () => {
    const shared = join(temp, 'tmp');
    mkdirSync(shared);
    const r = runCli(repo.dir, ['check', '--format', 'json'], { XDG_CACHE_HOME: temp, TMPDIR: shared });
    assert.ok(r.stdout.includes('"hardcoded-secret"'), `the check read the file: ${r.stdout.slice(0, 400)}${r.stderr}`);
    assert.deepEqual(readdirSync(shared), [], 'the cache went to the shared temp folder');
    const cached = filesUnder(join(temp, 'secretref', 'compile-cache'));
    // The command's bundle (a constant of its top level) and the TypeScript compiler (its parser).
    assert.ok(
      cached.some((f) => f.bytes.includes('secretref-scan-worker')),
      'the command was compiled before the cache was on',
    );
    assert.ok(
      cached.some((f) => f.bytes.includes('createSourceFile')),
      'TypeScript is not in the cache',
    );
    assert.deepEqual(
      cached.filter((f) => f.bytes.includes(credential)).map((f) => f.name),
      [],
      'a checked file reached the compile cache',
    );
  });

  it('removes, once a day, the entries Node has not written for 30 days, and the folders they leave empty', () => {
    const home = join(temp, 'prune');
    const cache = join(home, 'secretref', 'compile-cache');
    const old = Date.now() / 1000 - 40 * 24 * 3600;
    const put = (rel: string, mtime?: number): string => {
      const f = join(cache, rel);
      mkdirSync(join(f, '..'), { recursive: true });
      writeFileSync(f, 'compiled code');
      if (mtime !== undefined) utimesSync(f, mtime, mtime);
      return f;
    };
    // An old install's entries under a Node version no longer used, and one under a current one.
    const gone = [put('v20.0.0-x64-00000000-0/aaaa1111', old), put('v24.0.0-x64-11111111-0/bbbb2222', old)];
    const kept = put('v24.0.0-x64-11111111-0/cccc3333');
    const r = runCli(repo.dir, ['check', '--format', 'json'], { XDG_CACHE_HOME: home });
    assert.ok(r.stdout.includes('"hardcoded-secret"'), `the check ran: ${r.stdout.slice(0, 400)}${r.stderr}`);
    assert.deepEqual(
      gone.filter((f) => existsSync(f)),
      [],
      'entries not written for 40 days are still there',
    );
    assert.ok(!existsSync(join(cache, 'v20.0.0-x64-00000000-0')), "the emptied Node version's folder is still there");
    assert.ok(existsSync(kept), 'a recent entry was removed');
    // The same day, the next run does not look again.
    const later = put('v24.0.0-x64-11111111-0/dddd4444', old);
    runCli(repo.dir, ['check', '--format', 'json'], { XDG_CACHE_HOME: home });
    assert.ok(existsSync(later), 'the cache was pruned twice in one day');
  });
});
