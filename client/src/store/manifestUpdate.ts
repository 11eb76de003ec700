// "Export Manifest": writes the store's secrets into secretref.json without values, editing the
// existing text in place (jsonc-parser) so the project's apps, environments, comments, key order,
// entries the store does not know and fields this tool does not know all stay as they are.
import * as jsonc from 'jsonc-parser';
import type { StoredSecret } from './types';

export interface ManifestUpdate {
  text: string;
  added: string[];
  updated: string[];
}

const FORMAT: jsonc.FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

export class ManifestShapeError extends Error {}

export function updateManifestText(existing: string | undefined, secrets: readonly StoredSecret[]): ManifestUpdate {
  let text = existing && existing.trim() !== '' ? existing : '{\n  "apps": [],\n  "environments": [],\n  "secrets": {}\n}\n';
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: true });
  if (!root || root.type !== 'object' || errors.length > 0) {
    throw new ManifestShapeError('secretref.json is not a valid JSON object: fix the syntax errors it shows, then export again.');
  }
  const secretsNode = jsonc.findNodeAtLocation(root, ['secrets']);
  if (secretsNode && secretsNode.type !== 'object') {
    throw new ManifestShapeError(
      '"secrets" in secretref.json is not an object keyed by secret name: change it to { "NAME": { ... } }, then export again.',
    );
  }
  const known = new Set((secretsNode?.children ?? []).map((p) => p.children?.[0]?.value as string));
  const edit = (path: jsonc.JSONPath, value: unknown) => {
    text = jsonc.applyEdits(text, jsonc.modify(text, path, value, { formattingOptions: FORMAT }));
  };
  if (!secretsNode) edit(['secrets'], {});

  const added: string[] = [];
  const updated: string[] = [];
  for (const s of secrets) {
    const fields: Record<string, unknown> = {};
    if (s.description) fields.description = s.description;
    if (s.scope?.length) fields.scope = s.scope;
    if (s.envs?.length) fields.envs = s.envs;
    if (s.expiresAt) fields.expiresAt = s.expiresAt;
    if (s.metadata && Object.keys(s.metadata).length) fields.metadata = s.metadata;
    if (!known.has(s.name)) {
      edit(['secrets', s.name], fields);
      added.push(s.name);
      continue;
    }
    // Field by field, so unknown fields of the entry survive. A field the store leaves empty is
    // kept from the manifest: the manifest is the team's, the store may just not know it.
    const before = text;
    for (const [k, v] of Object.entries(fields)) edit(['secrets', s.name, k], v);
    if (text !== before) updated.push(s.name);
  }

  for (const [key, values] of [
    ['apps', secrets.flatMap((s) => s.scope ?? [])],
    ['environments', secrets.flatMap((s) => s.envs ?? [])],
  ] as const) {
    const tree = jsonc.parseTree(text)!;
    const node = jsonc.findNodeAtLocation(tree, [key]);
    const current: unknown = node ? jsonc.getNodeValue(node) : undefined;
    const list = Array.isArray(current) ? current.filter((x): x is string => typeof x === 'string') : [];
    const missing = [...new Set(values)].filter((v) => !list.includes(v));
    if (missing.length && (Array.isArray(current) || current === undefined)) edit([key], [...list, ...missing]);
  }
  if (!text.endsWith('\n')) text += '\n';
  return { text, added, updated };
}
