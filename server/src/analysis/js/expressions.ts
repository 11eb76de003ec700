// Julep's expression strings: `$ ` expressions and Python f-strings, which read `secrets.name`.
// Shared by the task dialect's YAML and JSON readers and its JS/TS visitor.
import type { NamedRange } from '../integrations';

/** A string is an expression when it starts with `$ ` (Julep), or is a Python f-string `f'…'` / `f"…"`. */
export function isExpressionString(value: string): boolean {
  const v = value.trimStart();
  return v.startsWith('$ ') || /^f(['"]).*\{/s.test(v);
}

const EXPR_SECRET = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\2\s*\])/g;

/** `secrets.name` and `secrets['name']` in the raw text between `start` and `end`. */
export function scanExpression(text: string, start: number, end: number, out: NamedRange[]): void {
  const slice = text.slice(start, end);
  EXPR_SECRET.lastIndex = 0;
  for (let m = EXPR_SECRET.exec(slice); m; m = EXPR_SECRET.exec(slice)) {
    const name = m[1] ?? m[3];
    const nameAt = start + m.index + m[0].lastIndexOf(name);
    out.push({
      name,
      range: { start: nameAt, end: nameAt + name.length },
      fullRange: { start: start + m.index, end: start + m.index + m[0].length },
    });
  }
}
