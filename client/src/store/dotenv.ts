// Reads a .env file for "Import from .env". Pure. Returns names, values and the lines it could not
// use — by line number and name only, so a report about the file never repeats a value.

export interface DotenvEntry {
  name: string;
  value: string;
  line: number;
}

export interface DotenvResult {
  entries: DotenvEntry[];
  /** Lines that are not `NAME=value` (line numbers, 1-based). */
  unreadableLines: number[];
}

export function parseDotenv(text: string): DotenvResult {
  const entries: DotenvEntry[] = [];
  const unreadableLines: number[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(trimmed);
    if (!m) {
      unreadableLines.push(i + 1);
      continue;
    }
    const name = m[1];
    let rest = m[2];
    let value: string;
    const q = rest[0];
    if (q === '"' || q === "'" || q === '`') {
      // A quoted value may span lines until the closing quote.
      let body = rest.slice(1);
      let end = findClosing(body, q);
      let j = i;
      while (end < 0 && j + 1 < lines.length) {
        j++;
        body += '\n' + lines[j];
        end = findClosing(body, q);
      }
      if (end < 0) {
        unreadableLines.push(i + 1);
        i = j;
        continue;
      }
      value = body.slice(0, end);
      if (q === '"')
        value = value
          .replace(/\\n/g, '\n')
          .replace(/\\r/g, '\r')
          .replace(/\\t/g, '\t')
          .replace(/\\(["\\])/g, '$1');
      i = j;
    } else {
      // Unquoted: an inline comment starts at ' #'.
      const hash = rest.search(/\s#/);
      if (hash >= 0) rest = rest.slice(0, hash);
      value = rest.trim();
    }
    entries.push({ name, value, line: i + 1 });
  }
  return { entries, unreadableLines };
}

function findClosing(body: string, quote: string): number {
  for (let k = 0; k < body.length; k++) {
    if (body[k] === '\\' && quote === '"') {
      k++;
      continue;
    }
    if (body[k] === quote) return k;
  }
  return -1;
}
