// A `secretref` task's command, run for real: the injected value printed plainly, JSON-encoded
// and base64-encoded reaches the terminal as ***, the exit code comes through, typed input reaches
// the program, and the environment holds the declared secret and none of the parent's secrets.
// Over pipes always; in a real pseudo-terminal too where a node-pty for this Node is at hand
// (code-server's, provisioned under SECRETREF_TOOL_CACHE).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lineEditor, loadVsCodePty, startCommand, type CommandLaunch } from './secretProcess';

const node = JSON.stringify(process.execPath);

const dir = mkdtempSync(join(tmpdir(), 'secretref-task-'));
let n = 0;
/** A shell command running `js` with this Node (from a file: no shell quoting of the program). */
function script(js: string): string {
  const file = join(dir, `s${n++}.js`);
  writeFileSync(file, js);
  return `${node} ${JSON.stringify(file)}`;
}

function run(
  command: string,
  secrets: Record<string, string>,
  extra: Partial<CommandLaunch> = {},
  typed?: string,
): Promise<{ text: string; code: number; mode: string }> {
  return new Promise((resolve) => {
    let text = '';
    const c = startCommand({
      command,
      cwd: tmpdir(),
      secrets,
      parentEnv: { PATH: process.env.PATH, HOME: process.env.HOME, INTEGRATION_OTHER: 'nope', GITHUB_TOKEN_PARENT: 'nope' },
      onData: (t) => {
        text += t;
        if (typed && text.includes('name? ')) {
          const keys = typed;
          typed = undefined; // the echo of the keys comes back through here
          c.input(keys);
        }
      },
      onExit: (code) => resolve({ text, code, mode: c.mode }),
      ...extra,
    });
  });
}

const cache = process.env.SECRETREF_TOOL_CACHE;
const appRoot = cache ? join(cache, 'code-server/node_modules/code-server/lib/vscode') : undefined;
const pty = appRoot && existsSync(appRoot) ? loadVsCodePty(appRoot) : undefined;

for (const mode of ['pipe', 'pty'] as const) {
  describe(
    `a secretref task's command (${mode})`,
    { skip: mode === 'pty' && !pty ? 'no node-pty for this Node (set SECRETREF_TOOL_CACHE to the provisioned code-server)' : false },
    () => {
      const extra: Partial<CommandLaunch> = mode === 'pty' ? { pty } : {};

      it('shows *** for the value printed plainly, as JSON and in base64, and keeps the exit code', async () => {
        const value = `canary-${randomBytes(12).toString('hex')}`;
        const r = await run(
          script(`
        const v = process.env.TASK_TOKEN;
        console.log('plain', v);
        console.error('json', JSON.stringify({ v }));
        console.log('base64', Buffer.from(v).toString('base64'));
        console.log('\\x1b[31mred\\x1b[0m');
        process.exit(7);`),
          { TASK_TOKEN: value },
          extra,
        );
        assert.equal(r.mode, mode);
        assert.equal(r.code, 7);
        assert.ok(!r.text.includes(value) && !r.text.includes(Buffer.from(value).toString('base64')), r.text);
        assert.match(r.text, /plain \*\*\*\r\n/);
        assert.match(r.text, /json \{"v":"\*\*\*"\}\r\n/);
        assert.match(r.text, /base64 \*\*\*={0,2}\r\n/);
        assert.ok(r.text.includes('\x1b[31mred\x1b[0m'), `colours pass through: ${JSON.stringify(r.text)}`);
      });

      it("passes the declared secret and none of the parent environment's secrets", async () => {
        const r = await run(
          script(`console.log(JSON.stringify(Object.keys(process.env).filter((k) => /TOKEN|INTEGRATION_/.test(k)).sort()))`),
          { TASK_TOKEN: 'x'.repeat(20) },
          extra,
        );
        assert.equal(r.code, 0);
        assert.match(r.text, /\["TASK_TOKEN"\]/);
      });

      it('forwards typed input to the program', async () => {
        const r = await run(
          script(
            `process.stdout.write('name? '); process.stdin.once('data', (d) => { console.log('hello ' + String(d).trim()); process.exit(0); });`,
          ),
          {},
          extra,
          'Ada\r',
        );
        assert.equal(r.code, 0);
        assert.match(r.text, /hello Ada\r\n/);
      });
    },
  );
}

describe(
  'a secretref task whose command leaves a process behind',
  { skip: process.platform === 'win32' ? 'setsid is POSIX' : false },
  () => {
    it('ends soon after the command exits although the escaped process holds its output open', async () => {
      const started = Date.now();
      // setsid leaves the task's process group, so killing the group does not close the pipes.
      const r = await run('setsid sleep 6 & echo started', {});
      assert.equal(r.code, 0);
      assert.match(r.text, /started\r\n/);
      assert.ok(Date.now() - started < 5000, `the task ended after ${Date.now() - started} ms`);
    });
  },
);

/** Whether `pid` still runs (a zombie waiting to be reaped runs nothing). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether `pid` ends within 3 s; one that does not is killed here, so a failing run leaves nothing behind. */
async function gone(pid: number): Promise<boolean> {
  const deadline = Date.now() + 3000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!alive(pid)) return true;
  process.kill(pid, 'SIGKILL');
  return false;
}

for (const mode of ['pipe', 'pty'] as const) {
  describe(
    `a secretref task whose command escapes with setsid (${mode})`,
    {
      skip:
        process.platform !== 'linux'
          ? 'processes that left the group are found through /proc (Linux)'
          : mode === 'pty' && !pty
            ? 'no node-pty for this Node (set SECRETREF_TOOL_CACHE to the provisioned code-server)'
            : false,
    },
    () => {
      const extra: Partial<CommandLaunch> = mode === 'pty' ? { pty } : {};
      // Without job control `setsid` runs in the background job's own process, so $! is sleep's
      // pid; the command waits until that process is sleep, i.e. has left the task's session
      // (killed while still `setsid`, it would die with the group and prove nothing).
      const escape = 'setsid sleep 1000 & until grep -qs "(sleep)" /proc/$!/stat; do sleep 0.05; done; echo "escaped=$!"';
      const escapedPid = (text: string): number => Number(/escaped=(\d+)/.exec(text)?.[1]);

      it('leaves nothing running once the command exits', async () => {
        const r = await run(escape, {}, extra);
        assert.equal(r.code, 0);
        const pid = escapedPid(r.text);
        assert.ok(pid > 0, r.text);
        assert.ok(await gone(pid), `the escaped sleep ${pid} outlived the task`);
      });

      it('leaves nothing running once the task is stopped', async () => {
        let text = '';
        let pid = 0;
        await new Promise<void>((resolve) => {
          const c = startCommand({
            command: `${escape}; sleep 1000`,
            cwd: tmpdir(),
            secrets: {},
            parentEnv: { PATH: process.env.PATH, HOME: process.env.HOME },
            onData: (t) => {
              text += t;
              if (!pid && escapedPid(text) > 0) {
                pid = escapedPid(text);
                c.kill();
              }
            },
            onExit: () => resolve(),
            ...extra,
          });
        });
        assert.ok(pid > 0, text);
        assert.ok(await gone(pid), `the escaped sleep ${pid} outlived the stopped task`);
      });
    },
  );
}

describe('the line editor used without a TTY', () => {
  it('echoes, edits, sends whole lines, and maps ^C and ^D', () => {
    const seen: string[] = [];
    const e = lineEditor({
      echo: (t) => seen.push(`echo:${t}`),
      line: (t) => seen.push(`line:${t}`),
      end: () => seen.push('end'),
      interrupt: () => seen.push('int'),
    });
    e.input('ab\x7fc\x1b[A\r');
    e.input('\x04');
    e.input('x\x03');
    assert.deepEqual(seen, ['echo:a', 'echo:b', 'echo:\b \b', 'echo:c', 'echo:\r\n', 'line:ac\n', 'end', 'echo:x', 'echo:^C\r\n', 'int']);
  });
});
