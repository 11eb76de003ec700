// Dialect `toolSecrets` (Julep): a tool-call step that needs several secrets maps each of the
// tool's parameters to a secret name in a `secrets:` object (Julep's docs, "Multiple Secrets"):
//   - kind: tool_call
//     tool: email
//     secrets:
//       service_api_key: "email_service_api_key"
// The values are the secret names. Read in YAML and JSON task files, in the dicts of Julep's
// Python SDK (`"secrets": {"db_password": "my_db_password"}`), in the object literals of its
// JS/TS SDK (`js/visitors/toolSecrets.ts`) and in Markdown fences of those, only in a step that
// names a tool (`tool:` or `kind: tool_call`): a `secrets:` map elsewhere (a Helm chart's values,
// a CI workflow's inputs, a test's mock client) holds values or other things, not names.
import * as YAML from 'yaml';
import type * as jsonc from 'jsonc-parser';
import type { Dialect, NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import type { NamedRange } from '../integrations';
import { isPyDict, pythonFacts, type PythonFacts } from '../python';
import type { Reference } from '../model/types';
import { useReferences, slotAt } from './textForms';
import { jsFacts } from '../integrations';
import { isSecretName as isName, isToolStep, mayHoldToolSecrets, toolSecretsVisitor } from '../js/visitors/toolSecrets';

export const toolSecretsDialect: Dialect = {
  id: 'toolSecrets',
  label: "secrets: { parameter: name } of a task's tool call",
  caseSensitive: true,
  // The parameter names are the tool's own: no literal text fits every tool.
  forms: [],
  languages: ['yaml'],
  // A `tool` key (YAML, JSON, JS, a Python dict) or `tool_call` beside `secrets`: a large JSON file
  // that only mentions the words is not parsed for this form.
  mayContain: mayHoldToolSecrets,
  find(doc: ParsedDocument): Reference[] {
    let found: NamedRange[] = [];
    if (doc.kind === 'javascript' || doc.kind === 'typescript') found = [...(jsFacts(doc)?.visited.of(toolSecretsVisitor).refs ?? [])];
    else if (doc.kind === 'yaml') for (const yd of doc.yamlDocs ?? []) yamlRefs(yd.contents, found);
    else if (doc.kind === 'json' && doc.jsonTree) jsonRefs(doc.jsonTree, found);
    else {
      const py = pythonFacts(doc);
      if (py) pythonRefs(py, found);
    }
    found.sort((a, b) => a.range.start - b.range.start);
    return useReferences(doc, 'toolSecrets', found);
  },
  /** After `parameter: ` inside the `secrets:` of a tool-call step, in YAML and JS/TS. */
  nameSlotAt(doc: ParsedDocument, offset: number): NameSlot | undefined {
    if (doc.kind === 'javascript' || doc.kind === 'typescript') {
      // Only in a quoted value (`service_api_key: 'em|`, `{ 'api-key': "|" }`), tested on the line
      // before the tree is asked: a keystroke elsewhere does not parse the file for this.
      if (!mayHoldToolSecrets(doc)) return undefined;
      const slot = slotAt(doc, offset, /(?:^|[{,])\s*(?:[\w$]+|'[^']*'|"[^"]*")\s*:\s*(['"`])([A-Za-z0-9_]*)$/, (m, after) =>
        !after.startsWith(m[1]) ? m[1] : undefined,
      );
      const maps = slot ? (jsFacts(doc)?.visited.of(toolSecretsVisitor).maps ?? []) : [];
      return maps.some((m) => m.start < offset && offset < m.end) ? slot : undefined;
    }
    if (doc.kind !== 'yaml') return undefined;
    const inside = (doc.yamlDocs ?? []).some((yd) =>
      yamlSecretMaps(yd.contents).some((m) => m.range && m.range[0] <= offset && offset <= m.range[2]),
    );
    if (!inside) return undefined;
    return slotAt(doc, offset, /^\s*[\w.-]+\s*:\s*(['"]?)([A-Za-z0-9_]*)$/, (m, after) =>
      m[1] && !after.startsWith(m[1]) ? m[1] : undefined,
    );
  },
};

/** The `secrets:` maps of the tool-call steps in a YAML document. */
function yamlSecretMaps(contents: unknown): YAML.YAMLMap[] {
  const maps: YAML.YAMLMap[] = [];
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (YAML.isMap(n)) {
      const scalar = (key: string): unknown => {
        const v = n.get(key, true);
        return YAML.isScalar(v) ? v.value : undefined;
      };
      const secrets = isToolStep(scalar) ? n.get('secrets', true) : undefined;
      if (YAML.isMap(secrets)) maps.push(secrets);
      for (const pair of n.items) stack.push(pair.value);
    } else if (YAML.isSeq(n)) {
      for (const it of n.items) stack.push(it);
    }
  }
  return maps;
}

function yamlRefs(contents: unknown, out: NamedRange[]): void {
  for (const secrets of yamlSecretMaps(contents)) {
    for (const pair of secrets.items) {
      const k = pair.key;
      const v = pair.value;
      if (!YAML.isScalar(k) || !k.range || !YAML.isScalar(v) || !v.range || typeof v.value !== 'string' || !isName(v.value)) continue;
      const quoted = v.type === 'QUOTE_DOUBLE' || v.type === 'QUOTE_SINGLE';
      const start = v.range[0] + (quoted ? 1 : 0);
      out.push({ name: v.value, range: { start, end: start + v.value.length }, fullRange: { start: k.range[0], end: v.range[1] } });
    }
  }
}

function jsonRefs(root: jsonc.Node, out: NamedRange[]): void {
  const stack: jsonc.Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      const props = new Map<string, jsonc.Node | undefined>();
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (typeof k?.value === 'string') props.set(k.value, v);
      }
      const secrets = isToolStep((key) => props.get(key)?.value) ? props.get('secrets') : undefined;
      if (secrets?.type === 'object') {
        for (const p of secrets.children ?? []) {
          const [k, v] = p.children ?? [];
          if (!k || v?.type !== 'string' || typeof v.value !== 'string' || !isName(v.value)) continue;
          out.push({
            name: v.value,
            range: { start: v.offset + 1, end: v.offset + v.length - 1 },
            fullRange: { start: p.offset, end: p.offset + p.length },
          });
        }
      }
    }
    for (const c of n.children ?? []) stack.push(c);
  }
}

function pythonRefs(py: PythonFacts, out: NamedRange[]): void {
  for (const d of py.dicts) {
    const scalar = (key: string): unknown => {
      const v = d.entries.find((e) => e.key.value === key)?.value;
      return v && !isPyDict(v) ? v.value : undefined;
    };
    const secrets = isToolStep(scalar) ? d.entries.find((e) => e.key.value === 'secrets')?.value : undefined;
    if (!isPyDict(secrets)) continue;
    for (const { key, value } of secrets.entries) {
      if (!value || isPyDict(value) || !isName(value.value)) continue;
      out.push({ name: value.value, range: value.range, fullRange: { start: key.fullRange.start, end: value.fullRange.end } });
    }
  }
}
