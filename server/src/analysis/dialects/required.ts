// Dialect `required` (ToolJump): `requiredSecrets: [...]` in an integration's metadata (JS/TS,
// or a JSON/YAML metadata file) are declarations; reads of the run function's `secrets`
// parameter (`secrets.X`, `secrets['X']`, `secrets?.X`, destructuring, aliases, closures) are uses.
import { ts } from '../typescript';
import { CODE_LANGUAGES, type Dialect, type NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import { jsFacts, mayNameSecrets, metadataFromFile, type Integration } from '../integrations';
import { secretFlow } from '../taint/flow';
import type { AnalysisSettings, Reference, ScopeContext } from '../model/types';
import { contextAt, slotAt, wordEnd, lineBefore } from './textForms';
import { charAt, type TextSource } from '../text/textSource';

export const REQUIRED_DIALECT_ID = 'required';

/** Integration code runs as the integration: its name is the app a secret's scope is checked against. */
export function integrationContext(doc: ParsedDocument, offset: number, integration: string | undefined): ScopeContext {
  const ctx = { ...contextAt(doc, offset) };
  if (ctx.app === undefined && integration) {
    ctx.app = integration;
    ctx.appSource = 'integration';
  }
  return ctx;
}

/** The integration whose object (or run function) contains `offset`. */
export function integrationAt(integrations: readonly Integration[], offset: number): Integration | undefined {
  let best: Integration | undefined;
  for (const i of integrations) {
    const r = i.run ? { start: Math.min(i.range.start, i.run.node.pos), end: Math.max(i.range.end, i.run.node.end) } : i.range;
    if (r.start <= offset && offset <= r.end && (!best || r.end - r.start < best.range.end - best.range.start)) best = i;
  }
  // A module with a single integration: everything in it belongs to that integration.
  return best ?? (integrations.length === 1 ? integrations[0] : undefined);
}

export const requiredDialect: Dialect = {
  id: REQUIRED_DIALECT_ID,
  label: 'requiredSecrets and the secrets parameter',
  caseSensitive: true,
  forms: [{ format: (name) => `secrets.${name}`, detail: "an integration's run(context, secrets)" }],
  languages: CODE_LANGUAGES,
  mayContain: (text) => mayNameSecrets(text) && (text.has('requiredSecrets') || (text.has('run') && text.has('secrets'))),
  find(doc: ParsedDocument, settings: AnalysisSettings): Reference[] {
    const refs: Reference[] = [];
    const mk = (
      name: string,
      kind: Reference['kind'],
      range: Reference['range'],
      fullRange: Reference['range'],
      integration?: string,
    ): Reference => ({
      name,
      dialect: REQUIRED_DIALECT_ID,
      kind,
      range,
      fullRange,
      caseSensitive: true,
      context: integrationContext(doc, fullRange.start, integration),
      ...(integration ? { integration } : {}),
    });
    if (doc.kind === 'json' || doc.kind === 'yaml') {
      const meta = metadataFromFile(doc);
      for (const e of meta?.required?.entries ?? [])
        if (e.name !== '') refs.push(mk(e.name, 'declaration', e.range, e.fullRange, meta?.name));
      return refs;
    }
    const facts = jsFacts(doc);
    if (!facts || facts.integrations.length === 0) return refs;
    for (const integ of facts.integrations) {
      if (!integ.required || integ.requiredFromSibling) continue;
      for (const e of integ.required.entries) if (e.name !== '') refs.push(mk(e.name, 'declaration', e.range, e.fullRange, integ.name));
    }
    // One scope context per integration, read where its run function starts: an integration may read
    // thousands of secrets, and the code around each read says no more than the code around run.
    const runContext = new Map<number, ScopeContext>();
    for (const u of secretFlow(doc, settings).uses) {
      const integ = facts.integrations[u.owner];
      let context = runContext.get(u.owner);
      if (!context) runContext.set(u.owner, (context = integrationContext(doc, integ?.run?.start ?? u.fullRange.start, integ?.name)));
      refs.push({
        name: u.name,
        dialect: REQUIRED_DIALECT_ID,
        kind: 'use',
        range: u.range,
        fullRange: u.fullRange,
        caseSensitive: true,
        context,
        ...(integ?.name ? { integration: integ.name } : {}),
      });
    }
    return refs;
  },
  nameSlotAt(doc: ParsedDocument, offset: number): NameSlot | undefined {
    if (doc.kind === 'json' || doc.kind === 'yaml') {
      const list = metadataFromFile(doc)?.required;
      if (!list || offset <= list.range.start || offset >= list.range.end) return undefined;
      return quotedWordSlot(doc, offset);
    }
    const facts = jsFacts(doc);
    if (!facts || facts.integrations.length === 0) return undefined;
    // Inside a requiredSecrets array literal.
    for (const integ of facts.integrations) {
      const r = integ.required;
      if (r && !integ.requiredFromSibling && r.range.start < offset && offset < r.range.end) return quotedWordSlot(doc, offset);
    }
    // After `secrets.` / `secrets?.` / `secrets['` where `secrets` is a run function's second parameter.
    const params = new Set<string>();
    for (const integ of facts.integrations) {
      const p = integ.run?.secretsParam;
      if (p && ts.isIdentifier(p.name) && integ.run!.node.pos <= offset && offset <= integ.run!.node.end) params.add(p.name.text);
    }
    if (params.size === 0) return undefined;
    const dot = slotAt(doc, offset, /([A-Za-z_$][\w$]*)\s*\??\.\s*([A-Za-z0-9_]*)$/, () => undefined);
    const before = lineBefore(doc, offset);
    const dm = /([A-Za-z_$][\w$]*)\s*\??\.\s*([A-Za-z0-9_]*)$/.exec(before);
    if (dot && dm && params.has(dm[1]) && !/[.\w$]$/.test(before.slice(0, dm.index))) return dot;
    const bm = /([A-Za-z_$][\w$]*)\s*(?:\?\.)?\[\s*(['"])([A-Za-z0-9_]*)$/.exec(before);
    if (bm && params.has(bm[1])) {
      return slotAt(doc, offset, /\[\s*(['"])([A-Za-z0-9_]*)$/, (m, after) => (after.startsWith(m[1]) ? undefined : `${m[1]}]`));
    }
    return undefined;
  },
};

/** The identifier being typed inside a quoted string (a requiredSecrets entry). */
function quotedWordSlot(text: TextSource, offset: number): NameSlot | undefined {
  const before = lineBefore(text, offset);
  const m = /(['"])([A-Za-z0-9_]*)$/.exec(before);
  if (!m) return undefined;
  const prefix = m[2];
  const end = wordEnd(text, offset);
  return { replace: { start: offset - prefix.length, end }, prefix, ...(charAt(text, end) === m[1] ? {} : { closer: m[1] }) };
}
