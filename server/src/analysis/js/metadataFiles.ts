// An integration's metadata outside its module: the JSON or YAML file beside it (`index.json`,
// `metadata.yaml`, …) that declares `requiredSecrets`. The server finds the file on disk and
// attaches it to the module's document; the analysis reads the declarations from it.
import * as YAML from 'yaml';
import type * as jsonc from 'jsonc-parser';
import { ParsedDocument } from '../document';
import type { NamedRange, RequiredSecretsList } from '../integrations';
import type { TextProbe } from '../text/textSource';
import { DocumentCache } from '../documentCache';

/** The metadata file beside an integration module, as the server read it. */
export interface SiblingMetadata {
  uri: string;
  text: string;
}

/** Finds the metadata file when the module's facts are first needed (most documents never need it). */
export type SiblingLookup = () => SiblingMetadata | undefined;

const siblingOf = new DocumentCache<SiblingMetadata | SiblingLookup>();

/** Records where the module's metadata file is (see `attachSiblingMetadata`, which also drops facts read without it). */
export function setSiblingMetadata(doc: ParsedDocument, sibling: SiblingMetadata | SiblingLookup): void {
  siblingOf.set(doc, sibling);
}

export function siblingMetadataOf(doc: ParsedDocument): SiblingMetadata | undefined {
  const s = siblingOf.get(doc);
  if (typeof s !== 'function') return s;
  const found = s();
  if (found) siblingOf.set(doc, found);
  else siblingOf.delete(doc);
  return found;
}

/** Whether a file may be the metadata file beside an integration module (JSON or YAML). */
export function isMetadataFileUri(uri: string): boolean {
  return /\.(?:json|ya?ml)$/i.test(uri);
}

/** The files, most specific first, that may hold the metadata of the module at `uri`. */
export function siblingMetadataUris(uri: string): string[] {
  const m = /^(.*\/)([^/]+?)\.(?:[cm]?[jt]sx?)$/.exec(uri);
  if (!m) return [];
  const [, dir, base] = m;
  const out: string[] = [];
  for (const stem of [base, `${base}.metadata`]) for (const ext of ['json', 'yaml', 'yml']) out.push(`${dir}${stem}.${ext}`);
  for (const stem of ['metadata', 'integration']) for (const ext of ['json', 'yaml', 'yml']) out.push(`${dir}${stem}.${ext}`);
  return out;
}

/**
 * Whether `secrets`, `Secrets` (requiredSecrets) or `.secrets(` can be in the text at all. One
 * search for what they share answers for most files, which name none of them: each of the
 * longer searches it saves reads every byte again (about 100 ms per pattern on 200 MB).
 */
export function mayNameSecrets(t: TextProbe): boolean {
  return t.has('ecrets');
}

/** `requiredSecrets` somewhere in the text (declarations in code or a metadata file). */
export function mayDeclareSecrets(t: TextProbe): boolean {
  return mayNameSecrets(t) && t.has('requiredSecrets');
}

export interface FileMetadata {
  name?: string;
  required?: RequiredSecretsList;
}

/** `requiredSecrets` (and the integration name beside it) in a JSON or YAML metadata file. */
export function metadataFromFile(doc: ParsedDocument): FileMetadata | undefined {
  if (!mayDeclareSecrets(doc)) return undefined;
  if (doc.kind === 'json') {
    const root = doc.jsonTree;
    return root ? jsonMetadata(root) : undefined;
  }
  if (doc.kind === 'yaml') {
    for (const yd of doc.yamlDocs ?? []) {
      const found = yamlMetadata(yd.contents);
      if (found) return found;
    }
  }
  return undefined;
}

/** The metadata of the file attached beside the module `doc`, if one is attached and declares secrets. */
export function siblingFileMetadata(doc: ParsedDocument): FileMetadata | undefined {
  const sibling = siblingMetadataOf(doc);
  return sibling ? metadataFromFile(new ParsedDocument({ uri: sibling.uri, text: sibling.text })) : undefined;
}

function jsonMetadata(root: jsonc.Node): FileMetadata | undefined {
  const stack: jsonc.Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      let name: string | undefined;
      let required: RequiredSecretsList | undefined;
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        if (k.value === 'name' && v.type === 'string') name = v.value as string;
        if (k.value === 'requiredSecrets' && v.type === 'array') {
          const entries: NamedRange[] = [];
          let complete = true;
          for (const el of v.children ?? []) {
            if (el.type === 'string')
              entries.push({
                name: el.value as string,
                range: { start: el.offset + 1, end: el.offset + el.length - 1 },
                fullRange: { start: el.offset, end: el.offset + el.length },
              });
            else complete = false;
          }
          required = { range: { start: v.offset, end: v.offset + v.length }, entries, complete };
        }
      }
      if (required) return { name, required };
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return undefined;
}

function yamlMetadata(contents: unknown): FileMetadata | undefined {
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (YAML.isMap(n)) {
      let name: string | undefined;
      let required: RequiredSecretsList | undefined;
      for (const pair of n.items) {
        const k = YAML.isScalar(pair.key) ? pair.key.value : undefined;
        if (k === 'name' && YAML.isScalar(pair.value) && typeof pair.value.value === 'string') name = pair.value.value;
        if (k === 'requiredSecrets' && YAML.isSeq(pair.value) && pair.value.range) {
          const entries: NamedRange[] = [];
          let complete = true;
          for (const it of pair.value.items) {
            if (YAML.isScalar(it) && typeof it.value === 'string' && it.range) {
              const quoted = it.type === 'QUOTE_DOUBLE' || it.type === 'QUOTE_SINGLE';
              const start = it.range[0] + (quoted ? 1 : 0);
              entries.push({
                name: it.value,
                range: { start, end: start + it.value.length },
                fullRange: { start: it.range[0], end: it.range[1] },
              });
            } else complete = false;
          }
          required = { range: { start: pair.value.range[0], end: pair.value.range[1] }, entries, complete };
        }
        if (pair.value && typeof pair.value === 'object') stack.push(pair.value);
      }
      if (required) return { name, required };
    } else if (YAML.isSeq(n)) {
      for (const it of n.items) stack.push(it);
    }
  }
  return undefined;
}
