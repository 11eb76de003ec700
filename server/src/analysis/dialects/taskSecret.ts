// Dialect `taskSecret` (Julep): a task step names its secret with `secret_name: 'name'`
// (YAML, JSON, JS/TS objects, Python dicts of its Python SDK), and expressions read
// `secrets.name`: strings that start with `$ ` (`'$ secrets.db_host'`) and f-strings inside them
// (`$ f'…{secrets.api_key}…'`).
import * as YAML from 'yaml';
import type * as jsonc from 'jsonc-parser';
import type { Dialect, NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import { guardedStart } from '../keywords';
import { isExpressionString, jsFacts, mayNameSecrets, scanExpression, type NamedRange } from '../integrations';
import { isPythonDocument, pythonFacts, type PythonFacts } from '../python';
import type { Reference } from '../model/types';
import { useReferences, lineBefore, slotAt } from './textForms';

const F_STRING = guardedStart(/\bf['"]/, "f'", 'f"');

export const taskSecretDialect: Dialect = {
  id: 'taskSecret',
  label: 'secret_name and $ secrets.name',
  caseSensitive: true,
  forms: [
    { format: (name) => `$ secrets.${name}`, detail: 'task expressions' },
    { format: (name) => `secret_name: '${name}'`, detail: 'task steps' },
  ],
  languages: ['yaml'],
  // An expression is a string starting with `$ ` or an f-string: without one of those, `secrets.`
  // in a file (common in large JSON schemas and bundles) cannot be this dialect's, and the file
  // need not be parsed for it.
  mayContain: (text) => text.has('secret_name') || (mayNameSecrets(text) && text.has('secrets') && (text.has('$ ') || text.has(F_STRING))),
  find(doc: ParsedDocument): Reference[] {
    let found: NamedRange[] = [];
    if (doc.kind === 'javascript' || doc.kind === 'typescript') found = jsFacts(doc)?.taskRefs ?? [];
    else if (doc.kind === 'json') found = doc.jsonTree ? jsonRefs(doc.text, doc.jsonTree) : [];
    else if (doc.kind === 'yaml') for (const yd of doc.yamlDocs ?? []) yamlRefs(doc.text, yd.contents, found);
    else {
      const py = pythonFacts(doc);
      if (py) found = pythonRefs(doc.text, py);
    }
    return useReferences(doc, 'taskSecret', found);
  },
  nameSlotAt(doc: ParsedDocument, offset: number): NameSlot | undefined {
    // Python is read as text but for its dicts (Julep's Python SDK): the same keys and expressions.
    if (doc.kind === 'text' && !isPythonDocument(doc)) return undefined;
    const byKey = slotAt(doc, offset, /secret_name['"]?\s*:\s*['"]?([A-Za-z0-9_]*)$/, () => undefined);
    if (byKey) return byKey;
    const before = lineBefore(doc, offset);
    // Only inside an expression string: `$ ` or an f-string opened earlier on the line.
    if (!/['"]\s*\$ |\bf['"]/.test(before)) return undefined;
    return slotAt(doc, offset, /\bsecrets\.([A-Za-z0-9_]*)$/, () => undefined);
  },
};

function jsonRefs(text: string, root: jsonc.Node): NamedRange[] {
  const out: NamedRange[] = [];
  const stack: jsonc.Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'property') {
      const [k, v] = n.children ?? [];
      if (k?.value === 'secret_name' && v?.type === 'string' && typeof v.value === 'string' && v.value !== '') {
        out.push({
          name: v.value,
          range: { start: v.offset + 1, end: v.offset + v.length - 1 },
          fullRange: { start: n.offset, end: n.offset + n.length },
        });
        continue;
      }
    } else if (n.type === 'string' && typeof n.value === 'string' && isExpressionString(n.value)) {
      scanExpression(text, n.offset + 1, n.offset + n.length - 1, out);
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

function yamlRefs(text: string, contents: unknown, out: NamedRange[]): void {
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (YAML.isMap(n)) {
      for (const pair of n.items) {
        const key = YAML.isScalar(pair.key) ? pair.key.value : undefined;
        const v = pair.value;
        if (
          key === 'secret_name' &&
          YAML.isScalar(v) &&
          typeof v.value === 'string' &&
          v.value !== '' &&
          v.range &&
          YAML.isScalar(pair.key) &&
          pair.key.range
        ) {
          const quoted = v.type === 'QUOTE_DOUBLE' || v.type === 'QUOTE_SINGLE';
          const start = v.range[0] + (quoted ? 1 : 0);
          out.push({
            name: v.value,
            range: { start, end: start + v.value.length },
            fullRange: { start: pair.key.range[0], end: v.range[1] },
          });
          continue;
        }
        stack.push(v);
      }
    } else if (YAML.isSeq(n)) {
      for (const it of n.items) stack.push(it);
    } else if (YAML.isScalar(n) && typeof n.value === 'string' && n.range && isExpressionString(n.value)) {
      scanExpression(text, n.range[0], n.range[1], out);
    }
  }
  out.sort((a, b) => a.range.start - b.range.start);
}

/** `"secret_name": "name"` in a dict, and `secrets.name` in `"$ …"` strings, of Julep's Python SDK. */
function pythonRefs(text: string, py: PythonFacts): NamedRange[] {
  const out: NamedRange[] = [];
  for (const d of py.dicts) {
    for (const { key, value } of d.entries) {
      if (key.value !== 'secret_name' || !value || 'entries' in value || value.value === '') continue;
      out.push({ name: value.value, range: value.range, fullRange: { start: key.fullRange.start, end: value.fullRange.end } });
    }
  }
  for (const s of py.strings) if (isExpressionString(s.value)) scanExpression(text, s.range.start, s.range.end, out);
  return out.sort((a, b) => a.range.start - b.range.start);
}
