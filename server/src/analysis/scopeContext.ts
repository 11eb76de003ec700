// The app and environment the code around an offset says a reference runs in (Ductape):
// `app:` / `access_tag:` and `env:` / `product_env_slug:` / `app_env_slug:` in the enclosing
// object literals, innermost first, in JS/TS, JSON and YAML alike. Settings are applied later,
// at resolve time, so this only ever reports what the code itself says.
//
// Every walk here is a loop, never recursion, and is capped in depth: documents may be nested
// thousands of levels deep and the server must not run out of stack on them.
import * as YAML from 'yaml';
import * as jsonc from 'jsonc-parser';
import type { ParsedDocument } from './document';
import type { ScopeContext } from './model/types';
import { APP_KEYS, ENV_KEYS, SCOPE_KEY_SHAPE, SCOPE_KEYS, type Properties } from './scopeIndex';

export { APP_KEYS, ENV_KEYS } from './scopeIndex';

/** Deeper than this, enclosing objects are not looked at (no real config is this deep). */
const MAX_DEPTH = 512;

export function scopeAt(doc: ParsedDocument, offset: number): ScopeContext {
  let chain: Properties[];
  try {
    switch (doc.kind) {
      case 'javascript':
      case 'typescript':
        chain = tsChain(doc, offset);
        break;
      // Without a scope key written as a key, every answer is "no context": the file is not parsed
      // for it (parsing YAML was a sixth of a check of an integration monorepo's configs).
      case 'json':
        chain = doc.has(SCOPE_KEY_SHAPE) ? jsonChain(doc, offset) : [];
        break;
      case 'yaml':
        chain = doc.has(SCOPE_KEY_SHAPE) ? yamlChain(doc, offset) : [];
        break;
      default:
        return {};
    }
  } catch {
    // A parser that gives up on odd input must not take the analysis down: no context is a valid answer.
    return {};
  }
  return contextFrom(chain);
}

/** `chain` is innermost first; the first object that names an app (or env) wins. */
function contextFrom(chain: Properties[]): ScopeContext {
  const ctx: ScopeContext = {};
  for (const props of chain) {
    if (ctx.app === undefined) {
      const app = firstOf(props, APP_KEYS);
      if (app !== undefined) {
        ctx.app = app;
        ctx.appSource = 'code';
      }
    }
    if (ctx.env === undefined) {
      const env = firstOf(props, ENV_KEYS);
      if (env !== undefined) {
        ctx.env = env;
        ctx.envSource = 'code';
      }
    }
    if (ctx.app !== undefined && ctx.env !== undefined) break;
  }
  return ctx;
}

function firstOf(props: Properties, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = props.get(k);
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}

// ---- JS / TS ----------------------------------------------------------------

function tsChain(doc: ParsedDocument, offset: number): Properties[] {
  return doc.scopeIndex?.chainAt(offset) ?? [];
}

// ---- JSON -------------------------------------------------------------------

function jsonChain(doc: ParsedDocument, offset: number): Properties[] {
  const root = doc.jsonTree;
  if (!root) return [];
  // jsonc's own findNodeAtOffset recurses; this descent is a loop.
  const path: jsonc.Node[] = [];
  let node: jsonc.Node | undefined = root;
  while (node && path.length < MAX_DEPTH * 2) {
    path.push(node);
    node = node.children
      ? findSorted(
          node.children,
          offset,
          (c) => c.offset,
          (c) => c.offset + c.length,
        )
      : undefined;
  }
  const chain: Properties[] = [];
  for (let i = path.length - 1; i >= 0; i--) if (path[i].type === 'object') chain.push(jsonObjectProperties(path[i]));
  return chain;
}

function jsonObjectProperties(obj: jsonc.Node): Properties {
  const props: Properties = new Map();
  for (const p of obj.children ?? []) {
    const [k, v] = p.children ?? [];
    if (!k || !v || typeof k.value !== 'string' || !SCOPE_KEYS.has(k.value)) continue;
    if (v.type === 'string') props.set(k.value, v.value as string);
  }
  return props;
}

// ---- YAML -------------------------------------------------------------------

function yamlChain(doc: ParsedDocument, offset: number): Properties[] {
  const docs = doc.yamlDocs;
  if (!docs) return [];
  const yd = docs.find((d) => d.range && d.range[0] <= offset && offset <= d.range[2]);
  if (!yd) return [];
  const path: YAML.YAMLMap[] = [];
  let node: unknown = yd.contents;
  let depth = 0;
  while (node && depth++ < MAX_DEPTH) {
    if (YAML.isMap(node)) {
      path.push(node);
      const pair = findSorted(
        node.items,
        offset,
        (it) => pairRange(it)?.[0] ?? -1,
        (it) => pairRange(it)?.[1] ?? -1,
      );
      node = pair ? (contains(pair.value, offset) ? pair.value : contains(pair.key, offset) ? pair.key : undefined) : undefined;
    } else if (YAML.isSeq(node)) {
      node = findSorted(
        node.items,
        offset,
        (it) => (YAML.isNode(it) && it.range ? it.range[0] : -1),
        (it) => (YAML.isNode(it) && it.range ? it.range[1] : -1),
      );
    } else break;
  }
  const chain: Properties[] = [];
  for (let i = path.length - 1; i >= 0; i--) chain.push(yamlMapProperties(path[i]));
  return chain;
}

function contains(node: unknown, offset: number): boolean {
  if (!YAML.isNode(node) || !node.range) return false;
  return node.range[0] <= offset && offset <= node.range[1];
}

function pairRange(pair: YAML.Pair<unknown, unknown>): [number, number] | undefined {
  const k = YAML.isNode(pair.key) ? pair.key.range : undefined;
  const v = YAML.isNode(pair.value) ? pair.value.range : undefined;
  const start = k?.[0] ?? v?.[0];
  const end = v?.[1] ?? k?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}

function yamlMapProperties(map: YAML.YAMLMap): Properties {
  const props: Properties = new Map();
  for (const pair of map.items) {
    const k = YAML.isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof k !== 'string' || !SCOPE_KEYS.has(k)) continue;
    if (YAML.isScalar(pair.value) && typeof pair.value.value === 'string') props.set(k, pair.value.value);
  }
  return props;
}

/**
 * The item of a position-sorted list whose [start, end] contains `offset` (binary search: the
 * last item starting at or before it). Items without a position (start -1) fall back to a scan.
 */
function findSorted<T>(items: readonly T[], offset: number, start: (t: T) => number, end: (t: T) => number): T | undefined {
  let lo = 0,
    hi = items.length - 1,
    best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(items[mid]);
    if (s < 0) return items.find((t) => start(t) >= 0 && start(t) <= offset && offset <= end(t));
    if (s <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Adjacent items may touch (one ends where the next starts); the later one is the innermost.
  for (let i = best; i >= 0 && i >= best - 1; i--) if (offset <= end(items[i])) return items[i];
  return undefined;
}
