// Dialect `vscodeRun`: the secrets SecretRef hands to a task or a debug session, named in VS
// Code's own files (JSON with comments): `"secrets": [...]` of a task of type `secretref`
// (tasks.json, or `tasks` in a .code-workspace) and of the `secretref` attribute of a launch
// configuration (launch.json, or `launch`). The task's or attribute's `environment` is the
// environment the names are checked in.
import * as jsonc from 'jsonc-parser';
import type { Dialect, NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import type { Reference } from '../model/types';
import { contextAt } from './textForms';

/** The object that owns a `secrets` list here: a secretref task, or a launch's secretref attribute. */
function isSecretsOwner(obj: jsonc.Node): boolean {
  if (obj.type !== 'object') return false;
  const key: unknown = obj.parent?.type === 'property' ? obj.parent.children?.[0]?.value : undefined;
  if (key === 'secretref') return true;
  const type = jsonc.findNodeAtLocation(obj, ['type']);
  return type?.type === 'string' && type.value === 'secretref';
}

/** The `secrets` array nodes whose strings are secret names. */
function secretsArrays(root: jsonc.Node): Array<{ array: jsonc.Node; owner: jsonc.Node }> {
  const out: Array<{ array: jsonc.Node; owner: jsonc.Node }> = [];
  const stack: jsonc.Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'property') {
      const [k, v] = n.children ?? [];
      if (k?.value === 'secrets' && v?.type === 'array' && n.parent && isSecretsOwner(n.parent)) {
        out.push({ array: v, owner: n.parent });
        continue;
      }
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return out;
}

function environmentOf(owner: jsonc.Node): string | undefined {
  const env = jsonc.findNodeAtLocation(owner, ['environment']);
  return env?.type === 'string' && typeof env.value === 'string' && env.value.trim() ? env.value.trim() : undefined;
}

export const vscodeRunDialect: Dialect = {
  id: 'vscodeRun',
  label: '"secrets": ["NAME"] in secretref tasks and launch configurations',
  caseSensitive: true,
  forms: [{ format: (name) => `"secrets": ["${name}"]`, detail: 'secretref tasks and launch configurations' }],
  languages: ['jsonc', 'json'],
  mayContain: (text) => text.has('secretref') && text.has('secrets'),
  find(doc: ParsedDocument): Reference[] {
    if (doc.kind !== 'json' || !doc.jsonTree) return [];
    const refs: Reference[] = [];
    for (const { array, owner } of secretsArrays(doc.jsonTree)) {
      const env = environmentOf(owner);
      for (const s of array.children ?? []) {
        if (s.type !== 'string' || typeof s.value !== 'string' || s.value === '') continue;
        const context = contextAt(doc, s.offset);
        refs.push({
          name: s.value,
          dialect: 'vscodeRun',
          kind: 'use',
          caseSensitive: true,
          range: { start: s.offset + 1, end: s.offset + s.length - 1 },
          fullRange: { start: s.offset, end: s.offset + s.length },
          context: env ? { ...context, env, envSource: 'code' } : context,
        });
      }
    }
    return refs.sort((a, b) => a.range.start - b.range.start);
  },
  nameSlotAt(doc: ParsedDocument, offset: number): NameSlot | undefined {
    if (doc.kind !== 'json' || !doc.jsonTree) return undefined;
    const node = jsonc.findNodeAtOffset(doc.jsonTree, offset);
    if (node?.type !== 'string' || offset <= node.offset || node.parent?.type !== 'array') return undefined;
    const prop = node.parent.parent;
    if (prop?.type !== 'property' || prop.children?.[0]?.value !== 'secrets' || !prop.parent || !isSecretsOwner(prop.parent))
      return undefined;
    const start = node.offset + 1;
    // An unclosed string runs to the end of the line in jsonc-parser's tree; the name stops at a non-name character.
    let end = offset;
    while (end < doc.text.length && /[A-Za-z0-9_]/.test(doc.text[end])) end++;
    return { replace: { start, end }, prefix: doc.text.slice(start, offset) };
  },
};
