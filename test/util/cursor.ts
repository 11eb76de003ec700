// Tests write the document with a cursor marker in it, so a completion or hover test reads like
// the situation it checks: cursor("'$Token{ST|'") → { text: "'$Token{ST'", offset: 10 }.
export interface Cursor {
  text: string;
  offset: number;
}

/** Removes the one `marker` (default `|`) from `source` and returns where it was. */
export function cursor(source: string, marker = '|'): Cursor {
  const offset = source.indexOf(marker);
  if (offset < 0) throw new Error(`cursor(): no '${marker}' marker in the test document`);
  if (source.indexOf(marker, offset + marker.length) >= 0) {
    throw new Error(`cursor(): more than one '${marker}' marker in the test document; pass another marker such as '¦'`);
  }
  return { text: source.slice(0, offset) + source.slice(offset + marker.length), offset };
}
