import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  buildAutomaton,
  credentialKeywords,
  foundNothing,
  guarded,
  keywordsBuffer,
  keywordsOfBytes,
  KeywordPass,
  runAutomatonJs,
  type KeywordAutomaton,
  type KeywordHits,
} from './keywords';
import { runAutomatonOnBytes, runAutomatonOnText } from './keywordsWasm';
import { CREDENTIAL_RULES } from './credentials/registry';

const root = path.resolve(__dirname, '../../..');
const SECRETS_DOT = guarded(/secrets\./i, 'secrets.');

/** The shared automaton, with the prefilters' literals that analysing a document teaches it. */
function shared(): KeywordAutomaton {
  return new KeywordPass('x').credentialHits.automaton;
}

const custom = buildAutomaton(
  [
    ['ghp_', 0],
    ['password', 1],
    ['pass', 2],
  ],
  ['secrets.', 'requiredSecrets', 'INTEGRATION_'],
);

interface Pass {
  hits: KeywordHits;
  first: Int32Array;
}

function viaJs(a: KeywordAutomaton, text: string): Pass {
  const first = new Int32Array(a.literalCount).fill(-1);
  return { hits: runAutomatonJs(a, text, first), first };
}

function viaText(a: KeywordAutomaton, text: string): Pass {
  const first = new Int32Array(a.literalCount).fill(-1);
  return { hits: runAutomatonOnText(a, text, first), first };
}

function viaBytes(a: KeywordAutomaton, bytes: Uint8Array): Pass | undefined {
  const first = new Int32Array(a.literalCount).fill(-1);
  const hits = runAutomatonOnBytes(a, bytes, undefined, first);
  return hits && { hits, first };
}

function plain(p: Pass) {
  return {
    at: Array.from(p.hits.at.subarray(0, p.hits.count)),
    state: Array.from(p.hits.state.subarray(0, p.hits.count)),
    first: Array.from(p.first),
  };
}

/** Asserts that the WebAssembly pass over the text and over its UTF-8 bytes finds what the JavaScript pass finds. */
function agree(a: KeywordAutomaton, text: string, what: string): void {
  const js = plain(viaJs(a, text));
  assert.deepEqual(plain(viaText(a, text)), js, `${what}: the pass over the string`);
  const bytes = viaBytes(a, Buffer.from(text, 'utf8'));
  assert.ok(bytes, `${what}: valid UTF-8 is scanned`);
  assert.deepEqual(plain(bytes), js, `${what}: the pass over the bytes`);
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...credentialKeywords(CREDENTIAL_RULES).map(([k]) => k),
  'PASSWORD',
  'Password',
  'secrets.',
  'requiredSecrets',
  'INTEGRATION_',
  '$Token{',
  'secretref-disable',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  '=',
  ':',
  'a',
  'Z',
  '_',
  '0',
  'é',
  'ß',
  '中文',
  '😀',
  '\ud83d', // a lone surrogate
  '\udca9',
  '\u0000',
  '\u00ff',
  '\u212a', // Kelvin sign: not an ASCII k
];

function randomText(next: () => number, length: number): string {
  let s = next() < 0.1 ? '\ufeff' : '';
  while (s.length < length) {
    const r = next();
    s += r < 0.3 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(32 + Math.floor(next() * 95));
  }
  return s;
}

describe('the WebAssembly keyword pass', () => {
  it('is what its source assembles to', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build-wasm.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('finds what the JavaScript pass finds in random texts: ASCII, non-ASCII, BOM, surrogate pairs and lone ones, CRLF', () => {
    const next = random(12);
    const a = shared();
    for (let i = 0; i < 300; i++) {
      const length = i < 100 ? Math.floor(next() * 200) : i < 250 ? Math.floor(next() * 5000) : Math.floor(next() * 60_000);
      const text = randomText(next, length);
      agree(a, text, `random text ${i}`);
      agree(custom, text, `random text ${i}, another automaton`);
      const ascii = text.replace(/[^\x00-\x7f]/g, 'x');
      agree(a, ascii, `random ASCII text ${i}`);
    }
  });

  it('finds keywords across the places where it cuts a text into chains', () => {
    const a = shared();
    for (const n of [1024, 1025, 4099, 10_000]) {
      for (let shift = -12; shift <= 2; shift++) {
        const chars = Array.from({ length: n }, () => 'x');
        for (let k = 1; k < 4; k++) {
          const at = Math.max(0, Math.floor((k * n) / 4) + shift);
          chars.splice(at, 'password'.length, ...'password');
        }
        const text = chars.join('');
        agree(a, text, `length ${n}, keywords ${shift} from each cut`);
        agree(a, text.replace(/x/g, 'é'), `length ${n} with non-ASCII, keywords ${shift} from each cut`);
      }
    }
  });

  it('finds a keyword at every offset: across the 16-byte blocks it steps by, at the very start and end', () => {
    const a = shared();
    // Long enough for four chains; each filler puts the blocks' edges at other characters' bytes.
    for (const [filler, what] of [
      ['x', 'ASCII'],
      ['é', 'two-byte characters'],
      ['😀', 'four-byte characters'],
      ['a\r\n中', 'CRLF and three-byte characters'],
    ]) {
      const base = '\ufeff' + filler.repeat(Math.ceil(1100 / filler.length));
      for (const keyword of ['ghp_', 'password', 'sk', 'discordapp.com/api/webhooks/']) {
        for (let at = 0; at <= base.length; at += at < 40 || at > base.length - 40 ? 1 : 3) {
          // Cut only between characters: a lone surrogate is a text of its own case.
          if (at > 0 && at < base.length && /[\ud800-\udbff]/.test(base[at - 1])) continue;
          agree(a, base.slice(0, at) + keyword + base.slice(at), `${keyword} at ${at} in ${what}`);
        }
      }
    }
  });

  it('maps offsets to UTF-16 across the places where it adds up its count of a text’s bytes', () => {
    const a = shared();
    // The count of each 16-byte block is summed every 127 blocks (2,032 bytes) and at each offset asked for.
    for (const unit of ['é', '😀', 'x中']) {
      for (const bytes of [2016, 2032, 2048, 4064, 4080, 40_000]) {
        const lead = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
        for (const tail of ['', 'x', 'xy', '😀😀😀']) {
          agree(a, lead + tail + 'password' + lead + 'token' + tail, `${Buffer.byteLength(lead)} bytes of ${unit} then ${tail.length}`);
        }
      }
    }
  });

  it('takes every hit when each step is one, as many as a block of steps adds', () => {
    const every = buildAutomaton([['a', 0]], ['aa']);
    // The hit list fills at each step of a block in one chain or another as the text starts later.
    for (let lead = 0; lead < 16; lead++) agree(every, 'b'.repeat(lead) + 'a'.repeat(100_000), `100,000 hits after ${lead} bytes`);
  });

  it('finds every hit where there are more than it hands over at once', () => {
    const text = 'password=pass; '.repeat(40_000);
    agree(shared(), text, 'a long run of keywords');
    agree(custom, text, 'a long run of keywords, another automaton');
    agree(shared(), '€' + text, 'a long run of keywords after a non-ASCII character');
  });

  it('lays a new automaton where an earlier text was, and still agrees', () => {
    agree(shared(), 'ÿ€\u00ff'.repeat(100_000), 'a text of high bytes');
    const fresh = buildAutomaton(credentialKeywords(CREDENTIAL_RULES.slice(0, 5)), ['secrets.']);
    agree(fresh, 'password ÿ€ secrets. ghp_ '.repeat(1000), 'a new automaton after it');
  });

  it('finds what the JavaScript pass finds in the repository’s own sources and docs', () => {
    const a = shared();
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const p = path.join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|md|json|wat)$/.test(e)) files.push(p);
      }
    };
    walk(path.join(root, 'server/src'));
    walk(path.join(root, 'docs'));
    files.push(path.join(root, 'README.md'), path.join(root, 'CHANGELOG.md'));
    assert.ok(files.length > 100);
    let nonAscii = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (/[^\x00-\x7f]/.test(text)) nonAscii++;
      agree(a, text, path.relative(root, f));
      agree(a, text.replace(/\n/g, '\r\n'), `${path.relative(root, f)} with CRLF`);
    }
    assert.ok(nonAscii > 10, 'some of them are not ASCII');
  });

  it('scans a file read straight into its memory as it scans a copy', () => {
    for (const text of ['password: x', 'é'.repeat(3_000_000) + ' token = "x" requiredSecrets', 'ghp_ secrets. '.repeat(300_000)]) {
      const bytes = Buffer.from(text, 'utf8');
      const copy = keywordsOfBytes(bytes);
      // Larger than the memory so far: it grows, and the room must be in the grown memory.
      const room = keywordsBuffer(bytes.length);
      assert.ok(room && copy);
      room.set(bytes);
      const inPlace = keywordsOfBytes(Buffer.from(room.buffer, room.byteOffset, room.length));
      assert.ok(inPlace);
      assert.deepEqual(plain({ hits: inPlace.hits, first: inPlace.first }), plain({ hits: copy.hits, first: copy.first }));
      assert.deepEqual(plain({ hits: copy.hits, first: copy.first }), plain(viaJs(copy.hits.automaton, text)));
    }
  });

  it('leaves bytes that are not valid UTF-8 to the pass over the decoded text', () => {
    assert.equal(viaBytes(shared(), Buffer.from([0x70, 0x61, 0x73, 0x73, 0xff, 0x77, 0x6f, 0x72, 0x64])), undefined);
    assert.equal(keywordsOfBytes(Buffer.from([0xc3, 0x28, 0x70, 0x61, 0x73, 0x73])), undefined);
    const long = Buffer.from('password é '.repeat(500), 'utf8');
    // A truncated sequence at the end, an encoded surrogate, an overlong encoding, a stray continuation byte.
    for (const bad of [[0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]]) {
      for (const at of [0, 15, 16, 17, long.length]) {
        const bytes = Buffer.concat([long.subarray(0, at), Buffer.from(bad), long.subarray(at)]);
        assert.equal(viaBytes(shared(), bytes), undefined, `${bad.join(' ')} at ${at}`);
        assert.equal(keywordsOfBytes(bytes), undefined);
        // The decoded text (replacement characters and all) is scanned as a string instead.
        agree(shared(), bytes.toString('utf8'), `the decoded text of ${bad.join(' ')} at ${at}`);
      }
    }
  });

  it('gives a document the answers its own pass over the text gives', () => {
    const texts = [
      '\ufeffconst token = process.env.INTEGRATION_API_KEY; // ключ',
      'steps:\r\n  - run: echo "{{Secrets.DB_PASSWORD}}" 😀\r\n',
      'nothing to see here, ä',
      'export const metadata = { requiredSecrets: ["A"] }; export async function run(secrets) {}',
    ];
    const probes = ['INTEGRATION_', 'requiredSecrets', 'secrets.', 'run', 'nothing', /secrets\./i, /\brun\b/];
    for (const text of texts) {
      const found = keywordsOfBytes(Buffer.from(text, 'utf8'));
      assert.ok(found);
      const fromBytes = new KeywordPass(() => text, found);
      const fromText = new KeywordPass(text);
      assert.deepEqual(
        plain({ hits: fromBytes.credentialHits, first: found.first }),
        plain({ hits: fromText.credentialHits, first: found.first }),
      );
      for (const p of probes) assert.deepEqual(fromBytes.firstMatch(p), fromText.firstMatch(p), `${String(p)} in ${JSON.stringify(text)}`);
    }
  });

  it('says when a text holds no keyword and no literal, without the text', () => {
    new KeywordPass('').firstMatch('requiredSecrets'); // learnt, as a prefilter asking for it is
    const found = keywordsOfBytes(Buffer.from('(1 + 2) * 3 === 9;\n'));
    assert.ok(found && foundNothing(found));
    const pass = new KeywordPass(() => assert.fail('the text is not needed to answer no'), found);
    assert.equal(pass.firstMatch('requiredSecrets'), null);
    assert.equal(pass.firstMatch(SECRETS_DOT), null);
    const some = keywordsOfBytes(Buffer.from('const password = x;'));
    assert.ok(some && !foundNothing(some));
  });
});
