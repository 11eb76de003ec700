// A document answers the analysis's prefilters ("may it hold X at all?") from the previous
// version after an edit. The answers must be the ones a search of the whole text gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from './document';
import type { TextChange } from './text/textChange';

// The prefilters' shapes: plain strings, words, and patterns that reach across blank lines.
const PATTERNS: Array<string | RegExp> = [
  '$Token',
  'requiredSecrets',
  'INTEGRATION_',
  'secret_name',
  'secrets',
  '$ ',
  '-----BEGIN ',
  'ecrets',
  'run',
  /secrets\./i,
  /\.secrets\s*\(/,
  /\bmetadata["']?\s*[:,}=;]/,
  /\brun\b/,
  /\bf['"]/,
  /\.\s*secrets\b/,
  /requiredSecrets|INTEGRATION_|secret_name|secrets\.|\.secrets\s*\(/,
];

const PIECES = [
  'x',
  ' ',
  '\n',
  '\n\n  \n',
  '(',
  '.',
  'secrets',
  '.secrets',
  ' (',
  'run',
  'r',
  'un',
  'metadata',
  ':',
  '"',
  'f',
  "'",
  '$',
  'Token',
  'INTEGRATION_',
  'required',
  'Secrets',
  '-----BEGIN ',
  '\r\n',
  '',
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function fresh(text: string, p: string | RegExp): boolean {
  return typeof p === 'string' ? text.includes(p) : p.test(text);
}

describe('prefilter answers carried across edits', () => {
  it('equal a search of the whole text after random typing, line breaks and blank lines included', () => {
    let carried = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = random(seed);
      const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
      let text = Array.from({ length: 60 }, () => pick(PIECES)).join('');
      let doc = new ParsedDocument({ uri: 'file:///a.ts', text });
      for (const p of PATTERNS) doc.has(p);
      let cursor = 0;
      for (let step = 0; step < 200; step++) {
        if (rnd() < 0.3) cursor = Math.floor(rnd() * (text.length + 1));
        const removing = rnd() < 0.3 ? Math.min(Math.floor(rnd() * 4), text.length - cursor) : 0;
        const edit: TextChange = { start: cursor, end: cursor + removing, text: pick(PIECES) };
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        cursor = edit.start + edit.text.length;
        const next = new ParsedDocument({ uri: 'file:///a.ts', text }, undefined, { doc, edits: [edit] });
        carried += (next as unknown as { hints: Map<string, unknown> }).hints.size;
        // Not every version is asked everything: an answer passes through versions that were not asked.
        for (const p of PATTERNS) {
          if (rnd() < 0.5)
            assert.equal(
              next.has(p),
              fresh(text, p),
              `seed ${seed}, step ${step}: ${String(p)} after ${JSON.stringify(edit)} in ${JSON.stringify(text)}`,
            );
        }
        doc = next;
      }
    }
    assert.ok(carried > 10_000, `only ${carried} answers were carried`);
  });

  it('stay bounded, and right, when an asker builds its pattern anew on every call', () => {
    let text = 'const run = () => secrets.API_KEY;\n';
    let doc = new ParsedDocument({ uri: 'file:///a.ts', text });
    const hints = (d: ParsedDocument) => (d as unknown as { hints: Map<unknown, unknown> }).hints.size;
    let most = 0;
    for (let version = 0; version < 50; version++) {
      for (let i = 0; i < 100; i++) assert.equal(doc.has(new RegExp(`secrets\\.API_KEY|x${i}`)), true);
      most = Math.max(most, hints(doc));
      const edit: TextChange = { start: text.length, end: text.length, text: '//\n' };
      text += edit.text;
      doc = new ParsedDocument({ uri: 'file:///a.ts', text }, undefined, { doc, edits: [edit] });
    }
    assert.ok(most <= 256, `a document kept ${most} answers`);
    assert.equal(doc.has(/secrets\.API_KEY/), true);
    assert.equal(doc.has(/secrets\.OTHER/), false);
  });
});
