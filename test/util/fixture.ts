// Loads an analysis fixture from test/fixtures/analysis as a ParsedDocument. Fixtures that are
// not valid code on purpose end in `.txt` (so the typecheck skips them); the suffix is dropped
// from the uri, so `half-typed.ts.txt` is analysed as TypeScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedDocument } from '../../server/src/analysis/document';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'analysis');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixture(name: string): ParsedDocument {
  return new ParsedDocument({ uri: `file:///fixtures/${name.replace(/\.txt$/, '')}`, text: fixtureText(name) });
}

/** The offset of the `n`th (0-based) occurrence of `needle` in `text`; throws when missing so tests fail loudly. */
export function offsetOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (occurrence ${n}) is not in the fixture`);
  }
  return at;
}
