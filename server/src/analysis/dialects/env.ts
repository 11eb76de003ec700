// Dialect `env` (ToolJump): with the env secrets adapter, the secret GITHUB_TOKEN is the
// environment variable INTEGRATION_GITHUB_TOKEN, read as `process.env.INTEGRATION_GITHUB_TOKEN`,
// `process.env['INTEGRATION_…']` or `const { INTEGRATION_… } = process.env`. The name is what follows the prefix.
// Only where the adapter is in use: in integration modules, or anywhere when the manifest says so.
import { CODE_LANGUAGES, type Dialect, type NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import { ENV_PREFIX, jsFacts, readsEnvAdapter } from '../integrations';
import type { AnalysisSettings, Reference } from '../model/types';
import { integrationAt, integrationContext } from './required';
import { slotAt } from './textForms';

export const envDialect: Dialect = {
  id: 'env',
  label: 'process.env.INTEGRATION_NAME',
  caseSensitive: true,
  forms: [{ format: (name) => `process.env.${ENV_PREFIX}${name}`, detail: 'integrations reading the environment' }],
  languages: CODE_LANGUAGES,
  mayContain: (text) => text.has(ENV_PREFIX),
  find(doc: ParsedDocument, settings: AnalysisSettings): Reference[] {
    const facts = jsFacts(doc);
    if (!facts || !readsEnvAdapter(doc, facts, settings)) return [];
    return facts.envRefs.map((r) => {
      const integration = integrationAt(facts.integrations, r.fullRange.start)?.name;
      return {
        name: r.name,
        dialect: 'env',
        kind: 'use' as const,
        range: r.range,
        fullRange: r.fullRange,
        caseSensitive: true,
        context: integrationContext(doc, r.fullRange.start, integration),
        ...(integration ? { integration } : {}),
      };
    });
  },
  nameSlotAt(doc: ParsedDocument, offset: number): NameSlot | undefined {
    if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return undefined;
    return (
      slotAt(doc, offset, /process\.env\??\.INTEGRATION_([A-Za-z0-9_]*)$/, () => undefined) ??
      slotAt(doc, offset, /process\.env\[\s*(['"])INTEGRATION_([A-Za-z0-9_]*)$/, (m, after) =>
        after.startsWith(m[1]) ? undefined : `${m[1]}]`,
      )
    );
  },
};
